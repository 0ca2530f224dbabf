"""Round-7 rules, on sentences written for these tests.

Each is a general pattern of English news writing that the held-out corpora
(tests/data/corpus5 to corpus7) showed the extractor getting wrong.
"""

from __future__ import annotations

from provenance.extract.gazetteer import Gazetteer
from provenance.extract.sources import find_mentions

from .article_helpers import claim_chains as _chains


def _names(sentence: str) -> list[str]:
    return [m.source for m in find_mentions(sentence, Gazetteer.default()) if m.source]


def test_an_estimated_figure_goes_on_with_the_running_account():
    # "an estimated 3,904", "the reported 30 deaths": participles before a figure, no speaker
    got = _chains(
        "About 9,585 were in military stockpiles, the institute said. "
        "An estimated 3,904 of those were deployed with missiles. "
        "The reported 30 tests were all underground."
    )
    assert [chain for _, chain in got] == [["institute", "The Test Post"]] * 3


def test_estimated_as_a_verb_still_names_an_unknown_speaker():
    got = _chains("Police said 20 were hurt. A local doctor estimated 40 more were missing.")
    assert got[1][1] != ["police", "The Test Post"]


def test_the_staff_of_a_body_speak_for_it():
    got = _chains(
        "The Halvex Institute for Things (HIT) published its yearbook on Monday. "
        "HIT's researchers said 50 sites had been hit."
    )
    assert got == [("50", ["Halvex Institute for Things", "The Test Post"])]
    # a country's researchers are not its government
    assert _chains("Russia's researchers said 50 sites were hit.")[0][1][0] != (
        "Government of Russia"
    )


def test_a_name_opening_with_national_or_international_keeps_it():
    assert _names("The National Child Mortality Database said 55 children died.") == [
        "National Child Mortality Database"
    ]


def test_a_campaign_or_committee_goes_on_through_to():
    assert _names("The International Campaign to Abolish Nuclear Weapons said 9 spent more.") == [
        "International Campaign to Abolish Nuclear Weapons"
    ]
    assert _names("The Committee to Protect Journalists said 85 reporters were killed.") == [
        "Committee to Protect Journalists"
    ]
    # other heads stop at "to": the Agency was sent somewhere
    assert "Agency to Kyiv" not in " ".join(_names("Rome sent the Health Agency to Kyiv, it said."))


def test_a_ministry_named_by_a_list_of_fields():
    assert _names(
        "The Ministry of Housing, Communities and Local Government (MHCLG) said 123,000 "
        "households were in temporary accommodation."
    ) == ["Ministry of Housing, Communities and Local Government"]
    # a list of figures after a name is not part of it
    got = _names("The Office for Things said 40 farms, 30 mills and 20 ponds were hit.")
    assert got == ["Office for Things"]


def test_and_joins_two_fields_before_the_head():
    assert _names(
        "The Nigerian Midstream and Downstream Petroleum Regulatory Authority said 40 trucks "
        "were inspected."
    ) == ["Nigerian Midstream and Downstream Petroleum Regulatory Authority"]
    # two bodies stay two: a known source or a longer name before "and"
    got = _names("Kenya Red Cross and Kenya Wildlife Service said 4 died.")
    assert "Kenya Wildlife Service" in got
    assert not any(name.startswith("Kenya Red Cross and") for name in got)


def test_a_wire_services_name_on_a_line_of_its_own_is_the_articles_agency():
    got = _chains("KYODO\n\nAug 30, 2024\n\nSix people died, the ministry said.")
    assert got == [("Six", ["ministry", "Kyodo News", "The Test Post"])]
    # a one-word line further down is no dateline
    got = _chains("Six people died, the ministry said.\n\nTokyo\n\nSeven were hurt, it said.")
    assert all("Kyodo News" not in chain for _, chain in got)


def test_with_files_from_an_agency():
    got = _chains("Police said 54 kg were seized.\n\nWith files from The Canadian Press")
    assert got == [("54 kg", ["police", "The Canadian Press", "The Test Post"])]


