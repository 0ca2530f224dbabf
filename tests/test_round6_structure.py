"""Round-6 rules for page structure, on text written for these tests.

Patterns of web pages the fifth held-out corpus showed (tests/data/corpus5): a block of links
to other stories inside the article, text with one paragraph a line broken by a few lower-case
lines, and the "Source: <outlet> and news agencies" foot of a page that rewrote wire copy.
"""

from __future__ import annotations

from provenance.extract import extract
from provenance.extract.structure import segment
from provenance.models import Document

from .article_helpers import claim_chains as _chains

_LINKS = (
    "Keep reading\n"
    "list of 3 items\n"
    "list 1 of 3\n"
    "Rebels declare a ceasefire in the east\n"
    "list 2 of 3\n"
    "Why is there fighting? 5 things to know\n"
    "list 3 of 3\n"
    "Photos: residents bury their dead\n"
    "end of list\n"
)


def _article(body: str) -> Document:
    return Document.from_text(
        f"Floods hit the north\n{body}", title="Floods hit the north", publisher="Gulf Post"
    )


def test_a_block_of_links_to_other_stories_gives_no_figures():
    body = (
        "The ministry said 300 people were killed.\n"
        f"{_LINKS}"
        "The army said 120 soldiers were missing.\n"
    )
    claims = extract(_article(body))
    assert [c.figure.text for c in claims] == ["300", "120"]
    layout = segment(_article(body).text, "Floods hit the north")
    assert [p.kind for p in layout.paragraphs].count("links") == 9


def test_a_few_lower_case_lines_do_not_make_a_page_one_paragraph():
    # one paragraph a line (as scraped pages come), with the link block's lower-case lines
    body = "The ministry said 300 people were killed.\n" + _LINKS + "Rescuers found 12 more.\n"
    layout = segment(_article(body).text, "Floods hit the north")
    kinds = [p.kind for p in layout.paragraphs]
    assert kinds[0] == "headline" and kinds[1] == "body" and kinds[-1] == "body"
    assert "standfirst" not in kinds


def test_a_links_heading_alone_ends_at_the_next_sentence():
    body = "The ministry said 300 people were killed.\nRead more\nThe army said 12 soldiers died.\n"
    assert [c.figure.text for c in extract(_article(body))] == ["300", "12"]


def test_source_outlet_and_news_agencies_adds_the_agencies_hop():
    body = "The ministry said 300 people were killed.\n\nSource: Gulf Post and news agencies"
    [(_, chain)] = [(c.figure.text, [h.source for h in c.chain]) for c in extract(_article(body))]
    assert chain == ["ministry", "news agencies", "Gulf Post"]


def test_source_agency_and_agencies_names_both():
    got = _chains("The ministry said 300 people were killed.\n\nSource: Reuters and agencies")
    assert got[0][1][-3:] == ["Reuters", "news agencies", "The Test Post"]


def _claims_of(text: str, publisher: str):
    doc = Document.from_text(text, title=text.split("\n", 1)[0], publisher=publisher)
    return [(c.figure.text, [h.source for h in c.chain]) for c in extract(doc)]


def test_a_byline_ending_in_the_publishers_initials_adds_no_hop():
    got = _claims_of(
        "Tornadoes tear through Kentucky\nBy Marcus Webb and Lee Chen, GNN\n"
        "Police said 25 people were killed.",
        "Global News Network",
    )
    assert got == [("25", ["police", "Global News Network"])]


def test_a_byline_ending_in_the_reporters_town_adds_no_hop():
    got = _claims_of(
        "Tanker explosion in Niger State\nBy Abdulkareem Yusuf, Minna\n"
        "Police said 98 people were killed.",
        "The Lagos Clarion",
    )
    assert got == [("98", ["police", "The Lagos Clarion"])]
    # an agency after the names still is one
    got = _claims_of(
        "Tanker explosion in Niger State\nBy Abdulkareem Yusuf, Reuters\n"
        "Police said 98 people were killed.",
        "The Lagos Clarion",
    )
    assert got == [("98", ["police", "Reuters", "The Lagos Clarion"])]


def test_agency_credits_at_the_foot_in_other_house_styles():
    base = "Police said 12 people died.\n\n"
    assert _chains(base + "Additional reporting by Reuters")[0][1] == [
        "police",
        "Reuters",
        "The Test Post",
    ]
    assert _chains(base + "(CMI with AFP)")[0][1][1] == "Agence France-Presse"
    assert _chains(base + "*With information from Agência Gov")[0][1][1] == "Agência Gov"
    # a reporter's name is a staff credit, no hop
    assert _chains(base + "Additional reporting by Jane Doe in Paris")[0][1] == [
        "police",
        "The Test Post",
    ]
