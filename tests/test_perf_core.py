"""Equivalence tests for the speed shortcuts of provenance/extract/__init__.py and structure.py."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from provenance.extract import structure


def _trim_reference(text: str, start: int, end: int) -> tuple[int, int]:
    # The original character loop that structure._trim replaces.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end)


_TEXT = st.text(
    alphabet=st.sampled_from(list("ab \t\n\r\x0b\x0c\u00a0\u2003\u3000x.")), max_size=30
)


@given(_TEXT, st.integers(0, 30), st.integers(0, 30))
def test_trim_matches_the_character_loop(text, a, b):
    start, end = min(a, b, len(text)), min(max(a, b), len(text))
    assert structure._trim(text, start, end) == _trim_reference(text, start, end)


@given(st.text(alphabet=st.sampled_from(list("ab \n\t.,:")), max_size=120))
def test_subheading_word_limit_matches_a_full_split(line):
    words = line.split()
    expected = 0 < len(words) <= 16 and "\n" not in line and not structure._FINAL_PUNCT.search(line)
    assert structure.is_subheading(line) == expected


@given(st.text(alphabet=st.sampled_from(list("Ab ,:.\n'")), max_size=90))
def test_place_line_precheck_keeps_every_match(chunk):
    # segment() only tries _PLACE_LINE on chunks ending in ":" (or ":\n"): every match does.
    if structure._PLACE_LINE.match(chunk):
        assert chunk[-1:] == ":" or chunk[-2:] == ":\n"


def test_find_figures_offset_gives_document_spans():
    from provenance.extract.figures import find_figures

    sentence = "Officials said at least 600 soldiers were killed and 2,000 wounded."
    plain = find_figures(sentence)
    shifted = find_figures(sentence, offset=100)
    assert [f.figure.span for f in plain] == [None, None]
    assert [f.figure.span for f in shifted] == [(100 + f.start, 100 + f.end) for f in plain]
    assert [attrs.evolve(f.figure, span=None) for f in shifted] == [f.figure for f in plain]