def test_an_editors_sign_off_with_the_agencies_drawn_on():
    got = _chains("Unemployment rose by 153,000, officials said.\n\nlh/sms (dpa, Reuters)")
    assert got == [("153,000", ["officials", "news agencies", "The Test Post"])]
    got = _chains("Unemployment rose by 153,000, officials said.\n\nlh/sms (AFP)")
    assert got == [("153,000", ["officials", "Agence France-Presse", "The Test Post"])]


def test_a_dateline_code_the_gazetteer_cannot_take_as_an_alias():
    got = _chains("BOLU, Türkiye (AA) - Seventy-eight people died, Minister Ali Yerlikaya said.")
    assert got[0][1] == ["Ali Yerlikaya", "Anadolu Agency", "The Test Post"]
    # "AA" in running text is not the agency
    assert _chains("AA said 40 people joined.")[0][1][0] != "Anadolu Agency"


def test_an_honorific_and_a_surname_is_the_person_introduced_before():
    got = _chains(
        "Coast Regional Commissioner Rhoda Onyancha said the search went on.\n\n"
        "Ms Onyancha said 95 bodies were exhumed."
    )
    assert got == [("95", ["Rhoda Onyancha", "The Test Post"])]
    # nobody introduced: the name as written
    assert _chains("Mr Smith said 40 autopsies were done.")[0][1][0] == "Mr Smith"


def test_a_job_title_inside_the_capitalised_words_before_a_name():
    got = _chains("Chief Government Pathologist Johansen Oduor said 40 autopsies were done.")
    assert got[0][1][0] == "Johansen Oduor"


def test_the_agency_is_not_a_prefecture_named_in_between():
    got = _chains(
        "Six people died, the Fire and Disaster Management Agency said.\n\n"
        "Rainfall reached 791.5 millimeters in Aichi Prefecture, the agency said."
    )
    assert [chain[0] for _, chain in got] == ["Fire and Disaster Management Agency"] * 2


def test_the_bank_and_the_nationality_of_a_company():
    got = _chains("UniCredit has bought a 9 per cent stake, the Italian bank said on Wednesday.")
    assert got == [("9 per cent", ["UniCredit", "The Test Post"])]
    got = _chains("The Bank of England held rates. The bank said inflation would fall to 2%.")
    assert got[0][1][0] == "Bank of England"
    got = _chains("Volkswagen will cut 35,000 jobs, the German carmaker said.")
    assert got[0][1][0] == "Volkswagen"


def test_a_headline_title_is_the_person_the_article_names_with_it():
    got = _chains(
        "Seventy-eight people died, Interior Minister Ali Yerlikaya said on Wednesday.",
        title="Death toll in hotel fire rises to 78: Interior minister",
    )
    assert got[0] == ("78", ["Ali Yerlikaya", "The Test Post"])


def test_a_country_before_a_headline_colon_is_the_topic():
    assert _chains("A body.", title="Burkina Faso: at least 200 killed in attack")[0][1] == [
        "The Test Post"
    ]
    got = _chains("A body.", title="Burkina Faso: 200 killed in attack, security source says")
    assert got[0][1] == ["security source", "The Test Post"]
    # a capital or a body before the colon is still the source
    assert _chains("A body.", title="Ministry: 500 killed")[0][1][0] == "Ministry"
    assert _chains("A body.", title="Seoul: 600 killed")[0][1][0] != "The Test Post"


def test_the_outlets_own_count_is_nobody_elses():
    got = _chains(
        "Solar output rose to 65 gigawatts, SolarPower Europe said. "
        "By our count, 301 wind farms stood idle."
    )
    assert got[-1] == ("301", ["The Test Post"])


def test_a_place_after_a_preposition_is_not_the_speaker():
    got = _chains("A resident of Barsalogho told AFP that soldiers spoke of more than 600 bodies.")
    assert got[0][1][0] == "unnamed resident"
    got = _chains("Survivors of a shipwreck off Tobruk told aid workers that 60 people drowned.")
    assert got[0][1][0] == "survivors"
    # "Analysts at Jefferies": a firm after "at" is still named
    got = _chains("Analysts at Jefferies estimated the margin would fall 2 percentage points.")
    assert "Jefferies" in got[0][1]


