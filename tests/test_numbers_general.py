"""Number phrases in styles beyond the first corpus: non-figures that look like counts, and
figures written as fractions, ratios or bare scale suffixes. One group per rule, each with
cases where the rule must not fire. Sentences are written for these tests."""

from __future__ import annotations

import pytest

from provenance.extract.numbers import find_number_phrases


def texts(text):
    return [p.text for p in find_number_phrases(text)]


def only(text):
    found = find_number_phrases(text)
    assert len(found) == 1, [p.text for p in found]
    return found[0]


# --- model and product designations ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Regulators grounded the Boeing 737 MAX 9 after the incident.",
        "The strike idled its Boeing 737 MAX and 777 assembly lines.",
        "The carrier flies the Airbus A350 and the Boeing 787 on the route.",
        "A 737 MAX 8 skidded off the runway in the storm.",
        "The airline ordered more Airbus A321neo jets.",
    ],
)
def test_model_numbers_are_not_figures(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Boeing delivered 737 jets in the year to December.", ["737"]),
        ("The planemaker delivered 40 737 MAX jets in May.", ["40"]),
        ("Boeing said it delivered 48 jets in May.", ["48"]),
    ],
)
def test_counts_next_to_model_names_stay_figures(text, expected):
    assert texts(text) == expected


# --- ratios: "one in five", "per 100,000" ----------------------------------


@pytest.mark.parametrize(
    "text, written, value, qualifier",
    [
        ("One in five nurses said they planned to quit.", "One in five", 20.0, "exact"),
        (
            "Roughly one in three voters backed the plan.",
            "Roughly one in three",
            33.33,
            "approximately",
        ),
        (
            "Nearly two in five homes lack insulation, the survey found.",
            "Nearly two in five",
            40.0,
            "nearly",
        ),
        ("One in every 10 pupils was absent.", "One in every 10", 10.0, "exact"),
    ],
)
def test_one_in_five_is_one_percent_figure(text, written, value, qualifier):
    p = only(text)
    assert (p.text, p.value, p.qualifier, p.unit) == (written, value, qualifier, "percent")


@pytest.mark.parametrize(
    "text",
    [
        "Three in Kyiv were hurt, officials said.",
        "Two people were arrested in 2023 and one in 2024.",
    ],
)
def test_in_without_a_ratio_base_is_not_a_ratio(text):
    assert all(p.unit != "percent" for p in find_number_phrases(text))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The region recorded 212 burglaries per 100,000 residents.", ["212"]),
        ("Infant deaths fell to 3.9 per 1,000 live births.", ["3.9"]),
        ("There were 41 cases for every 10,000 people.", ["41"]),
    ],
)
def test_ratio_base_after_per_is_not_a_figure(text, expected):
    assert texts(text) == expected


# --- thresholds, years, ages --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A quarter of households reported at least one burglary attempt.",
        "Most firms had suffered at least one cyber attack in the year.",
    ],
)
def test_at_least_one_thing_is_a_threshold_not_a_count(text):
    assert "at least one" not in texts(text)


def test_at_least_one_person_is_still_a_count():
    p = only("At least one person was killed when the bridge collapsed.")
    assert (p.text, p.value, p.qualifier) == ("At least one", 1.0, "at_least")


@pytest.mark.parametrize(
    "text",
    [
        "The bank had hidden the losses since at least 2014, regulators said.",
        "The scheme has run since as early as 1998.",
        "Prices have not been this high since at least 2008.",
    ],
)
def test_qualified_year_after_since_is_a_year(text):
    assert texts(text) == []


def test_qualified_four_digit_count_is_still_a_figure():
    assert texts("The fire destroyed more than 2000 homes.") == ["more than 2000"]


@pytest.mark.parametrize(
    "text",
    [
        "Her husband, 71, was taken to hospital.",
        "The defendant told jurors that his father, 58, had fled.",
        "Police said the driver, 34, was arrested at the scene.",
        "Parliament voted to raise the pension age from 66 to 67.",
        "The reform lifts the retirement age to 64 by 2030.",
        "The state pension age of 66 will rise.",
    ],
)
def test_ages_in_apposition_and_statutory_ages_are_not_figures(text):
    assert texts(text) == []


