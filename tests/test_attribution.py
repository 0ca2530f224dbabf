"""Attribution rules through extract(): one test per rule, news-style sentences written for the tests."""

from provenance.extract import extract
from provenance.models import Document


def _doc(
    body: str,
    *,
    title: str = "Storm batters the coast",
    publisher: str = "Test Gazette",
    published: str = "2025-03-14",
):
    return Document.from_text(
        f"{title}\n\n{body}", title=title, publisher=publisher, published=published
    )


def _chains(body: str, **kw) -> dict[str, list[str]]:
    return {
        c.figure.text: [h.source for h in c.chain]
        for c in extract(_doc(body, **kw))
        if not c.headline
    }


def _claim(body: str, text: str, **kw):
    return next(c for c in extract(_doc(body, **kw)) if c.figure.text == text)


def test_x_said():
    assert (
        _chains("The flood killed 35 people, the Interior Ministry said.")["35"][0]
        == "Interior Ministry"
    )


def test_according_to():
    assert _chains("According to the World Health Organization, 120 clinics have closed.")[
        "120"
    ] == [
        "World Health Organization",
        "Test Gazette",
    ]


def test_citing_is_the_deeper_source():
    chain = _chains(
        "The strikes killed 18 soldiers, a senator said on Tuesday, citing the Pentagon."
    )["18"]
    assert chain[:2] == ["United States Department of Defense", "unnamed senator"]


def test_told_lawmakers_makes_the_recipients_a_hop():
    chain = _chains("The spy agency MI6 told lawmakers that 300 agents had been expelled.")["300"]
    assert chain[:2] == ["Secret Intelligence Service", "lawmakers"]


def test_told_an_outlet_makes_the_outlet_a_hop():
    chain = _chains("Western officials told the BBC that about 900 fighters had been captured.")[
        "about 900"
    ]
    assert chain == ["Western officials", "BBC", "Test Gazette"]


def test_told_reporters_is_not_a_hop():
    chain = _chains("Mayor Lina Ortiz told reporters that 60 homes were lost.")["60"]
    assert chain == ["Lina Ortiz", "Test Gazette"]


def test_quoted_as_saying():
    chain = _chains(
        "Finance Minister Omar Haddad spoke in Cairo. Reuters quoted Haddad as saying that 4,000 jobs would go."
    )["4,000"]
    assert chain[:2] == ["Omar Haddad", "Reuters"]


def test_briefing_by_nests_under_the_speaker():
    chain = _chains(
        "Some 70 sailors were rescued, lawmakers said after a briefing by the Pentagon."
    )["Some 70"]
    assert chain[:2] == ["United States Department of Defense", "lawmakers"]


def test_according_to_before_a_reporting_clause_is_outer():
    chain = _chains("According to lawmakers, the Pentagon reported that 45 drones were downed.")[
        "45"
    ]
    assert chain[:2] == ["United States Department of Defense", "lawmakers"]


def test_attribution_at_the_end_of_a_paragraph_covers_it():
    body = "Rescuers pulled 14 survivors from the rubble. Another 9 were found later, according to UNICEF."
    chains = _chains(body)
    assert chains["14"][0] == "United Nations Children's Fund"
    assert chains["9"][0] == "United Nations Children's Fund"


def test_unattributed_sentence_continues_the_running_attribution():
    body = "The Red Cross said 200 families had fled. Most of them, about 150, reached the camp."
    assert _chains(body)["about 150"][0] == "International Committee of the Red Cross"


def test_attribution_carries_into_a_paragraph_without_one():
    body = "The Interior Ministry said 80 people were arrested.\n\nA further 20 were questioned and released."
    assert _chains(body)["20"][0] == "Interior Ministry"


def test_it_said_resolves_to_the_last_speaker():
    body = "UNICEF said 300 schools were damaged. It said 40 of them could not reopen."
    claim = _claim(body, "40")
    assert claim.chain[0].source == "United Nations Children's Fund"
    assert claim.chain[0].mention == "It"


def test_definite_description_resolves():
    body = "The Bureau of Labor Statistics said 90,000 jobs were added. The bureau added that 12,000 were in retail."
    assert _claim(body, "12,000").chain[0].source == "Bureau of Labor Statistics"


def test_he_added_resolves_to_the_person():
    body = (
        "Governor Ivan Petrov said 25 bridges were closed. He added that 6 would reopen next week."
    )
    assert _claim(body, "6").chain[0].source == "Ivan Petrov"


def test_lede_as_per_a_report_covers_the_article():
    body = "As per a report by Kyodo News, 50 fishermen are missing, the coast guard said.\n\nAnother 10 boats sank."
    chains = _chains(body, title="Boats lost at sea")
    assert "Kyodo News" in chains["10"]


def test_dateline_agency_is_an_article_level_hop():
    body = "NAIROBI (Reuters) - Police arrested 31 protesters, the interior ministry said."
    assert _chains(body)["31"][-2:] == ["Reuters", "Test Gazette"]


def test_with_agencies_inputs_adds_news_agencies_before_publisher():
    body = "The ministry said 15 people died.\n\nMore detail followed.\n\n(With agencies inputs)"
    chain = _claim(body, "15").chain
    assert [h.source for h in chain[-2:]] == ["news agencies", "Test Gazette"]
    assert (chain[-2].mention, chain[-2].cue, chain[-2].kind) == (
        "agencies",
        "with agencies inputs",
        "news_agency",
    )


def test_trailing_dash_credit_is_a_hop():
    body = "The quake destroyed 700 homes, officials said.\n\nAid arrived.\n\n-- AFP"
    assert _chains(body)["700"][-2] == "Agence France-Presse"


def test_headline_colon_source_at_the_end():
    claims = extract(_doc("The ministry said 45 died.", title="45 killed in mine collapse: Moscow"))
    head = next(c for c in claims if c.headline)
    assert head.chain[0].source == "Government of Russia"


def test_headline_says():
    claims = extract(_doc("Officials gave details.", title="Kyiv says 12 drones downed"))
    head = next(c for c in claims if c.headline)
    assert head.chain[0].source == "Government of Ukraine"
    assert head.chain[0].cue == "says"


def test_publisher_is_always_last_and_unknown_when_missing():
    doc = Document.from_text("Title\n\nThe army said 12 soldiers died.", title="Title")
    (claim,) = extract(doc)
    assert claim.chain[-1].source == "(unknown publisher)"
    assert claim.chain[-1].kind == "outlet" and claim.chain[-1].cue == "published"


def test_figure_nobody_is_credited_with_is_origin_unstated():
    (claim,) = [c for c in extract(_doc("The town has 8,000 residents.")) if not c.headline]
    assert [h.source for h in claim.chain] == ["Test Gazette"]
    assert claim.origin_unstated


def test_relay_of_unnamed_reports_is_origin_unstated():
    claim = _claim("Some 40 people were hurt, according to media reports.", "Some 40")
    assert claim.origin_unstated


def test_citing_preliminary_data_is_origin_unstated():
    claim = _claim(
        "Governor Ivan Petrov said 25 bridges were damaged, citing preliminary data.", "25"
    )
    assert claim.chain[0].source == "Ivan Petrov"
    assert claim.origin_unstated


def test_hop_spans_point_at_mentions():
    doc = _doc("The flood killed 35 people, the Interior Ministry said.")
    for claim in extract(doc):
        assert doc.text[claim.span[0] : claim.span[1]] == claim.sentence
        for hop in claim.chain:
            if hop.span:
                assert doc.text[hop.span[0] : hop.span[1]] == hop.mention