def test_an_office_named_after_its_holder_is_one_body():
    assert _names("The Sinaloa Attorney General's Office said homicides rose 400%.") == [
        "Sinaloa Attorney General's Office"
    ]
    assert _names("The Los Angeles County Sheriff's Office said 12 were arrested.") == [
        "Los Angeles County Sheriff's Office"
    ]
    # a person's office is the person's
    assert _names("Governor Ann Lee's office said 4 died.") == ["Ann Lee"]


def test_a_staff_credit_after_a_dash_adds_no_hop():
    assert _chains("Police said 40 died.\n\n- Compiled by Lerato Mokoena") == [
        ("40", ["police", "The Test Post"])
    ]
    assert _chains("Police said 40 died.\n\n-- AFP")[0][1][1] == "Agence France-Presse"


def test_un_bodies_under_their_short_names():
    assert _names("The UN Children's Fund said 40 children died.") == [
        "United Nations Children's Fund"
    ]
    assert _names("The U.N. Population Fund said 9 clinics closed.") == [
        "United Nations Population Fund"
    ]


def test_a_plural_possessive_before_a_head_is_inside_the_name():
    assert _names("The Irish Farmers' Association said 500 farms lost power.") == [
        "Irish Farmers' Association"
    ]


def test_and_joins_a_field_in_ation_to_a_ministrys_name():
    assert _names("The Ministry of Human Resources and Emiratisation said 1,379 firms paid.") == [
        "Ministry of Human Resources and Emiratisation"
    ]


def test_the_outlet_without_the_or_online_is_the_publisher():
    from provenance.extract.publisher_names import names_of

    assert {"Emirates Ledger", "The Emirates Ledger"} <= names_of("The Emirates Ledger")
    assert {"East Midlands Today", "Midlands Today"} <= names_of("East Midlands Today Online")


def test_an_honorific_inside_the_capitals_opens_the_name():
    got = _chains(
        "More than 131,000 Emiratis work in the private sector, Minister of Human Resources "
        "and Emiratisation Dr Abdulrahman Al Awar told the Federal National Council."
    )
    assert got[0][1] == ["Abdulrahman Al Awar", "Federal National Council", "The Test Post"]
    # an honorific closing the capitals is no trouble
    assert _chains("Officials met Health Minister Ann Dr. 40 died.")


def test_a_portfolio_is_no_part_of_the_name():
    got = _chains("Minister for Housing James Browne told the Dáil that 51 hubs had opened.")
    assert got[0][1] == ["James Browne", "Dáil Éireann", "The Test Post"]


def test_a_country_that_recorded_what_researchers_estimate_is_no_hop():
    got = _chains("Italy recorded the highest toll, 19,038 deaths, the researchers estimate.")
    assert got[0][1] == ["researchers", "The Test Post"]
    assert _chains("Italy recorded 19,038 deaths.")[0][1][0] == "Government of Italy"


def test_official_figures_are_no_official():
    got = _chains("Homicides rose to 1,200, according to official figures from state prosecutors.")
    assert got[0][1] == ["state prosecutors", "The Test Post"]


def test_says_after_a_comma_takes_the_name_after_it():
    got = _chains("A body.", title="Storm Éowyn: 768,000 homes without power, says ESB")
    assert got[0][1] == ["Electricity Supply Board", "The Test Post"]
    got = _chains("The toll rose to 40, said Jane Roe. Jane Roe, the minister, said 30 died.")
    assert [chain[0] for _, chain in got] == ["Jane Roe", "Jane Roe"]


def _figures(body: str) -> list[str]:
    return [text for text, _ in _chains(body)]


def test_rand_dirham_and_shilling_against_the_digits():
    from provenance.extract import extract
    from provenance.models import Document

    doc = Document.from_text(
        "T\n\nFines ran between Dh20,000 and Dh100,000. The plan costs R1.2 million. "
        "The government set aside Sh100 million.",
        title="T",
        publisher="P",
    )
    assert [(c.figure.text, c.figure.unit) for c in extract(doc)] == [
        ("between Dh20,000 and Dh100,000", "AED"),
        ("R1.2 million", "ZAR"),
        ("Sh100 million", "KES"),
    ]
    # a road, a parking level: a letter before digits without a scale or commas
    assert _figures("The R2 road and level P2 were closed for 4 hours by 40 officers.") == ["40"]


