"""find_figures in styles beyond the first corpus: what "N of M" counts, what a bare number
after a thing-count counts, categories of things that were "lost", percentages without a noun,
ratio units, and capitalised headlines. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from provenance.extract.figures import find_figures


def fields(text, **kw):
    return [
        (m.figure.text, m.figure.category, m.figure.counts, m.figure.unit)
        for m in find_figures(text, **kw)
    ]


def by_text(text, **kw):
    return {m.figure.text: m.figure for m in find_figures(text, **kw)}


# --- "N of M": the part counts what the whole counts ------------------------


@pytest.mark.parametrize(
    "text, part, head",
    [
        ("The navy said it shot down 66 of the 84 drones launched overnight.", "66", "drones"),
        ("The party won 411 of the 650 seats in parliament.", "411", "seats"),
        ("Nissan will close seven of its 17 car plants.", "seven", "plants"),
        ("Officials settled about 9,000 of the roughly 12,000 claims.", "about 9,000", "claims"),
    ],
)
def test_part_of_a_counted_whole_counts_the_same_thing(text, part, head):
    fig = by_text(text)[part]
    assert fig.counts.split()[-1] == head
    assert fig.unit == head
    assert fig.category == "other"


def test_part_of_a_people_whole_stays_people():
    fig = by_text("Rescuers pulled 12 of the 30 miners out alive.")["12"]
    assert fig.counts == "miners" and fig.unit is None


# --- a bare number after a thing-count counts the same things ------------------


def test_lost_things_are_not_casualties():
    figs = by_text(
        "The air force said 40 drones were shot down and 17 were lost to electronic warfare."
    )
    assert (figs["17"].category, figs["17"].unit) == ("other", "drones")


def test_bare_number_after_things_with_a_people_verb_is_people():
    figs = by_text("The blast destroyed 30 homes and 12 were killed, police said.")
    assert figs["12"].category == "killed"
    assert figs["12"].unit is None


def test_soldiers_lost_are_still_casualties():
    fig = by_text("The army said it had lost 120 soldiers in the battle.")["120"]
    assert fig.category == "casualties"


# --- people nouns that are also cues head their own noun phrase ----------------


@pytest.mark.parametrize(
    "text, written, counts",
    [
        (
            "Roughly 2 million Afghan refugees remain in Pakistan.",
            "Roughly 2 million",
            "Afghan refugees",
        ),
        ("Some 40 hostages are still held in the tunnels.", "Some 40", "hostages"),
    ],
)
def test_cue_nouns_are_heads(text, written, counts):
    fig = by_text(text)[written]
    assert fig.counts == counts and fig.unit is None


# --- percentages and ratios -----------------------------------------------------


@pytest.mark.parametrize(
    "text, written, word",
    [
        ("The jobless rate held at 6.4% in March.", "6.4%", "rate"),
        ("Turnout fell below 55%, the lowest since the war.", "below 55%", "turnout"),
        ("Inflation eased to 2.1% in June, the agency said.", "2.1%", "inflation"),
    ],
)
def test_percent_without_a_noun_counts_the_measure_before_it(text, written, word):
    fig = by_text(text)[written]
    assert word in fig.counts.lower()
    assert fig.counts != "people"


def test_one_in_five_counts_a_share_of_the_group():
    fig = by_text("One in five nurses said they planned to quit.")["One in five"]
    assert (fig.unit, fig.value) == ("percent", 20.0)
    assert "nurses" in fig.counts


def test_rate_per_population_is_the_unit():
    fig = by_text("The city recorded 212 burglaries per 100,000 residents last year.")["212"]
    assert fig.unit == "burglaries per 100,000 residents"
    assert fig.counts.split()[-1] == "burglaries"


def test_scale_suffix_people_are_people():
    fig = by_text("That means 10.8m people were out of work.")["10.8m"]
    assert fig.value == 10_800_000 and fig.unit is None


# --- counts are clean noun phrases ------------------------------------------------


def test_counts_drop_the_sentence_full_stop():
    assert by_text("Rebels shot down 14 helicopters.")["14"].counts == "helicopters"


# --- capitalised headlines ----------------------------------------------------------


def test_all_caps_headline_spelled_number_has_category():
    fig = by_text("FIFTY KILLED IN MARKET BLAST", headline=True)["FIFTY"]
    assert (fig.value, fig.category) == (50, "killed")


def test_all_caps_headline_counts_are_lower_case():
    fig = by_text("TWENTY-ONE MINERS TRAPPED AS SHAFT FLOODS", headline=True)["TWENTY-ONE"]
    assert fig.counts == "miners"
    assert fig.unit is None


def test_all_caps_headline_part_of_whole():
    figs = by_text("UKRAINE SAYS IT DOWNED 66 OF 84 RUSSIAN DRONES", headline=True)
    assert figs["66"].unit == "drones" and figs["84"].unit == "drones"
