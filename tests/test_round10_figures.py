"""Round 10 figure rules (fig10): designations, dates, ages, numbers to call, references,
spaced and Indian digit grouping, subscription factors. Every sentence here is written for
the test (none is copied from a corpus); each rule has sentences where it must fire and
sentences where the number must stay a figure."""

from __future__ import annotations

import pytest

from provenance.extract.numbers import find_number_phrases


def _texts(sentence: str) -> list[str]:
    return [p.text for p in find_number_phrases(sentence)]


def _values(sentence: str) -> list[float | None]:
    return [p.value for p in find_number_phrases(sentence)]


# --- 1. numbered designations -------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Offenders face charges under the Public Order Act 212, the minister said.",
        "Shelters in Camp 14 were flattened by the storm.",
        "The rules follow Decree 245, which took effect in March.",
        "Fighting reached Kebele 07 of the town on Tuesday.",
        "A column of Infantry Battalion 318 withdrew from the area.",
        "Trucks were stuck on Route Nationale 3 for two days.",
        "He was taken to the district hospital No. 4 with burns.",
        "Work at Pit 9 was suspended after the collapse.",
        "Police charged him under Law 12(II)/2019 on firearms.",
        "The bill, S. 3417, would cut taxes.",
        "The regulator kept the yellow flag 2 tariff in place.",
        "Officials said the blaze showed rank 6 behaviour.",
        "Passengers on flight QZ 781 were delayed.",
        "The tanker (IMO 9412837) was seized off the coast.",
        "Long-distance services, including train 22119, ran late.",
        "Commuters on the 22119 Mandovi Express waited for hours.",
        "The company violated rules under 40 CFR Parts 260-265, the report said.",
    ],
)
def test_designations_are_not_figures(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("Quake Hits Coastal Town, Kills 14", "14"),  # a title-case headline's count
        ("The camp housed 3,400 people.", "3,400"),
        ("Shelters in Camp 14 held 900 people.", "900"),
        ("Flights were delayed for 120 passengers.", "120"),
        ("Storm reaches Category 5 strength as 40,000 flee.", "40,000"),
        ("Tankers were assessed at WS 88, brokers said.", "88"),  # a rate in a unit's code
    ],
)
def test_counts_near_designations_stay(sentence, figure):
    assert figure in _texts(sentence)


def test_a_count_after_a_designation_noun_stays():
    """'Camp 12 dead' in a headline: a count follows the number, so it is no name."""
    assert _texts("Fire In Camp 12 dead, officials say") == ["12"]


# --- 2. dates and times ---------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The poll was conducted Oct. 3-5 among adults.",
        "At least 20 civilians were killed between 4 and 11 March in the district.",
        "The vaccination drive runs from January 6 to 12 in all provinces.",
        "Workers were exposed during the Sept 20 to 24 cull.",
        "The summit takes place June 16-18 in Geneva.",
        "Schools will stay closed on Sunday (Mehr 12, 1405) because of the smog.",
        "The quake struck early on Monday (3 Dey 1405), officials said.",
        "Posted May 14, 2026, 09.40 IST Students scored well.",
        "By staff - Aug 9,2026 - Last updated at Aug 9,2026",
    ],
)
def test_dates_and_times_are_not_figures(sentence):
    texts = _texts(sentence)
    assert all(t not in texts for t in ("3-5", "4 and 11", "6 to 12", "20 to 24", "16-18"))
    assert not any(t in ("12", "3", "09.40", "9,202") for t in texts)
    assert texts in ([], ["20"], ["At least 20"])


def test_a_range_of_percentages_after_a_month_stays():
    assert _texts("In May 10-15% of the crop was lost.") == ["10-15%"]


# --- 3. ages -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The dead were named as Ravi Sharma, 61, and Anil Kumar, 29.",
        "Among the injured are boys aged 9 and 14.",
        "Two sisters, aged four and seven, were rescued.",
        "The victims, ages 33 and 58, have not been named.",
        "Police identified the driver only by his initials MK, 52, as a suspect.",
        "Even girls who were only 16 were detained, he said.",
        "Around one in ten patients were aged over 85.",
        '"I\'m 41, and I still rent a room," she said.',
    ],
)
def test_ages_are_not_figures(sentence):
    texts = _texts(sentence)
    ages = {"61", "29", "9", "14", "33", "58", "52", "16", "85", "over 85", "41", "four", "seven"}
    assert not ages & {t.lower() for t in texts}