def test_designations_class_and_station_numbers():
    assert _figures("Two Class 158 trains collided and 4 people died.") == ["Two", "4"]
    assert _figures("Montegut told WQNE News 8 that 5 died.") == ["5"]


def test_nine_bare_digits_are_a_phone_number_or_an_id():
    assert _figures("Police said 40 died; call 600590000 for help.") == ["40"]
    assert _figures("The budget is $400000000 this year.") == ["$400000000"]


def test_teaser_lines_for_other_stories_hold_no_figures():
    got = _figures(
        "Police said 40 died.\n\nREAD | Six children die after eating snacks\n\n"
        "Related coverage: Typhoon No. 7 brushes Tokyo, 1 dead\n\nOfficials said 30 were hurt."
    )
    assert got == ["40", "30"]


def test_more_wire_datelines():
    got = _chains("Jakarta (ANTARA) - The toll has risen to 10, the disaster agency BNPB said.")
    assert got[0][1][-2] == "Antara"
    got = _chains("Buenos Aires, Dec 12 (EFE).- Prices rose 2.4% in November, INDEC said.")
    assert got[0][1] == [
        "National Institute of Statistics and Census (Argentina)",
        "EFE",
        "The Test Post",
    ]


def test_a_byline_with_agencies():
    got = _chains("By Ivana Kostic with AP, AFP\n\nRussia said 40 soldiers died.")
    assert got[0][1] == ["Government of Russia", "news agencies", "The Test Post"]
    got = _chains("By Jane Doe with Reuters\n\nRussia said 40 soldiers died.")
    assert got[0][1] == ["Government of Russia", "Reuters", "The Test Post"]


def test_police_after_the_named_police_department():
    got = _chains(
        "The Hartwell Police Department said the driver was arrested. "
        "Hartwell police said 23 people were hurt. Police said 4 were children."
    )
    assert [chain[0] for _, chain in got] == ["Hartwell Police Department"] * 2


def test_titles_without_full_stops_and_of_respect():
    assert _names("Special Agent in Charge Elena Ruiz said 40 agents came.")[-1] == "Elena Ruiz"
    assert _names("Lt Col Serhiy Marchenko said 12 drones were downed.") == ["Serhiy Marchenko"]
    assert _names("Malam Sani Abdullahi said 30 pupils were taken.") == ["Sani Abdullahi"]


def test_a_body_named_before_a_survey_owns_it():
    got = _chains(
        "OPEC output rose in October, a Reuters survey found on Monday.\n\n"
        "OPEC pumped 28.65 million bpd last month, the survey showed."
    )
    assert got[-1][1] == ["Reuters", "The Test Post"]
    # a journal's study is its authors'
    got = _chains(
        "The Global Research on Antimicrobial Resistance Project published a Lancet study.\n\n"
        "Deaths rose by more than 80%, the study found."
    )
    assert got[-1][1][0] != "The Lancet"


def test_the_group_is_the_organisation_named_last():
    got = _chains("OPEC+ agreed to raise output. The group said 137,000 bpd would be added.")
    assert got[0][1] == ["OPEC+", "The Test Post"]


def test_a_scientist_named_by_field_and_of_a_body_is_the_speaker():
    got = _chains("Meteorologist Md Omar Faruq of the BMD said 120 mm of rain fell.")
    assert got[0][1][0] == "Md Omar Faruq"
    assert _chains("Jane Roe of the Ministry of Health said 40 died.")[0][1][0] == "Jane Roe"


def test_an_anonymous_source_with_a_restrictive_clause_is_the_speaker():
    got = _chains(
        "Police said 4 died. A security source who craved anonymity told our correspondent "
        "that 30 pupils were taken."
    )
    assert got[1][1] == ["unnamed security source", "The Test Post"]