def test_a_count_after_a_comma_is_not_an_age():
    assert texts("Among the injured, 14 were children.") == ["14"]


# --- sourcing counts and fixed memberships ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Two of them said the talks had stalled.",
        "Three of those officials told Reuters the deal was close.",
        "One of the sources said the vote could slip.",
    ],
)
def test_counts_of_sources_are_not_figures(text):
    assert texts(text) == []


def test_count_of_them_with_an_event_is_a_figure():
    assert texts("Two of them were killed in the attack.") == ["Two"]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation in the 20 countries that share the euro eased in May.",
        "Leaders of the 27 nations that make up the bloc met on Friday.",
        "The 38 countries that belong to the OECD publish the data.",
    ],
)
def test_fixed_membership_counts_are_not_figures(text):
    assert texts(text) == []


def test_a_count_of_countries_that_did_something_is_a_figure():
    assert texts("The 12 countries that signed the pledge will cut emissions.") == ["12"]


# --- fractions without "of", bare scale suffixes -----------------------------


@pytest.mark.parametrize(
    "text, written, value, unit",
    [
        ("Burglaries rose by a fifth last year.", "a fifth", 20.0, "percent"),
        ("Sales were a quarter higher than in 2023.", "a quarter", 25.0, "percent"),
        ("Exports fell by a third after the tariffs.", "a third", 33.33, "percent"),
        (
            "The bank cut its main rate by a quarter point.",
            "a quarter point",
            0.25,
            "percentage points",
        ),
        (
            "The central bank raised rates by half a percentage point.",
            "half a percentage point",
            0.5,
            "percentage points",
        ),
        ("A tenth of the crop was lost.", "A tenth", 10.0, "percent"),
    ],
)
def test_fractions_as_changes_and_shares(text, written, value, unit):
    p = only(text)
    assert (p.text, p.value, p.unit) == (written, value, unit)


@pytest.mark.parametrize(
    "text",
    [
        "Trading halted for a quarter of an hour.",
        "Profit rose in the third quarter.",
        "The plant has been idle for a quarter century.",
        "They met at a quarter to nine.",
    ],
)
def test_fraction_words_of_time_are_not_figures(text):
    assert texts(text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("That means 10.8m people were out of work.", 10_800_000),
        ("About 3bn people lack safe water.", 3_000_000_000),
        ("The fund will reach 2.5m pensioners.", 2_500_000),
    ],
)
def test_scale_suffix_without_currency_before_a_plural_noun(text, value):
    assert only(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "Divers reached a depth of 10m before turning back.",
        "The 100m final was run in the rain.",
        "A 12m-high wave hit the coast.",
    ],
)
def test_metres_are_not_millions(text):
    assert texts(text) == []


# --- capitalised headlines ------------------------------------------------------


@pytest.mark.parametrize(
    "text, values",
    [
        ("FIFTY KILLED IN MARKET BLAST", [50]),
        ("TWENTY-ONE MINERS TRAPPED AS SHAFT FLOODS", [21]),
        ("ONE MILLION MARCH AGAINST PENSION REFORM", [1_000_000]),
        ("THREE DEAD, 12 INJURED IN MOTORWAY CRASH", [3, 12]),
    ],
)
def test_all_caps_headlines_with_spelled_numbers(text, values):
    assert [p.value for p in find_number_phrases(text)] == values


def test_all_caps_headline_hundreds_is_vague():
    found = find_number_phrases("HUNDREDS FLEE AS DOZENS DIE IN FLOODS")
    assert [p.qualifier for p in found] == ["vague", "vague"]


def test_all_caps_headline_dates_and_years_stay_out():
    assert texts("STRIKE CALLED FOR MARCH 3 AFTER 2024 TALKS FAIL") == []
