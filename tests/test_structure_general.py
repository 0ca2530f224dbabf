"""Bylines and credit trailers (pattern 6), on article layouts written for these tests."""

from provenance.extract import extract
from provenance.extract.structure import segment
from provenance.models import Document


def _doc(text: str):
    title = text.split("\n", 1)[0]
    return Document.from_text(text, title=title, publisher="Test Gazette", published="2025-03-14")


def _chains(text: str) -> dict[str, list[str]]:
    return {c.figure.text: [h.source for h in c.chain] for c in extract(_doc(text))}


def test_byline_with_agency_is_article_level_source():
    text = (
        "Port strike halts traffic\n\nBy Maria Kell, Reuters\n\n"
        "About 300 ships were waiting outside the port on Monday, the port authority said."
    )
    layout = segment(text, "Port strike halts traffic")
    assert [d.agency for d in layout.datelines] == ["Reuters"]
    assert _chains(text)["About 300"][-2:] == ["Reuters", "Test Gazette"]


def test_byline_with_two_reporters_and_agency():
    text = (
        "Port strike halts traffic\n\nBy Maria Kell and Omar Finch, Associated Press\n\n"
        "About 300 ships were waiting outside the port on Monday, the port authority said."
    )
    assert _chains(text)["About 300"][-2] == "Associated Press"


def test_byline_reporters_are_not_sources():
    text = (
        "Port strike halts traffic\n\nBy Maria Kell, AFP\n\n"
        "Some 300 ships were waiting outside the port."
    )
    chain = _chains(text)["Some 300"]
    assert "Maria Kell" not in chain
    assert chain == ["Agence France-Presse", "Test Gazette"]


def test_byline_without_agency_adds_no_hop():
    text = (
        "Port strike halts traffic\n\nBy Maria Kell\n\n"
        "Some 300 ships were waiting outside the port."
    )
    assert _chains(text)["Some 300"] == ["Test Gazette"]


def test_reporting_and_editing_trailer_is_a_credit_not_a_source():
    text = (
        "Port strike halts traffic\n\n"
        "Some 300 ships were waiting outside the port, officials said.\n\n"
        "(Reporting by Maria Kell and Omar Finch; Editing by Lucy Vane)"
    )
    layout = segment(text, "Port strike halts traffic")
    assert layout.paragraphs[-1].kind == "credit"
    chain = _chains(text)["Some 300"]
    assert not any(name in chain for name in ("Maria Kell", "Omar Finch", "Lucy Vane"))