def test_a_long_s_in_a_qualifier_does_not_crash():
    # hypothesis found it: re.I lets "ſ" stand for "s" ("paſt 100"), which lower() keeps
    assert _figures("Prices rose paſt 100 and aboſt 40.") == ["paſt 100", "40"]


def test_numbers_to_call_are_no_figures():
    assert _figures("Dial 211, or text 6767, to report 40 missing people.") == ["40"]
    assert _figures("Officials called 300 witnesses.") == ["300"]


def test_eastern_caribbean_dollars_and_ugandan_shillings():
    assert _figures("Damage stood at EC$580 million; aid is Shs500,000 a month.") == [
        "EC$580 million",
        "Shs500,000",
    ]


def test_a_committee_is_told_too():
    got = _chains(
        "Director Mark Roe told the Joint Budget Committee that 400,000 could lose cover."
    )
    assert got[0][1] == ["Mark Roe", "Joint Budget Committee", "The Test Post"]


def test_a_section_label_before_a_headline_and_a_charity():
    got = _chains(
        "The Clearway Trust analysed council data. The charity found that 14% of debts went "
        "to bailiffs.",
        title="Exclusive: Charity says 1.1 million debts passed to bailiffs",
    )
    assert [chain[0] for _, chain in got] == ["Clearway Trust", "Clearway Trust"]


def test_pm_before_a_headline_colon_is_the_prime_minister():
    got = _chains(
        "Prime Minister Dickon Mitchell said the island was flattened.",
        title="PM: 98 per cent of homes damaged on Carriacou",
    )
    assert got[0][1][0] == "Dickon Mitchell"


def test_a_seat_is_no_part_of_a_bodys_description():
    got = _chains(
        "Norges Bank Investment Management reported a profit. "
        "The Oslo-based fund said its value rose 5%."
    )
    assert got[0][1][0] == "Norges Bank Investment Management"


def test_a_mixed_case_acronym_the_article_gives_a_body():
    got = _chains(
        "The National Disaster Management Agency (NaDMA) opened shelters.\n\n"
        "Police said 4 died.\n\nNaDMA said 1,200 people were in shelters."
    )
    assert got[-1][1][0] == "National Disaster Management Agency"


def test_the_department_is_the_department_named_before():
    got = _chains(
        "The Gauteng Department of Health confirmed 441 shops were closed. "
        "The department said in a statement on Sunday that 6 children died."
    )
    assert [chain[0] for _, chain in got] == ["Gauteng Department of Health"] * 2


# --- review of round 7: cases its first rules got wrong -------------------------------------


def test_the_bank_is_never_the_articles_other_company():
    got = _chains(
        "Barclays said profits rose to 5 billion pounds. The central bank said inflation would hit 4%."
    )
    assert got[-1][1][0] == "central bank"
    got = _chains(
        "Voltrail said 300 trains were cancelled. Barclays cut its forecast. "
        "The bank said inflation would hit 4%."
    )
    assert got[-1][1][0] != "Voltrail"


def test_a_country_count_relayed_by_a_speaker_keeps_the_country():
    got = _chains("Italy reported 500 deaths on Monday, the WHO said.")
    assert got[0][1] == ["Government of Italy", "World Health Organization", "The Test Post"]


def test_a_company_after_of_is_still_named():
    got = _chains("The chief executive of Voltrail said 500 jobs would go.")
    assert got[0][1][0] == "Voltrail"


def test_a_list_of_bodies_is_no_ministry_name():
    got = _chains("The Department of Health, Oxfam and Unicef said 500 children had died.")
    assert not got[0][1][0].startswith("Department of Health,")


def test_a_nationality_in_a_description_must_match():
    got = _chains(
        "The Swedish Institute said 300 died. The Danish Institute said 500 died. "
        "The Swedish institute said 40 were children."
    )
    assert got[-1][1][0] == "Swedish Institute"


def test_an_international_committee_told_is_no_hop():
    got = _chains(
        "Officials told the International Committee of the Red Cross that 500 are missing."
    )
    assert got[0][1] == ["officials", "The Test Post"]