def test_counts_after_names_stay():
    assert _texts("In Ghana, 12 people died, officials said.") == ["12"]
    assert _texts("Among the dead were 9 children and 14 adults.") == ["9", "14"]


# --- 4. numbers to call -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents should call 118 in an emergency.",
        "Witnesses can help by calling 117 or the local station.",
        "Anyone with information should contact Police Wales on 101, quoting incident 3382.",
        "Witnesses can contact the police on 112 12 anonymously.",
        "The agency has opened a hotline, 80055000, for farmers.",
        "For help, Call 733 4000.",
        "Contact the operations centre on 4412 380 or the toll-free number 913.",
        "Sailors can reach the coast guard's 24-hour line on 109.",
        "Tickets are sold through the 95306 app and at stations.",
        "For the control room: 022-26184000.",
    ],
)
def test_numbers_to_call_are_not_figures(sentence):
    assert _texts(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The union issued a call for 500 troops to be withdrawn.", "500"),
        ("The union called on 300 workers to strike.", "300"),
        ("The junta put the number of dead at 164 on Friday.", "164"),
        ("The hotline took 4,200 calls in a week.", "4,200"),
    ],
)
def test_counts_near_calls_stay(sentence, figure):
    assert figure in _texts(sentence)


# --- 5. digit grouping --------------------------------------------------------------------


def test_space_grouped_thousands_are_one_number():
    assert _values("By October, 262 300 patients had waited over a year.") == [262300.0]
    assert 100000.0 not in _values("There were 7.2 doctors per 100 000 population.")
    assert 0.0 not in _values("There were 7.2 doctors per 100 000 population.")
    assert _values("an estimated 210 000 people were missed") == [210000.0]


def test_space_grouping_is_not_read_across_a_date_or_a_phone():
    assert _values("On May 5 200 people marched.") == [200.0]
    assert _values("Call 0800 611 116 for advice.") == []


def test_indian_grouping_is_one_number():
    assert _values("Floods displaced 2,31,450 people, officials said.") == [231450.0]
    phrases = find_number_phrases("Collections rose to Rs 1,85,220 crore in May.")
    assert [(p.text, p.value, p.unit) for p in phrases] == [
        ("Rs 1,85,220 crore", 1_852_200_000_000.0, "INR")
    ]


# --- 6. factors and glued units -------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The share sale was subscribed 24.3 times on the last day.", 24.3),
        ("Retail investors subscribed their portion 61.7 times.", 61.7),
        ("The employee quota was booked 3.2 times.", 3.2),
        ("Burned area in the north rose 4.6-fold.", 4.6),
    ],
)
def test_factors_are_figures(sentence, value):
    assert _values(sentence) == [value]


def test_being_booked_by_police_counts_occasions():
    assert _values("He had been booked four times by police.") == []


def test_emissions_glued_to_their_unit():
    phrases = find_number_phrases("Emissions fell to 412.8MtCO2e last year.")
    assert [(p.text, p.value, p.unit) for p in phrases] == [("412.8MtCO2e", 412.8, "MtCO2e")]


# --- 7. codes and references -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "7730**2214",
        "Smith, J. et al. Nature 702, 88–95 (2026).",
        "Ecology Letters, 29(3), e14412. doi:10.1111/ele.14412",
        "Medical Journal 2026;391:q1182",
        "Read the paper at doi:10.1038/s41586-026-01234-5 for details.",
        "3.",
        "Related news: Flood explainer: 4 things to know",
        "Go deeper: The 7 largest ports, mapped",
        "Under Section 22(3)(a), the court may act.",
    ],
)
def test_codes_and_references_are_not_figures(sentence):
    assert _texts(sentence) == []


def test_a_count_in_parentheses_with_a_space_stays():
    assert _texts("Kerala recorded the most deaths (47).") == ["47"]


# --- extras: calibres, hanging ages, seat rows, emergency calls -----------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Agents found a 45mm pistol in the car.",
        "Unemployment among 18- to 25-year-olds rose.",
        "Passengers in rows 4 to 9 were told to isolate.",
        "The first 999 call was logged at 3:10 a.m.",
        "Text the toll-free line 0800-100-200 or 5050 (SMS).",
    ],
)
def test_extra_non_figures(sentence):
    assert _texts(sentence) == []


