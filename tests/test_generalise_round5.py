"""Round-5 rules for text no development corpus has, on sentences written for these tests.

Each test states a general pattern of English news writing that the extractor missed on
new articles (the third held-out corpus and hand-written probes): unnamed sources that
report what they saw, sentence-initial capitals, and the like.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract
from provenance.models import Document

from .article_helpers import claim_chains as _chains
from .gold_scoring import load_article


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Police said about 3,000 shoppers were evacuated.", "police"),
        ("Prosecutors said 14 people had been charged.", "prosecutors"),
        ("Witnesses said at least 20 people were killed.", "witnesses"),
        ("Local residents told the newspaper that 14 homes had burned.", "local residents"),
        ("Authorities said 9 people were missing.", "authorities"),
        ("Rescue workers said 31 bodies had been recovered.", "rescue workers"),
        ("Doctors at the clinic said 12 children were treated.", "doctors"),
        ("Investigators said 4 suspects were arrested.", "investigators"),
        ("Activists said 160 protesters were detained.", "activists"),
    ],
)
def test_people_who_report_what_they_saw_are_sources(sentence, source):
    [(_, chain)] = _chains(sentence)
    assert chain == [source, "The Test Post"]


def test_a_capitalised_singular_title_is_not_a_group():
    # "Coroner Jane Smith": a title before a name, not an unnamed coroner
    [(_, chain)] = _chains("Coroner Jane Smith said 3 of the victims had drowned.")
    assert chain[0] == "Jane Smith"


def test_police_officers_are_not_the_military():
    doc = Document.from_text(
        "Headline\n\nPolice officers said 14 people were hurt.", title="Headline", publisher="P"
    )
    [claim] = extract(doc)
    assert (claim.chain[0].source, claim.chain[0].kind) == ("police officers", "government")


@pytest.mark.parametrize(
    ("sentence", "source"),
    [
        ("Doctors at the clinic said 12 children were treated.", "doctors"),
        ("Residents of the town told the radio that 12 homes burned.", "residents"),
        ("Officials in Kherson said 12 civilians were killed.", "officials"),
        ("Police in Texas said 12 people were hurt.", "police"),
    ],
)
def test_a_place_phrase_between_subject_and_verb_keeps_the_subject(sentence, source):
    [(_, chain)] = _chains(sentence)
    assert chain[0] == source


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("Police Chief Ann Lee said 12 children were treated.", "Ann Lee", "official"),
        ("Sheriff Tom Hale said 4 inmates escaped.", "Tom Hale", "official"),
        ("Capt. Rosa Diaz said 30 sailors were rescued.", "Rosa Diaz", "military"),
        ("Professor Ines Koll said 3% of samples were positive.", "Ines Koll", "person"),
    ],
)
def test_job_titles_before_a_name_are_not_part_of_it(sentence, name, kind):
    doc = Document.from_text(f"Headline\n\n{sentence}", title="Headline", publisher="P")
    [claim] = extract(doc)
    assert (claim.chain[0].source, claim.chain[0].kind) == (name, kind)


def _single_newlines(stem):
    """A gold article as text taken from a web page often comes: one paragraph a line."""
    doc, gold = load_article(stem)
    text = doc.text.replace("\n\n", "\n")
    single = Document.from_text(
        text, title=doc.title, publisher=doc.publisher, published=doc.published
    )
    return single, gold


def test_paragraphs_one_a_line_read_like_paragraphs_between_blank_lines(monkeypatch):
    from pathlib import Path

    from . import gold_scoring

    corpus = Path(__file__).resolve().parent / "data" / "corpus2"
    blank = gold_scoring.score(gold_scoring.gold_stems(corpus))
    monkeypatch.setattr(gold_scoring, "load_article", _single_newlines)
    single = gold_scoring.score(gold_scoring.gold_stems(corpus))
    for key in ("precision", "recall", "origin_accuracy", "chain_accuracy"):
        assert single[key] == blank[key], key


def test_a_line_of_page_furniture_does_not_hide_the_dateline():
    body = (
        "Updated: 14:05 GMT\n"
        "GAZA CITY (Reuters) - Air strikes killed at least 45 people, health officials said.\n"
        "Advertisement\n"
        "The ministry said 120 people were wounded."
    )
    got = _chains(body)
    assert [chain[-2] for _, chain in got] == ["Reuters", "Reuters"]


def test_a_list_on_single_lines_stays_one_paragraph_and_the_credit_stays_a_credit():
    body = (
        "The fines came to more than €8bn, spokesperson Ann Lee told AFP:\n"
        "- €2.42bn in 2017\n"
        "- €4.34bn in 2018\n"
        "-- AFP"
    )
    got = _chains(body)
    assert len(got) == 3
    assert all(chain[0] == "Ann Lee" for _, chain in got)


def test_text_wrapped_at_a_fixed_width_is_not_cut_at_every_line():
    body = (
        "Officials said 12 people were killed when the bridge\n"
        "collapsed on Sunday, and 40 were hurt. Rescue teams\n"
        "searched the river."
    )
    doc = Document.from_text(f"Headline\n\n{body}", title="Headline", publisher="P")
    from provenance.extract.structure import segment

    layout = segment(doc.text, doc.title)
    assert [p.kind for p in layout.paragraphs] == ["headline", "body"]


def test_every_country_can_be_the_story_country():
    # a dateline in a capital the curated gazetteer does not list still gives the country
    # whose bare ministry is meant
    got = _chains("QUITO — The interior ministry said 812 people were arrested in May.")
    assert got[0][1][0] == "Ministry of the Interior (Ecuador)"


def test_the_country_list_adds_no_alias_that_reads_as_a_first_name():
    from provenance.extract.gazetteer import Gazetteer

    gaz = Gazetteer.default()
    assert gaz.lookup("Government of Chad") is not None
    assert gaz.lookup("Chad") is None and gaz.lookup("Jordan") is None  # names of people
    assert gaz.lookup("Kigali").source.name == "Government of Rwanda"
    [(_, chain)] = _chains("Chad Miller, a spokesman, said 14 homes were lost.")
    assert chain[0] == "Chad Miller"


def _article(text: str, publisher: str = "The Test Post") -> list[list[str]]:
    title = text.split("\n", 1)[0]
    doc = Document.from_text(text, title=title, publisher=publisher, published="2024-05-22")
    return [[h.source for h in c.chain] for c in extract(doc)]


def test_a_dateline_with_several_places_or_a_colon_names_its_agency():
    two_cities = "Stocks slide\n\nLONDON/NEW YORK, June 13 (Reuters) - Oil rose 4%, traders said."
    assert _article(two_cities)[-1][-2] == "Reuters"
    colon = "Floods\n\nISLAMABAD, Aug 27 (Reuters): The toll rose to 80, officials said."
    assert _article(colon)[-1] == ["officials", "Reuters", "The Test Post"]


def test_a_closing_source_line_is_an_article_level_hop():
    text = "Outbreak\n\nThe ministry has reported 26 cases.\n\nSource: World Health Organization"
    [chain] = _article(text)
    assert chain[-2:] == ["World Health Organization", "The Test Post"]


def test_the_publisher_is_the_last_hop_once_even_when_its_own_dateline_names_it():
    text = "Bust\n\nLINDEN FALLS, Calif. (KXLT) — Police said 14 people were arrested."
    assert _article(text, publisher="KXLT") == [["police", "KXLT"]]
    told = "Bust\n\nThe sheriff told KXLT that 14 people were arrested."
    assert _article(told, publisher="KXLT")[0][-1] == "KXLT"
    assert _article(told, publisher="KXLT")[0].count("KXLT") == 1


def test_national_news_agencies_in_datelines_get_their_full_names():
    text = "Floods\n\nISLAMABAD, Aug 27 (APP): The toll rose to 80, officials said."
    assert _article(text)[-1] == ["officials", "Associated Press of Pakistan", "The Test Post"]
    text = "Floods\n\nDHAKA, Aug 27 (BSS) - The toll rose to 80, officials said."
    assert _article(text)[-1][-2] == "Bangladesh Sangbad Sangstha"


def test_a_generic_national_body_takes_the_story_country():
    text = (
        "Floods\n\nISLAMABAD, Aug 27 (APP): The National Disaster Management Authority said "
        "the toll rose to 802."
    )
    assert _article(text)[0][0] == "National Disaster Management Authority (Pakistan)"
    # a name with a proper noun in it is the body's own name
    text = "Floods\n\nACCRA — The Ghana Police Service said 12 people were arrested."
    assert _article(text)[0][0] == "Ghana Police Service"


def test_the_scorer_reads_a_country_in_brackets_as_the_same_generic_body():
    from provenance.extract.gazetteer import Gazetteer

    from .gold_scoring import same_source

    gaz = Gazetteer.default()
    assert same_source("Central Electoral Bureau", "Central Electoral Bureau (Romania)", gaz)
    assert not same_source("Central Electoral Bureau", "Electoral Bureau (Romania)", gaz)