def test_a_firms_economists_by_its_possessive_name():
    assert _chains("Moody's economists estimate growth of 2.5%.")[0][1][0] == "Moody's"


def test_a_report_noun_before_the_speakers_belongs_to_none_of_them():
    from provenance.extract.reports import register_reports

    reports: dict = {}
    text = "A study by the ministry found 40%, Oxfam said, and the WHO said 30%."
    register_reports(text, [(text.index(" said"), "OXFAM"), (text.rindex(" said"), "WHO")], reports)
    assert reports == {}


def test_ani_dateline_with_the_country_in_square_brackets():
    got = _chains(
        "Guntur (Andhra Pradesh) [India], January 10 (ANI): At least seven devotees were "
        "killed, the district administration said."
    )
    assert got[0][1][-2] == "Asian News International"


def test_an_acronym_in_title_case_that_spells_the_initials():
    got = _chains(
        "The Energy and Petroleum Regulatory Authority (Epra) raised prices.\n\n"
        "Police said 4 died.\n\nEpra said petrol would cost 180 shillings a litre."
    )
    assert got[-1][1][0] == "Energy and Petroleum Regulatory Authority"
    from provenance.extract.orgnames import initials_of

    assert not initials_of("Ministry of Health", "Moh")  # two capitals: "MoH" is _is_acronym's


def test_a_title_before_an_office_holders_possessive_stays_in_the_name():
    assert _names("The Chief Minister's Office (CMO) said 500,000 rupees would be paid.") == [
        "Chief Minister's Office"
    ]


def test_a_house_of_a_legislature_is_told():
    got = _chains(
        "Mitchell told the House of Representatives that the damage stood at EC$580 million."
    )
    assert got[0][1] == ["Mitchell", "House of Representatives", "The Test Post"]


def test_volunteers_and_hospitals_who_told_the_speaker():
    got = _chains("Sarah Hussain told the BBC that volunteers had told her about 300 were treated.")
    assert got[0][1] == ["volunteers", "Sarah Hussain", "BBC", "The Test Post"]
    got = _chains("Polis told reporters that hospitals had warned him 400,000 could lose cover.")
    assert got[0][1] == ["hospitals", "Polis", "The Test Post"]


def test_a_participle_after_a_comma_makes_the_subject_the_speaker():
    assert _chains("The ministry issued a statement on Monday, saying 40 people died.")[0][1] == [
        "ministry",
        "The Test Post",
    ]
    got = _chains(
        "The National Weather Service issued a warning, forecasting gusts of up to 45 mph."
    )
    assert got[0][1][0] == "National Weather Service"
    # a participle about the figure itself names nobody
    assert _chains("Prices rose 5%, adding to pressure on households.")[0][1] == ["The Test Post"]


def test_a_place_before_officials_is_no_person():
    got = _chains("The fire destroyed 212 homes, Butte County officials said.")
    assert got[0][1] == ["Butte County officials", "The Test Post"]


def test_the_hospitals_annual_report_is_the_hospital_named_before():
    got = _chains(
        "Valley Regional Medical Center opened a wing. The emergency room saw 41,000 visits, "
        "according to the hospital's annual report released Monday."
    )
    assert got[0][1] == ["Valley Regional Medical Center", "The Test Post"]


def test_a_seat_before_a_company_name_and_a_state_agency_by_its_acronym():
    got = _chains("Analysts at Nairobi-based Cytonn Investments said inflation would be 4.5%.")
    assert got[0][1][0] == "Cytonn Investments"
    got = _chains("Egypt's state news agency MENA reports 40 deaths.")
    assert got[0][1][0] == "Middle East News Agency"


def test_prosecutors_after_the_named_prosecutors_office():
    got = _chains(
        "The Sinaloa Attorney General's Office said 1,200 people had been killed. "
        "State prosecutors said 300 were missing."
    )
    assert [chain[0] for _, chain in got] == ["Sinaloa Attorney General's Office"] * 2


def test_a_sentence_set_in_another_country_qualifies_its_bodies_so():
    got = _chains(
        "DUBAI — The Ministry of Economy fined 40 firms. In neighbouring Saudi Arabia, the "
        "Ministry of Human Resources and Social Development said 40,000 Saudis were hired."
    )
    assert got[-1][1][0] == "Ministry of Human Resources and Social Development (Saudi Arabia)"


