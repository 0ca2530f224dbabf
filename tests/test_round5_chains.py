"""Round-5 chain rules: article-level hops, attribution frames, resolution and carrying.

Each test states a general pattern of English news writing, on sentences written for these
tests (none copied from a corpus): dateline variants, bracketed acronyms between a subject
and its verb, subjects the extractor cannot name, liveblog entries, market moves and the like.
"""

from __future__ import annotations

import pytest

from provenance.extract import extract
from provenance.extract.structure import segment
from provenance.models import Document


def _chains(body: str, *, title: str = "A headline without figures") -> list[tuple[str, list[str]]]:
    """(figure text, [source of each hop, publisher last]) for every claim of an article."""
    doc = Document.from_text(
        f"{title}\n\n{body}", title=title, publisher="The Test Post", published="2024-05-22"
    )
    return [(c.figure.text, [h.source for h in c.chain]) for c in extract(doc)]


@pytest.mark.parametrize(
    ("lede", "agency", "place"),
    [
        ("Lisbon, March 4 (Reuters) – The port handled 12 ships.", "Reuters", "Lisbon"),
        ("São Paulo, Oct. 3 (AFP) - The port handled 12 ships.", "AFP", "São Paulo"),
        ("Surat (Gujarat), Nov 1 (PTI) The toll rose to 12.", "PTI", "Surat (Gujarat)"),
        ("New Delhi, July 9 (IANS): The toll rose to 12.", "IANS", "New Delhi"),
    ],
)
def test_title_case_datelines_with_a_date_name_the_agency(lede, agency, place):
    layout = segment(f"Headline\n\n{lede}\n\nMore text here.")
    [dateline] = layout.datelines
    assert (dateline.agency, dateline.place) == (agency, place)


def test_a_body_in_title_case_with_an_acronym_and_a_dash_is_no_dateline():
    # no date: a name with its acronym in brackets, then a dash, is prose
    layout = segment("Headline\n\nThe Food Safety Agency (FSA) — a regulator — said 3 were ill.")
    assert layout.datelines == ()


def test_a_dated_title_case_dateline_covers_every_claim():
    chains = _chains("Lisbon, March 4 (Reuters) – The port handled 12 ships, the operator said.")
    assert chains[0][1][-2:] == ["Reuters", "The Test Post"]


def test_the_ians_credit_is_the_indo_asian_news_service():
    chains = _chains("Officials said 12 people died.\n\nMore followed.\n\n— IANS")
    assert chains[0][1] == ["officials", "Indo-Asian News Service", "The Test Post"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Central Electoral Office (CEO) said on Monday that turnout was 61%.",
        "Turnout was 61%, the Central Electoral Office (CEO) said.",
        "Turnout was 61%, the Central Electoral Office (CEO) said on Monday.",
    ],
)
def test_an_acronym_in_brackets_between_subject_and_verb_keeps_the_subject(sentence):
    [(_, chain)] = _chains(sentence)
    assert chain == ["Central Electoral Office", "The Test Post"]


def test_a_report_that_found_a_figure_names_its_author():
    [(_, chain)] = _chains(
        "Hunger rose by 12% this year, a report released on Monday by the World Food Programme found."
    )
    assert chain == ["World Food Programme", "The Test Post"]


def test_finding_people_is_not_reporting():
    # "everyone it found inside": the pronoun (the WHO) is not a source of the ransom figure
    chains = _chains(
        "The World Health Organization said 40 patients were evacuated. The Kivu Doctors "
        "Network, a medical group, accused the militia of killing everyone it found inside "
        "the clinic and said ransoms of $5,000 were demanded."
    )
    assert "World Health Organization" not in chains[1][1]


def test_a_force_is_a_body_that_it_refers_to():
    # "Air Force" is an institution, not a person: "It says" goes back to it
    chains = _chains(
        "The Ruritanian Air Force said 40 drones were launched overnight. "
        "It said 31 of them were shot down."
    )
    assert [c[1][0] for c in chains] == ["Ruritanian Air Force"] * 2


@pytest.mark.parametrize(
    ("body", "chain"),
    [
        (
            "Air defences downed 41 drones overnight, the Kremlin-controlled TASS agency reported.",
            ["TASS", "The Test Post"],
        ),
        (
            "The TASS news agency, citing the Russian Defence Ministry, says 86 drones were downed.",
            ["Ministry of Defence of Russia", "TASS", "The Test Post"],
        ),
    ],
)
def test_a_name_with_its_head_noun_is_the_subject(body, chain):
    [(_, got)] = _chains(body)
    assert got == chain
