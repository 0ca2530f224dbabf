"""Attribution in news styles beyond the first corpus (patterns 2, 4 and 7), on sentences
written for these tests."""

from provenance.extract import extract
from provenance.models import Document


def _doc(body: str, *, title: str = "Storm batters the coast", publisher: str = "Test Gazette"):
    return Document.from_text(
        f"{title}\n\n{body}", title=title, publisher=publisher, published="2025-03-14"
    )


def _sources(body: str, text: str, **kw) -> list[str]:
    claim = next(c for c in extract(_doc(body, **kw)) if c.figure.text == text and not c.headline)
    return [h.source for h in claim.chain]


# --- pattern 2: data and figures as the attribution ----------------------------------------


def test_data_from_x_showed():
    body = "Exports rose 4.2% in March, data from the Office for National Statistics showed."
    assert _sources(body, "4.2%")[0] == "Office for National Statistics"


def test_data_from_x_showed_sentence_initial():
    body = "Data from Eurostat showed on Friday that 2.3 million young people were unemployed."
    assert _sources(body, "2.3 million")[0] == "Eurostat"


def test_according_to_figures_released_by():
    body = "About 8,000 people crossed the border last week, according to figures released by the UNHCR."
    assert _sources(body, "About 8,000")[0] == "United Nations High Commissioner for Refugees"


def test_possessive_figures_put_at():
    body = "The World Bank's figures put the number of people in poverty at 690 million."
    assert _sources(body, "690 million")[0] == "World Bank"


def test_figures_published_by():
    body = "Some 1,400 clinics have closed, figures published by the WHO show."
    assert _sources(body, "Some 1,400")[0] == "World Health Organization"


def test_a_report_by_x():
    body = "Some 40,000 children are out of school, a report by UNICEF found."
    assert _sources(body, "Some 40,000")[0] == "United Nations Children's Fund"


def test_latest_data_possessive():
    body = "Eurostat's latest data show prices rose 2.4% in the year to May."
    assert _sources(body, "2.4%")[0] == "Eurostat"


def test_data_alone_is_not_an_attribution():
    assert _sources("Data show 45 wells ran dry.", "45") == ["Test Gazette"]


# --- pattern 4: in-sentence attribution wins; citing + abstract noun ------------------------


def test_own_attribution_beats_carried_attribution():
    body = (
        "The ministry said 120 people were evacuated. "
        "The Red Cross said 30 of them were treated in hospital."
    )
    assert _sources(body, "30")[0] == "International Committee of the Red Cross"


def test_citing_an_abstract_noun_is_not_a_source():
    body = "Halvex cut its forecast by 5%, citing uncertainty over Chinese demand."
    assert "Government of China" not in _sources(body, "5%")


def test_citing_a_named_body_is_still_a_source():
    body = "Prices rose 3%, the newspaper said, citing the Bank of England."
    assert _sources(body, "3%")[0] == "Bank of England"


def test_subject_of_won_is_not_a_source():
    body = "The Green Party won 14 seats in the regional vote."
    assert _sources(body, "14")[0] != "Green Party"


def test_new_paragraph_about_other_subject_with_own_source_does_not_inherit():
    body = (
        "The coast guard said 12 boats sank.\n\n"
        "Separately, the UN said 900 people had reached the island this month."
    )
    assert _sources(body, "900") == ["United Nations", "Test Gazette"]


# --- pattern 7: origin named after the reporting verb ----------------------------------------


def test_sources_told_agency():
    body = "The bank will cut 2,000 jobs, two sources familiar with the plans told Reuters."
    chain = _sources(body, "2,000")
    assert chain[-2:] == ["Reuters", "Test Gazette"]
    assert chain[0] != "Reuters"
    assert "sources" in chain[0]


def test_agency_reported_citing_origin():
    body = "Some 30 flights were cancelled at two airports, TASS reported, citing the aviation authority."
    chain = _sources(body, "Some 30")
    assert chain[1] == "TASS"
    assert "aviation authority" in chain[0].lower()


def test_official_told_agency_keeps_both():
    body = "Finance Minister Ola Brandt told AFP that 700 firms had applied for aid."
    assert _sources(body, "700")[:2] == ["Ola Brandt", "Agence France-Presse"]
