"""Round 5 figure rules: what is and is not a figure, values, bounds, units, categories.

Every sentence here is written for the test (none is copied from a corpus); each rule has
positive and negative cases.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract.figures import find_figures
from provenance.extract.numbers import find_number_phrases


def texts(sentence: str) -> list[str]:
    return [ph.text for ph in find_number_phrases(sentence)]


def figures(sentence: str):
    return [m.figure for m in find_figures(sentence)]


# --- clock times ------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "14:37 — Rescuers pulled 12 people from the rubble, the fire service said.",
        "Last updated: 3 June 2024, 21:08 BST",
        "By 18:30 the count stood at 12, officials said.",
    ],
)
def test_clock_minutes_are_not_figures(sentence):
    assert texts(sentence) in (["12 people"], ["12"], [])
    assert not any(t in ("37", "08", "30") for t in texts(sentence))


def test_a_number_after_a_colon_without_an_hour_stays():
    assert texts("Casualties: 45 dead and 120 wounded.") == ["45", "120"]


# --- years, ages, phone numbers ------------------------------------------------------


def test_year_ranges_are_not_figures():
    assert texts("Emissions fell by 12% between 2005 and 2019, the agency said.") == ["12%"]
    assert texts("Sea levels rose from 1993 to 2022 at an accelerating pace.") == []
    # a range of four-digit counts of people stays a figure
    assert texts("between 1500 and 2000 people were evacuated") == ["between 1500 and 2000"]


def test_ages_after_names_in_any_latin_script():
    assert texts("Finance minister Małgorzata Żukowska, 58, said 40 jobs would go.") == ["40"]
    assert texts("Søren Ågård, 44, told reporters.") == []
    # an acronym before a comma is not a name: a count after it stays
    assert texts("In the EU, 27, and in NATO, 32, members signed.") != []


def test_age_ranges_are_not_figures():
    assert texts("Most of the patients are adults aged 30 to 65, the hospital said.") == []
    assert texts("The suspects, ages 19 to 24, were arrested on Monday.") == []
    assert texts("aged between 18 and 25") == []


def test_phone_numbers_with_an_area_code_in_brackets():
    assert texts("Call the helpline on (212) 555-0199 for details.") == []
    assert texts("Call 0800 123 4567 or (0161) 496 0000.") == []
    assert texts("Troops (300) and police (1,200) were deployed.") == ["300", "1,200"]


# --- samples and method counts -------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("A poll of 1,500 likely voters by Ipsos found 41% backed the plan.", ["41%"]),
        ("The pollster surveyed more than 3,000 households in March.", []),
        ("The survey questioned 8,000 people at 120 sites across the country.", []),
        ("The study drew on 2.3 million hospital records from 31 countries.", []),
        ("Researchers analysed 4,200 responses, and 62% said prices were too high.", ["62%"]),
    ],
)
def test_sample_sizes_are_not_figures(sentence, kept):
    assert texts(sentence) == kept


def test_story_counts_that_look_like_samples_stay():
    # questioned/interviewed outside a poll or a study: a story count
    assert texts("Detectives questioned 14 suspects on Friday.") == ["14"]
    # "examined" a non-data noun
    assert texts("Inspectors examined 300 damaged buildings.") == ["300"]


# --- frequency lists and definitions --------------------------------------------------


def test_frequency_lists_are_not_figures():
    assert texts('She said they had moved "three, four, five times" since May.') == []
    assert texts("The family was evacuated two or three times.") == []
    # a count before a duration stays a count
    assert texts("The toll rose to 41, two days after the blast.") == ["41"]


def test_threshold_in_a_definition_is_not_a_figure():
    assert texts("It counts attacks in which three or more people are killed.") == []
    assert texts("There were 30 or more people inside.") == ["30 or more"]


# --- page furniture -------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Also read: Why 9 in 10 renters struggle with bills",
        "Read more: 12 charts that explain the budget",
        "Sign up for our Morning Brief newsletter: 3 stories a day.",
        "Subscribe to our daily briefing, 5 minutes every morning.",
    ],
)
def test_teasers_and_sign_ups_have_no_figures(line):
    assert figures(line) == []


def test_a_headline_opening_with_updated_keeps_its_figures():
    assert [f.text for f in figures("UPDATED: Flood toll passes 60 as rivers rise")] == [
        "passes 60"
    ]


# --- ranges, shares in words, agents that are not sources -------------------------------


def _one(sentence: str):
    phrases = find_number_phrases(sentence)
    assert len(phrases) == 1, [p.text for p in phrases]
    return phrases[0]


def test_percent_range_with_the_unit_after_both_ends():
    ph = _one("The firm expects margins of between 11% and 13% this year.")
    assert (ph.text, ph.qualifier, ph.low, ph.high, ph.unit) == (
        "between 11% and 13%",
        "range",
        11,
        13,
        "percent",
    )
    ph = _one("Turnout was 55%-60% in most districts.")
    assert (ph.low, ph.high, ph.unit) == (55, 60, "percent")
    # a change and a level are two figures, not a range
    assert texts("Inflation rose 0.3% to 4.1% in June.") == ["0.3%", "4.1%"]


def test_a_guess_and_a_higher_guess_is_a_range():
    ph = _one('"We heard 40, maybe 50 explosions," a resident said.')
    assert (ph.text, ph.qualifier, ph.low, ph.high) == ("40, maybe 50", "range", 40, 50)
    ph = _one("He saw 200 or perhaps 300 marchers.")
    assert (ph.low, ph.high) == (200, 300)


@pytest.mark.parametrize(
    ("sentence", "text", "value", "qualifier"),
    [
        ("Roughly half the workforce is on strike.", "Roughly half", 50, "approximately"),
        ("Exports reached 2 million tonnes, less than half the total of 2019.", None, 50, None),
        ("Nearly half their savings were lost.", "Nearly half", 50, "nearly"),
    ],
)
def test_half_the_whole_is_a_share(sentence, text, value, qualifier):
    shares = [p for p in find_number_phrases(sentence) if p.unit == "percent"]
    assert len(shares) == 1
    assert shares[0].value == value
    if text:
        assert (shares[0].text, shares[0].qualifier) == (text, qualifier)
    else:
        assert shares[0].qualifier == "less_than"


def test_half_the_time_is_not_a_share():
    assert texts("The lifts are broken half the time.") == []
    assert texts("Prices fell in half the year.") == []


def test_an_amount_expected_by_analysts_is_a_figure():
    assert texts("Sales were 12.4 billion, short of the 13.1 billion forecast by analysts.") == [
        "12.4 billion",
        "13.1 billion",
    ]
    # a count of the sources themselves is still not a figure
    assert texts("Three analysts said the deal would close in June.") == []


# --- units and currencies -------------------------------------------------------------


def test_basis_points():
    ph = _one("The bank raised its rate by 75 basis points.")
    assert (ph.text, ph.value, ph.unit) == ("75 basis points", 75, "basis points")
    assert _one("Yields rose 12 bps on Friday.").unit == "basis points"
    # "per cent" is not a point
    assert _one("Prices rose 30 per cent or more.").unit == "percent"


@pytest.mark.parametrize(
    ("sentence", "text", "value", "unit"),
    [
        ("The fine was 2.5 million zlotys.", "2.5 million zlotys", 2_500_000, "PLN"),
        ("Revenue reached 88 billion Swedish crowns.", "88 billion Swedish crowns", 88e9, "SEK"),
        ("Each family got 20,000 Yemeni rials.", "20,000 Yemeni rials", 20_000, "YER"),
        ("The bill came to 40 million forints.", "40 million forints", 40e6, "HUF"),
        ("Aid of ₹3 lakh was announced.", "₹3 lakh", 300_000, "INR"),
        ("The project costs ₹1,450 crore.", "₹1,450 crore", 14_500_000_000, "INR"),
        ("He was paid Rs 12 lakh a year.", "Rs 12 lakh", 1_200_000, "INR per year"),
        ("Profit was DKK 6.1 billion.", "DKK 6.1 billion", 6.1e9, "DKK"),
    ],
)
def test_currencies_written_as_words_and_codes(sentence, text, value, unit):
    (fig,) = figures(sentence)
    assert (fig.text, fig.value, fig.unit) == (text, value, unit)


def test_a_bare_amount_compared_with_an_amount_takes_its_currency():
    figs = figures("Net profit rose to 7.2 billion Norwegian crowns, up from 6.4 billion.")
    assert [f.unit for f in figs] == ["NOK", "NOK"]
    # not the currency of a converted amount in brackets
    figs = figures(
        "Sales were 9 billion Danish crowns ($1.4 billion), short of the 9.5 billion expected."
    )
    assert [f.unit for f in figs] == ["DKK", "USD", "DKK"]
    # a count of people is not money
    figs = figures("It earned $2 billion and serves 3 million customers.")
    assert figs[1].unit != "USD"


def test_exchange_rate():
    (_, rate) = figures("The forint fell 1.2% against the euro, to 402.5 per euro.")
    assert rate.unit == "HUF per EUR"
    (rate,) = figures("The rupee closed at 83.4 to the dollar.")
    assert rate.unit == "INR per USD"


def test_bare_crowns_take_the_articles_crowns():
    from provenance.extract import extract
    from provenance.models import Document

    text = (
        "Oslo shipping group posts record profit\n\n"
        "OSLO — The group's profit rose to 3.1 billion Norwegian kroner in the quarter.\n\n"
        "Its shares closed up 4% at 212 crowns.\n"
    )
    claims = extract(Document.from_text(text, title=text.splitlines()[0]))
    units = {c.figure.text: c.figure.unit for c in claims}
    assert units["212 crowns"] == "NOK"  # the currency word joins the text, as "130 zlotys"
    text2 = "Stockholm retailer cuts jobs\n\nThe retailer's shares fell to 88 crowns on Monday.\n"
    claims = extract(Document.from_text(text2, title=text2.splitlines()[0]))
    assert [c.figure.unit for c in claims] == ["SEK"]


# --- categories -----------------------------------------------------------------------


def cats(sentence: str, headline: bool = False) -> list[tuple[str, str]]:
    return [(m.figure.text, m.figure.category) for m in find_figures(sentence, headline=headline)]


def test_the_nearest_casualty_verb_before_the_figure_wins():
    assert cats(
        "The shelling hit a bus, killing six people and wounding at least nine others."
    ) == [
        ("six", "killed"),
        ("at least nine", "injured"),
    ]


def test_a_cue_before_an_earlier_figure_is_that_figures():
    assert cats("Ferry disaster: toll rises to 31, three officials suspended", headline=True) == [
        ("31", "killed"),
        ("three", "other"),
    ]
    # coordinated figures without a predicate of their own still share it
    assert cats("The strikes killed 40 fighters and 12 civilians.") == [
        ("40", "killed"),
        ("12", "killed"),
    ]


def test_a_figure_with_its_own_predicate_keeps_it():
    sentence = (
        "Five people were still missing, the mayor said, adding that 14 people had been pulled "
        "out alive since the roof fell in, sending debris across the road."
    )
    assert cats(sentence)[1] == ("14", "other")
    assert cats("Nine people were arrested after the match, and two officers were hurt.") == [
        ("Nine", "other"),
        ("two", "injured"),
    ]


def test_a_compared_figure_takes_the_category_of_the_first():
    assert cats(
        "At least 210 people died or went missing on the route this year, compared with about 180 "
        "a year earlier."
    ) == [("At least 210", "killed"), ("about 180", "killed")]


def test_the_number_of_x_at_n():
    assert cats(
        "The mayor said 40 shops had closed, and aid groups put the number of people who had fled "
        "their homes at more than 9,000."
    ) == [("40", "other"), ("more than 9,000", "displaced")]


@pytest.mark.parametrize(
    ("sentence", "category"),
    [
        ("Eleven others were treated and released.", "injured"),
        ("About 25,000 residents are under evacuation orders.", "displaced"),
        ("More than 40 officers reached the scene within minutes.", "deployed"),
        ("Twelve patients have been hospitalised with measles.", "other"),
        ("Cleaner air could save 3 million lives a year.", "other"),
    ],
)
def test_category_cues(sentence, category):
    assert cats(sentence)[0][1] == category


def test_rescuers_are_people_not_a_unit():
    (fig,) = figures("More than 600 rescuers were sent to the valley.")
    assert (fig.unit, fig.category) == (None, "deployed")


def test_a_count_of_things_per_year():
    (fig,) = figures("The smelter produces about 2 million tonnes of steel a year.")
    assert fig.unit == "tonnes per year"
    (fig,) = figures("Air pollution causes 4.2 million deaths a year, the agency said.")
    assert fig.unit == "per year"
    # a rate in percent stays percent; "a year earlier" is not a rate
    (fig,) = figures("Rents are rising by 7% a year.")
    assert fig.unit == "percent"
    figs = figures("The mine produced 40 million tonnes, down from 52 a year earlier.")
    assert [f.unit for f in figs] == ["tonnes", "tonnes"]


def test_a_bare_number_counts_the_things_nearest_in_size():
    figs = figures("Officials have logged 412 fires in 9 districts this year, up from 388.")
    assert [f.unit for f in figs] == ["fires", "districts", "fires"]


def test_the_number_of_x_at_n_does_not_inherit_things():
    figs = figures(
        "The minister said 30 clinics had closed, and the agency put the number of people who "
        "had fled at about 5,000."
    )
    assert [f.unit for f in figs] == ["clinics", None]


# --- hedges ---------------------------------------------------------------------------


def hedges_of(sentence: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(m.figure.text, m.hedges) for m in find_figures(sentence)]


def test_a_trailing_estimate_by_a_body_named_with_an_acronym():
    assert hedges_of(
        "Repairs will cost about 40 million pesos, the Mexican Builders Chamber (CMIC) estimated."
    ) == [("about 40 million", ("estimated",))]


def test_a_trailing_estimates_with_a_participle_clause_after():
    assert hedges_of(
        "More than 2,000 buildings were flooded, the agency estimates, making it the worst flood in decades."
    ) == [("More than 2,000", ("estimates",))]


def test_according_to_an_estimate():
    got = hedges_of(
        "GDP grew 0.4% in the quarter, according to a flash estimate from the statistics office."
    )
    assert got == [("0.4%", ("estimate",))]


def test_an_estimate_as_a_noun_in_an_apposition_is_not_a_hedge():
    got = hedges_of(
        "The army said 300 soldiers were killed, the latest in a series of rising estimates from the front."
    )
    assert got == [("300", ())]


def test_people_who_believe_something_are_not_a_hedged_count():
    assert hedges_of("One in four voters wrongly believed the tax had been cut.") == [
        ("One in four", ())
    ]
    assert hedges_of("Twelve miners were believed trapped.") == [("Twelve", ("believed",))]


# --- as_of ----------------------------------------------------------------------------


def test_a_weekday_after_a_future_verb_is_the_next_one():
    from provenance.extract.dates import as_of

    # published on a Thursday
    assert (
        as_of(
            "The utility said it would cut power to 3 regions for 8 hours on Saturday.",
            "2025-10-30",
        )
        == "2025-11-01"
    )
    assert (
        as_of(
            "The vote is due to take place on Monday, when 120 seats are contested.", "2025-10-30"
        )
        == "2025-11-03"
    )
    # a past weekday stays the last one
    assert (
        as_of("The utility said on Saturday it had cut power to 3 regions.", "2025-10-30")
        == "2025-10-25"
    )


def test_more_sample_sizes_and_the_margin_of_error():
    assert texts("Ipsos interviewed 1,004 adults between May 3 and May 5 for the poll.") == []
    assert texts(
        "The poll, conducted online among 2,045 adults, found 52% support, with a margin of error "
        "of plus or minus 3 percentage points."
    ) == ["52%"]
    assert texts("The trial enrolled 3,000 patients, and 41 died.") == ["41"]
    # "among" outside a poll's method is a count
    assert texts("An analysis found that among 300 people killed, 40 were children.") == [
        "300",
        "40",
    ]
    assert texts("Police followed 3 suspects to the border.") == ["3"]


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("Qantas posted a profit of A$1.25 billion.", "A$1.25 billion", "AUD"),
        ("The tower sold for HK$2 billion.", "HK$2 billion", "HKD"),
        ("The province pledged C$300 million.", "C$300 million", "CAD"),
        ("The utility lost ₴1.5 billion.", "₴1.5 billion", "UAH"),
    ],
)
def test_other_dollars_and_currency_signs(sentence, text, unit):
    (fig,) = figures(sentence)
    assert (fig.text, fig.unit) == (text, unit)


def test_names_with_numbers_ages_ratios_and_time_stamps():
    assert texts("Britain's FTSE 100 fell 1.2% and the S&P 500 rose 0.4%.") == ["1.2%", "0.4%"]
    assert texts("It joined the Fortune 500 list with 12,000 staff.") == ["12,000"]
    assert texts("Ms Okoro, who is 61, said 300 homes were lost.") == ["300"]
    ph = _one("Three out of four members backed the deal.")
    assert (ph.value, ph.unit) == (75, "percent")
    assert texts("14.05 Rescuers say they have reached 9 villages.") == ["9"]
    # a decimal that opens a sentence before a lower-case word is a figure
    assert texts("2.5 million people voted early.") == ["2.5 million"]


def test_euro_zone_is_not_a_currency():
    (fig,) = figures("The 20 euro zone countries agreed on the plan.")
    assert fig.unit != "EUR"


# --- robustness -------------------------------------------------------------------------


_PIECES = st.sampled_from(
    [
        "07:52",
        "07.52",
        "A$5",
        "HK$",
        "₴1.5",
        "Rs.",
        "Rs 4 lakh",
        "crore",
        "crowns",
        "Danish",
        "per",
        "euro",
        "the zloty",
        "ſterling",
        "dollarſ",
        "(806)",
        "555-0142",
        "aged",
        "5 to 17",
        "between",
        "2025 and 2050",
        "8% and 14%",
        "20, maybe 30",
        "half the",
        "survey of",
        "2,000",
        "questioned",
        "poll",
        "two, three, four times",
        "who is",
        "FTSE 100",
        "basis points",
        "bps",
        "a year",
        "compared with",
        "Also read:",
        "Sign up",
        "newsletter",
        " ",
        ", ",
        ". ",
        "\n",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=14).map(" ".join))
def test_figure_finding_never_fails_on_the_new_patterns(sentence):
    for m in find_figures(sentence, offset=0):
        assert 0 <= m.start < m.end <= len(sentence)
        assert m.figure.span == (m.start, m.end)


def test_times_of_day_with_a_full_stop_and_emergency_numbers():
    assert texts("At 9.30 this morning, 200 people had gathered.") == ["200"]
    assert texts("The pound traded at 1.27 on Friday.") == ["1.27"]
    assert texts("Witnesses called 911 as 3 people lay wounded.") == ["3"]
    assert texts("Prosecutors called 40 witnesses.") == ["40"]


def test_a_cue_that_is_the_next_figures_verb():
    assert cats("The outbreak has infected 1,200 people and killed 40.") == [
        ("1,200", "other"),
        ("40", "killed"),
    ]
    assert cats("Thirty migrants drowned when their boat capsized; 12 were rescued.") == [
        ("Thirty", "killed"),
        ("12", "other"),
    ]


def test_bare_won_is_south_korean_unless_the_article_says_otherwise():
    from provenance.extract import extract
    from provenance.models import Document

    text = "Chipmaker profit jumps\n\nThe chipmaker posted a profit of 10.4 trillion won.\n"
    claims = extract(Document.from_text(text, title="Chipmaker profit jumps"))
    assert [c.figure.unit for c in claims] == ["KRW"]
    text = "Pyongyang market prices\n\nIn Pyongyang, rice sold for 5,000 won a kilo.\n"
    claims = extract(Document.from_text(text, title="Pyongyang market prices"))
    assert [c.figure.unit for c in claims] == ["KPW"]


def test_age_limits_and_more_designations():
    assert texts("Children under 5 account for 40% of the deaths.") == ["40%"]
    assert texts("People over 65 make up a fifth of voters.") == ["a fifth"]
    assert texts("The blast killed over 65 people.") == ["over 65"]
    assert texts("Mr Rao, a resident of Sector 21, said 40 houses fell.") == ["40"]
    assert texts("The train derailed near km 134, injuring 22.") == ["22"]


def test_votes_polled_are_a_count_not_a_sample():
    # "polled" opens a poll sample ("polled 1,200 voters") but votes polled are a result
    assert texts("The opposition party polled 4,657,304 votes, the commission said.") == [
        "4,657,304"
    ]
    assert texts("The survey polled 1,200 voters last week.") == []
