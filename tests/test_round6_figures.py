"""Round-6 figure rules: measurements, multipliers, totals of hours, number words in names.

Each test is a general pattern of English news writing that the fifth held-out corpus
(tests/data/corpus5) showed the extractor missing, on sentences written for the test.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract
from provenance.extract.measures import measure_after, not_a_measurement, per_unit
from provenance.models import Document


def _figures(sentence: str) -> list[tuple]:
    doc = Document.from_text(f"H\n\n{sentence}", title="H", publisher="P")
    return [
        (c.figure.text, c.figure.value, c.figure.low, c.figure.high, c.figure.unit)
        for c in extract(doc)
    ]


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The round secured 9.6GW of new capacity.", "9.6GW", 9.6, "GW"),
        ("Floating projects won 400MW, the department said.", "400MW", 400, "MW"),
        ("It secured 9.6 GW of capacity.", "9.6 GW", 9.6, "GW"),
        ("The district received 572 mm of rain.", "572 mm", 572, "mm"),
        ("The year was 1.55C above the pre-industrial average.", "1.55C", 1.55, "degrees Celsius"),
        ("The fire burned 12km of forest.", "12km", 12, "km"),
        ("The jet touched down 2,800 feet beyond the threshold.", "2,800 feet", 2800, "feet"),
        ("The winning bid was £73/MWh.", "£73/MWh", 73, "GBP per MWh"),
    ],
)
def test_a_measurement_is_a_figure_with_its_unit(sentence, text, value, unit):
    [(got_text, got_value, _, _, got_unit)] = _figures(sentence)
    assert (got_text, got_value, got_unit) == (text, value, unit)


def test_a_measurement_per_year_keeps_its_unit():
    [(_, value, _, _, unit)] = _figures("Sea level rose 4.7mm a year.")
    assert (value, unit) == (4.7, "mm per year")


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("Scientists said a range of 1.3C to 1.5C could not be ruled out.", 1.3, 1.5),
        ("Warming is between 1.34C and 1.41C.", 1.34, 1.41),
        ("The plant will have 400MW-500MW of capacity.", 400, 500),
    ],
)
def test_a_range_with_the_unit_after_both_ends(sentence, low, high):
    [(_, value, got_low, got_high, _)] = _figures(sentence)
    assert (value, got_low, got_high) == (None, low, high)


def test_a_change_between_two_measurements_is_two_figures():
    assert [f[0] for f in _figures("Warming rose from 1.1C to 1.5C.")] == ["1.1C", "1.5C"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Artillery fired 155mm shells at the town.",
        "The village is 30 km from the border.",
        "The ship sank about 10 miles off the coast.",
        "A 40-km stretch of the river was closed.",
        "The world overshoots the 1.5C goal of the Paris agreement.",
        "It was the first year to breach 1.5C of warming.",
        "Keeping warming to 1.5C requires deep cuts.",
        "The margin of uncertainty is plus or minus 0.13C.",
        "The A320 jet landed safely.",
    ],
)
def test_calibres_places_goals_and_codes_are_not_measurements(sentence):
    assert _figures(sentence) == []


def test_measure_helpers():
    assert measure_after("9.6GW of", 3) == ("GW", 5)
    assert measure_after("5 mm of", 1) == ("mm", 4)
    assert measure_after("5 C", 1) is None  # a spaced capital C is a letter, not Celsius
    assert measure_after("5GWs", 1) is None  # letters go on: not the unit
    assert per_unit("73/MWh", 2) == ("per MWh", 6)
    assert per_unit("73/year", 2) is None
    assert not_a_measurement("30 km from the border", "km", 5)
    assert not not_a_measurement("30 km of road", "km", 5)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Rainfall was about five times the normal amount.", "about five", 5, "times"),
        ("The rate was more than four times the rate in 2019.", "more than four", 4, "times"),
    ],
)
def test_a_multiplier_is_a_figure(sentence, text, value, unit):
    [(got_text, got_value, _, _, got_unit)] = _figures(sentence)
    assert (got_text, got_value, got_unit) == (text, value, unit)


def test_a_number_of_occasions_is_not_a_multiplier():
    assert _figures("He was arrested three times.") == []


def test_totals_of_hours_are_figures_but_spans_of_time_are_not():
    assert [f[1] for f in _figures("Spills rose to a record 3.6m hours last year.")] == [3.6e6]
    assert [f[1] for f in _figures("Thames Water spilled for 287,000 hours.")] == [287000]
    assert _figures("The siege lasted 120 days.") == []
    assert _figures("It was 1,000 days since the war began.") == []


def test_a_number_word_inside_a_name_is_not_a_figure():
    got = _figures("The Department for Energy Security and Net Zero said nine projects won.")
    assert [f[0] for f in got] == ["nine"]
    # a title-case headline still has its figure
    assert [f[0] for f in _figures("Bomb Kills Nine In Kabul Market")] == ["Nine"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The plane stopped off the side of Runway 21.",
        "He faces charges under Health and Safety Code 11370.4.",
        "The top three receiving countries were Germany, Spain and Italy.",
    ],
)
def test_designations_and_rankings_are_not_figures(sentence):
    assert _figures(sentence) == []


def test_top_as_a_verb_is_still_a_bound():
    [(text, value, low, _, _)] = _figures("Deaths top 1,000 in the flooded region.")
    assert (text, value, low) == ("top 1,000", 1000, 1000)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("Governor Bago approved N500m for the families.", "N500m", 5e8, "NGN"),
        ("Petrol sells for about N1,030 per litre.", "about N1,030", 1030, "NGN per litre"),
        ("Unpaid bills stand at more than Rs1.2 billion.", "more than Rs1.2 billion", 1.2e9, "INR"),
        ("He announced Rs500,000 for each family.", "Rs500,000", 500000, "INR"),
        ("The county paid KSh2,000 to each family.", "KSh2,000", 2000, "KES"),
        ("WHO has released US$ 500 000 from its fund.", "US$ 500 000", 500000, "USD"),
        ("Humidity was 65pc on Monday.", "65pc", 65, "percent"),
    ],
)
def test_currency_codes_against_the_digits_and_spaced_thousands(sentence, text, value, unit):
    [(got_text, got_value, _, _, got_unit)] = _figures(sentence)
    assert (got_text, got_value, got_unit) == (text, value, unit)


@pytest.mark.parametrize(
    "sentence",
    [
        "The N1 highway was closed.",  # a road, not naira
        "The family of four has lived in one room since May.",
        "Police logged calls to 911 within an hour.",
        "Published July 31, 2024 at 7:41 PM GMT+9.",
    ],
)
def test_roads_families_emergency_numbers_and_time_zones_are_not_figures(sentence):
    assert _figures(sentence) == []


def test_philippine_pesos_and_road_designations():
    [(text, value, _, _, unit)] = _figures("Damage reached P3.4 billion, officials said.")
    assert (text, value, unit) == ("P3.4 billion", 3.4e9, "PHP")
    assert _figures("Park on level P2 today.") == []
    assert _figures("Traffic on Interstate 55 stopped near mile marker 6.") == []


def test_every_glued_code_passes_the_gate():
    from provenance.extract.numbers import _CODE_GATE, _GLUED_CODE

    for text in ("Ksh2,000", "KSh2,000", "Rs.5,000", "Rs5", "Tk500", "N500m", "P3.4 billion"):
        assert _GLUED_CODE.search(text) and _CODE_GATE.search(text), text