def test_a_dated_earlier_event_does_not_inherit_the_running_speaker():
    got = _chains(
        "The fire destroyed 212 homes, officials said. The 2018 Camp fire killed 85 people."
    )
    assert got[1] == ("85", ["The Test Post"])
    # a paragraph-final attribution still covers it
    got = _chains(
        "Police said 9 died.\n\nIn 2023, 647 people died. In 2024, 427 died, the coroner said."
    )
    assert got[1] == ("647", ["coroner", "The Test Post"])


def test_the_government_is_not_a_country_named_as_a_place():
    got = _chains(
        "WARSAW — Migrants from Ethiopia, Somalia and Eritrea made up most of those caught. "
        "The government says it has spent 2.5 billion zloty on the barrier."
    )
    assert got[-1][1][0] == "Government of Poland"


def test_a_house_of_a_legislature_takes_the_storys_country():
    got = _chains(
        "ST. GEORGE'S, Grenada — Mitchell told the House of Representatives that 98% of homes "
        "were damaged."
    )
    assert got[0][1][1] == "House of Representatives (Grenada)"


def test_a_count_after_call_is_still_a_figure():
    assert _figures("The union will call 3000 workers out on strike next week.") == ["3000"]
    assert _figures("Call 211 or text 6767 now to report 40 missing people.") == ["40"]


def test_a_help_line_by_its_name_and_a_hotline_at_a_number():
    got = _figures("If you need help, call or text the 988 Suicide & Crisis Lifeline; 40 called.")
    assert got == ["40"]
    assert _figures("Call the Red Cross hotline at 143. Officials said 40 died.") == ["40"]


def test_the_memo_or_the_filing_is_whoever_wrote_it():
    got = _chains(
        "Chief executive Dana Merritt said in a memo to staff that the company would cut jobs. "
        "The memo said 1,200 roles would go."
    )
    assert got[0][1][0] == "Dana Merritt"
    got = _chains(
        "Larkspur said in a regulatory filing that records were taken. "
        "The filing said 300 staff would be cut."
    )
    assert got[0][1][0] == "Larkspur"


def test_an_epithet_before_a_name_and_another_source():
    assert _names("The Al-Qaeda-linked Group for the Support of Islam and Muslims claimed it.") == [
        "Group for the Support of Islam and Muslims"
    ]
    assert _names("Another security source said 40 died.") == ["unnamed security source"]


def test_a_last_line_listing_agencies_or_the_material_used():
    assert _chains("Police said 40 died.\n\nKYODO, JIJI")[0][1] == [
        "police",
        "news agencies",
        "The Test Post",
    ]
    got = _chains(
        "Police said 40 died.\n\nThis article was written with material from dpa, AFP and "
        "Reuters.\n\nEdited by: Sean Sinico"
    )
    assert got[0][1] == ["police", "news agencies", "The Test Post"]


def test_a_portfolio_of_several_words_and_a_state_body():
    assert _names(
        "Minister of State for Home Affairs Sun Xueling said scams cost 385 million."
    ) == ["Sun Xueling"]
    assert _names("The State Emergency Service (SES) said 12 people died.") == [
        "State Emergency Service"
    ]


def test_a_bodys_officials_by_its_name_before_the_noun():
    assert _chains("FDA officials said 40 plants were inspected.")[0][1][0] == (
        "Food and Drug Administration"
    )
    # a country's officials stay a group
    assert _chains("US officials said 40 drones were downed.")[0][1][0] == "US officials"


def test_space_grouped_thousands_before_a_unit():
    from provenance.extract import extract
    from provenance.models import Document

    doc = Document.from_text("T\n\nEskom has 18 000MW of capacity.", title="T", publisher="P")
    assert [(c.figure.text, c.figure.value, c.figure.unit) for c in extract(doc)] == [
        ("18 000MW", 18000.0, "MW")
    ]
    assert _figures("In 2019 100 people died.") == ["100"]