def test_calls_to_an_emergency_number_are_counted():
    assert _values("The service answered 999 calls on Saturday.") == [999.0]
    assert _values("Police recovered 45 pistols and 120 rifles.") == [45.0, 120.0]


# --- verbs of proportional change ------------------------------------------------------------


def _claims(text: str) -> list[tuple[str, float | None, str | None, str]]:
    from provenance.extract import extract
    from provenance.models import Document

    doc = Document.from_text(text, title=text, publisher="The Test Post")
    return [
        (c.figure.text, c.figure.value, c.figure.unit, c.figure.qualifier) for c in extract(doc)
    ]


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        (
            "Ticket sales more than halved last year, the operator said.",
            ("more than halved", 50.0, "percent", "more_than"),
        ),
        (
            "The ministry plans to halve waiting times by 2028, officials said.",
            ("halve", 50.0, "percent", "exact"),
        ),
        (
            "Enrolment halved over the decade, the ministry said.",
            ("halved", 50.0, "percent", "exact"),
        ),
        (
            "A new inhaler doubles survival rates, the study found.",
            ("doubles", 2.0, "times", "exact"),
        ),
        (
            "The fee nearly triples next year, the council said.",
            ("nearly triples", 3.0, "times", "nearly"),
        ),
    ],
)
def test_verbs_of_proportional_change(sentence, figure):
    assert figure in _claims(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "She reached the mixed doubles final, officials said.",
        "He doubled over in pain, police said.",
    ],
)
def test_no_proportional_change(sentence):
    assert _claims(sentence) == []


# --- intervals, fixed sets, age limits said of people, file sizes ---------------------------


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        (
            "Floods killed an estimated 4,120 people (95% confidence interval 3,050–5,300).",
            ["4,120"],
        ),
        (
            "An estimated 2.4 million people (range 1.9 million–3.1 million) were infected.",
            ["2.4 million"],
        ),
        ("Power was cut in most of the country's 34 provinces.", []),
        ("Teams visited 5,100 homes across all 16 states.", ["5,100"]),
        ("Among the nation's 12 regions, the north fared worst.", []),
        ("Cholera has reached 11 out of the country's 18 states.", ["11", "18"]),  # a numerator
        ("Half of the patients were over 80, and some waited two days.", ["Half"]),
        ("Read the full report (PDF, 2.6 MB) here.", []),
    ],
)
def test_intervals_sets_age_limits_and_file_sizes(sentence, kept):
    assert _texts(sentence) == kept


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Floods hit 14 provinces on Monday.", ["14"]),
        ("The number of cases was over 60.", ["over 60"]),
        ("Its confidence fell by 12 points.", ["12"]),
    ],
)
def test_counts_of_sets_and_tallies_stay(sentence, kept):
    assert _texts(sentence) == kept


# --- currency codes against the digits -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The utility spent R3.4-billion on diesel.", ("R3.4-billion", 3_400_000_000.0, "ZAR")),
        ("Exports rose to RO215.6 million last year.", ("RO215.6 million", 215_600_000.0, "OMR")),
        ("Aid cost the Treasury JD2.2 billion.", ("JD2.2 billion", 2_200_000_000.0, "JOD")),
        (
            "The ministry allocated J$3 billion to councils.",
            ("J$3 billion", 3_000_000_000.0, "JMD"),
        ),
    ],
)
def test_glued_currency_codes(sentence, figure):
    assert [(p.text, p.value, p.unit) for p in find_number_phrases(sentence)] == [figure]


def test_codes_without_a_scale_are_names():
    assert _texts("Take the RO5 exit after the N1 junction.") == []


# --- sourcing counts and amounts used as adjectives -------------------------------------------


def test_people_aware_of_the_matter_are_sources():
    assert _texts("The bank sold dollars, three people aware of the matter said.") == []
    assert _texts("Some 300 delegates attended the summit.") == ["Some 300"]


def test_an_amount_of_money_used_as_an_adjective_is_a_figure():
    assert _values("He was jailed over a 3,000-ruble donation.") == [3000.0]
    assert _values("Jets dropped two 250-pound bombs.") == [2.0]  # a weight describes the bomb
    assert _values("A 19-year-old man was arrested.") == []


def test_a_plural_noun_after_a_code_or_a_day_range_makes_a_count():
    assert _texts("NATO 32 members met in Vilnius.") == ["32"]
    assert _texts("In March 5-10 people were hurt each week.") == ["5-10"]
    assert _texts("Flight KR 926 was delayed.") == []
