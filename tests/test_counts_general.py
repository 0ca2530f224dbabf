"""What a figure counts and in which unit, as general rules of news English (provenance.extract.counts
and the category rules of provenance.extract.figures). Every sentence is written for these tests;
each rule has negatives so that it does not overfire."""

from __future__ import annotations

import pytest

from provenance.extract.figures import find_figures


def by_text(text, **kw):
    return {m.figure.text: m.figure for m in find_figures(text, **kw)}


# --- noun-phrase boundaries: a plural head ends the phrase ------------------


@pytest.mark.parametrize(
    "text, figure, counts, unit",
    [
        ("The 4,210 arrivals compare with 3,900 a year before.", "4,210", "arrivals", None),
        ("A walkout by 12,000 nurses kept wards closed.", "12,000", "nurses", None),
        ("Air defences downed 38 Russian drones overnight.", "38", "Russian drones", "drones"),
        ("Rescuers pulled 40 fishermen alive from the sea.", "40", "fishermen", None),
        (
            "The port handled 2,000 containers today, officials said.",
            "2,000",
            "containers",
            "containers",
        ),
    ],
)
def test_plural_head_ends_the_noun_phrase(text, figure, counts, unit):
    fig = by_text(text)[figure]
    assert fig.counts == counts
    assert fig.unit == unit


@pytest.mark.parametrize(
    "text, figure, counts",
    [
        # plural-form nouns that do modify the next noun keep it
        ("The ministry approved 12 arms deals last year.", "12", "arms deals"),
        ("The chain cut 300 sales staff in March.", "300", "sales staff"),
        # a singular or adjectival word still joins the phrase
        ("The firm built 40 container ships for export.", "40", "container ships"),
        ("About 600 North Korean soldiers were killed.", "About 600", "North Korean soldiers"),
    ],
)
def test_noun_phrase_still_takes_real_modifiers(text, figure, counts):
    assert by_text(text)[figure].counts == counts


@pytest.mark.parametrize(
    "text, figure, head",
    [
        ("The bill would add 77 more tankers to the blacklist.", "77", "tankers"),
        ("The fine adds to three earlier EU fines against the company.", "three", "fines"),
        ("The carrier ordered 20 further aircraft from Airbus.", "20", "aircraft"),
    ],
)
def test_more_earlier_further_before_a_noun_are_modifiers(text, figure, head):
    fig = by_text(text)[figure]
    assert fig.counts.split()[-1] == head
    assert fig.unit == head


def test_more_alone_is_still_a_people_pronoun():
    fig = by_text("At least 300 died and 120 more were injured.")["120"]
    assert fig.unit is None
    assert fig.category == "injured"


# --- a number with no noun of its own counts the things before it -----------


@pytest.mark.parametrize(
    "text, figure, head",
    [
        (
            "The army said it destroyed 120 enemy drones, 45 of them over the capital.",
            "45",
            "drones",
        ),
        ("The outbreak has reached 9 out of the country's 12 provinces.", "9", "provinces"),
        ("The list now covers 64 more tankers, bringing the total to 402.", "402", "tankers"),
    ],
)
def test_bare_number_after_things_counts_the_things(text, figure, head):
    fig = by_text(text)[figure]
    assert fig.counts.split()[-1] == head
    assert fig.unit == head
    assert fig.category == "other"


@pytest.mark.parametrize(
    "text, figure, category",
    [
        ("Police detained 300 protesters, 40 of them teenagers.", "40", "captured"),
        ("Fighters seized 80 vehicles and 12 were killed in the raid.", "12", "killed"),
        ("The army lost 300 soldiers, 40 of them officers.", "40", "casualties"),
    ],
)
def test_bare_number_after_people_or_with_a_people_verb_stays_people(text, figure, category):
    fig = by_text(text)[figure]
    assert fig.unit is None
    assert fig.category == category


# --- prices: an amount per thing ---------------------------------------------


@pytest.mark.parametrize(
    "text, figure, unit",
    [
        ("Brent crude rose to $82 a barrel on Monday.", "$82", "USD per barrel"),
        ("Diesel costs €1.85 per litre, up from €1.70.", "€1.70", "EUR per litre"),
        ("The cap would fall to $45 a barrel from $60.", "$60", "USD per barrel"),
        ("The scheme costs $300 million a year.", "$300 million", "USD per year"),
        ("Cleaners earn £12 an hour.", "£12", "GBP per hour"),
    ],
)
def test_amount_per_thing_is_a_price(text, figure, unit):
    fig = by_text(text)[figure]
    assert fig.unit == unit
    assert fig.category == "other"


@pytest.mark.parametrize(
    "text, figure, unit",
    [
        (
            "The company paid $5 a share in dividends.",
            "$5",
            "USD",
        ),  # per share: a dividend, kept as USD
        (
            "It paid $20 million and $5 a barrel in fees.",
            "$20 million",
            "USD",
        ),  # "and" joins amounts
        ("The fund lost $2bn, a record.", "$2bn", "USD"),
        (
            "Casualties averaged 1,072 a day in July.",
            "1,072",
            "per day",
        ),  # no currency: a plain rate
    ],
)
def test_amounts_that_are_not_prices(text, figure, unit):
    assert by_text(text)[figure].unit == unit


# --- categories of people figures ---------------------------------------------


@pytest.mark.parametrize(
    "text, figure, category",
    [
        ("Four more victims were found in the valley and two in the town.", "Four", "killed"),
        ("Four more victims were found in the valley and two in the town.", "two", "killed"),
        ("Divers recovered 11 bodies, and 15 victims were identified on Monday.", "15", "killed"),
        (
            "About 90,000 Afghans have gone home since the border reopened.",
            "About 90,000",
            "displaced",
        ),
        ("Some 3,000 refugees returned home last month.", "Some 3,000", "displaced"),
        ("About 40,000 of the returnees came from Turkey.", "About 40,000", "displaced"),
        ("Officials said 2,310 Syrians had crossed back on Monday.", "2,310", "displaced"),
        ("The plan puts 5,000 more police officers on the streets.", "5,000", "deployed"),
    ],
)
def test_people_categories_from_general_phrasing(text, figure, category):
    assert by_text(text)[figure].category == category


@pytest.mark.parametrize(
    "text, figure",
    [
        ("Investigators identified 12 victims of the fraud.", "12"),  # no 'found' verb after
        ("Police said 3 suspects were found guilty.", "3"),  # found, but not victims/bodies
        ("Some 500 employees returned to work on Monday.", "Some 500"),  # not "home"
        ("The 300 officers on the board voted.", "300"),  # on the board, not on the streets
    ],
)
def test_people_category_rules_do_not_overfire(text, figure):
    assert by_text(text)[figure].category == "other"


def test_more_is_not_part_of_what_is_counted():
    assert by_text("The plan puts 5,000 more police officers on the streets.")["5,000"].counts == (
        "police officers"
    )
