"""Number phrases: one test per rule, plus property tests (hypothesis) for the parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract.numbers import find_number_phrases, parse_spelled


def phrases(text):
    return [
        (p.text, p.value, p.qualifier, p.low, p.high, p.unit) for p in find_number_phrases(text)
    ]


def only(text):
    found = find_number_phrases(text)
    assert len(found) == 1, [p.text for p in found]
    return found[0]


# --- number grammar -------------------------------------------------------


@pytest.mark.parametrize(
    "text, value",
    [
        ("Officials counted 1,050,000 ballots.", 1_050_000),
        ("The index rose 6.25 points to a new high.", 6.25),
        ("Rescuers found 1.2 million tonnes of rubble.", 1_200_000),
        ("The fund holds $3.4 billion in reserves.", 3.4e9),
        ("Twenty-five miners were trapped underground.", 25),
        ("One hundred and twenty prisoners were freed.", 120),
        ("Fifteen thousand people marched.", 15_000),
        ("A million people signed the petition.", 1_000_000),
        ("Two dozen hostages were released.", 24),
        ("The council cut £5bn from the budget.", 5e9),
    ],
)
def test_values(text, value):
    assert only(text).value == pytest.approx(value)


def test_currency_units():
    assert only("It paid $150,000 in fines.").unit == "USD"
    assert only("The bill came to €2.5 million.").unit == "EUR"
    assert only("Donors pledged 40 million dollars.").unit == "USD"


def test_percent_forms():
    for text in ("Turnout was 62%.", "Turnout was 62 percent.", "Turnout was 62 per cent."):
        p = only(text)
        assert (p.value, p.unit) == (62, "percent")
    assert only("Rates rose 0.25 percentage points.").unit == "percentage points"


def test_fractions_are_percent_shares():
    p = only("Roughly half of the residents left.")
    assert (p.value, p.qualifier, p.unit) == (50, "approximately", "percent")
    assert only("Two-thirds of voters backed the plan.").value == pytest.approx(66.67, abs=0.01)
    assert phrases("in the first half of the year") == []


@pytest.mark.parametrize(
    "text, qualifier, low, high",
    [
        ("about 300 fighters", "approximately", None, None),
        ("some 4,000 refugees", "approximately", None, None),
        ("nearly 8,000 troops", "nearly", None, None),
        ("close to 1,000 wounded", "nearly", None, None),
        ("more than 4,000 others", "more_than", 4000, None),
        ("upwards of 4,000 others", "more_than", 4000, None),
        ("the toll tops 2,200", "more_than", 2200, None),
        ("at least 100 soldiers", "at_least", 100, None),
        ("a minimum of 600 dead", "at_least", 600, None),
        ("up to 30,000 jobs", "at_most", None, 30000),
        ("as many as 20,000 soldiers", "at_most", None, 20000),
        ("fewer than 50 survivors", "less_than", None, 50),
        ("5,000 or more protesters", "at_least", 5000, None),
    ],
)
def test_qualifiers(text, qualifier, low, high):
    p = only(text)
    assert (p.qualifier, p.low, p.high) == (qualifier, low, high)
    assert text.startswith(p.text) or p.text in text


def test_qualifier_words_are_part_of_the_text():
    assert only("with more than 4,000 others hurt").text == "more than 4,000"


def test_an_estimated_is_not_a_qualifier():
    p = only("They followed an estimated 15,000 troops.")
    assert (p.text, p.qualifier) == ("15,000", "exact")


def test_up_to_after_a_verb_of_change_is_exact():
    assert only("The jobless rate climbed up to 5.1%.").qualifier == "exact"


def test_over_before_a_small_spelled_number_is_a_preposition():
    assert only("Troops arrived over two phases.").qualifier == "exact"


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("Kyiv said 10,000 to 12,000 troops were sent.", 10000, 12000, None),
        ("between 1,000 and 3,000 reinforcements", 1000, 3000, None),
        ("an estimated 11,000-12,000 fighters", 11000, 12000, None),
        ("a 55 to 75 percent chance", 55, 75, "percent"),
        ("worth between $1.7 billion and $5.5 billion", 1.7e9, 5.5e9, "USD"),
        ("worth 1.7 to 5.5 billion dollars", 1.7e9, 5.5e9, "USD"),
    ],
)
def test_ranges(text, low, high, unit):
    p = only(text)
    assert (p.qualifier, p.value, p.low, p.high, p.unit) == ("range", None, low, high, unit)


def test_from_to_after_a_change_verb_is_two_figures():
    assert [p.value for p in find_number_phrases("The toll rose from 800 to 1,411.")] == [800, 1411]


@pytest.mark.parametrize(
    "text, low, high",
    [
        ("dozens of soldiers", 24, 99),
        ("several hundred casualties", 300, 900),
        ("hundreds of people", 200, 999),
        ("tens of thousands of people", 20000, 99999),
        ("hundreds of thousands of residents", 200000, 999999),
    ],
)
def test_vague_amounts(text, low, high):
    p = only(text)
    assert (p.qualifier, p.value, p.low, p.high) == ("vague", None, low, high)


def test_vague_money_keeps_its_currency():
    p = only("It could add hundreds of millions of dollars to revenue.")
    assert (p.text, p.unit) == ("hundreds of millions of dollars", "USD")


def test_rates_and_magnitude():
    assert only("Losses averaged 1,072 a day in July.").unit == "per day"
    assert only("about 2.8 million a year").unit == "per year"
    assert only("The magnitude-6.0 quake struck at night.").unit == "magnitude"
    assert only("a 7.1-magnitude earthquake").unit == "magnitude"


def test_military_formation_needs_a_qualifier():
    p = only("The assault cost up to a battalion of infantry.")
    assert (p.value, p.qualifier, p.high, p.unit) == (1, "at_most", 1, "battalion")
    assert phrases("A battalion crossed the river.") == []


# --- not figures ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The briefing was held on April 30.",
        "The briefing was held on 30 April.",
        "Fighting on December 14 and 15 was fierce.",
        "The war began on Oct. 7, 2023.",
        "He was born in 2005 and enlisted in 2021.",
        "The quake struck at 11:47 p.m. local time.",
        "Polls close at 9 pm.",
        "The 20-year-old conscript was captured.",
        "Lea, 25, said she was tired.",
        "Men aged 18 were called up.",
        "The siege lasted three days.",
        "Each of the 120 days felt like a decade.",
        "He served for more than 10 years.",
        "It was the third major earthquake.",
        "The 528th Regiment returned home.",
        "Drones from the 8th brigade struck.",
        "It supplied 240mm rocket launchers.",
        "Call +44 20 7946 0958 for details.",
        "Russia fired SA-22 missiles and F-16 jets were seen.",
        "Under Article 5 the allies must respond.",
        "One soldier cried out.",
        "A nurse was killed.",
        "The two countries signed a pact.",
        "Reuters reported, citing three people familiar with the matter.",
        "Two members of the parliamentary defence committee briefed reporters.",
        "Two officials said the talks had stalled.",
        "the 1990s saw a famine",
        "The 2024-25 season ended.",
        "It happened over two days.",
        "A three-year high was recorded.",
        "See the figures on 2025-08-14.",
        "He had been there three times.",
        "The strike hit 30 km from the border.",
    ],
)
def test_non_figures(text):
    assert phrases(text) == []


def test_definite_count_of_an_event_is_a_figure():
    assert [
        p.value for p in find_number_phrases("the two soldiers captured by Ukraine last week")
    ] == [2]


def test_year_like_number_with_a_people_noun_is_a_count():
    assert only("Police said 2000 people gathered.").value == 2000
    assert only("more than 1500 were evacuated").value == 1500


def test_spelled_and_split():
    assert parse_spelled("one hundred and twenty") == 120
    assert parse_spelled("twenty-five thousand") == 25000
    assert parse_spelled("banana") is None
    assert [p.value for p in find_number_phrases("two trucks and three tanks")] == [2, 3]


# --- properties -------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_never_crashes_on_any_text(text):
    for p in find_number_phrases(text):
        assert 0 <= p.start <= p.core_start <= p.core_end <= len(text)
        assert p.text == text[p.start : p.end]


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet="0123456789,. -", min_size=0, max_size=5000))
def test_only_digits_and_separators(text):
    find_number_phrases(text)


def test_huge_line_is_linear():
    import time

    text = ("more than 4,000 soldiers and about 300 dead " * 5000) + "9" * 100_000 + " ," * 50_000
    t0 = time.perf_counter()
    found = find_number_phrases(text)
    assert time.perf_counter() - t0 < 10
    assert len(found) >= 10_000


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=2101, max_value=10**12))
def test_round_trip_of_formatted_integers(n):
    text = f"Officials counted {n:,} ballots."
    p = only(text)
    assert p.value == n and p.text == f"{n:,}"


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(
        ["about", "nearly", "more than", "at least", "up to", "fewer than", "between", ""]
    ),
    st.integers(min_value=2, max_value=10**7),
    st.integers(min_value=1, max_value=10**6),
)
def test_value_within_bounds(qualifier, n, delta):
    if qualifier == "between":
        text = f"Officials said between {n:,} and {n + delta:,} people fled."
    else:
        text = f"Officials said {qualifier} {n:,} people fled."
    p = only(text)
    if p.value is not None and p.low is not None:
        assert p.low <= p.value
    if p.value is not None and p.high is not None:
        assert p.value <= p.high
    if p.low is not None and p.high is not None:
        assert p.low < p.high
