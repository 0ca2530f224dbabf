"""Equivalence of the second-round figure shortcuts with verbatim copies of what they replace."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract.lexicon import A_NEXT, may_have_a_scale, word_bytes


def _may_have_a_scale_original(words: bytes) -> bool:
    for article in (b" a ", b" an "):
        k = words.find(article)
        while k >= 0:
            after = k + len(article)
            chunk = words[after : after + 64]
            rest = chunk.lstrip()
            if rest.startswith(A_NEXT) or (len(rest) < 10 and len(chunk) == 64):
                return True  # (or the spaces may run past the chunk)
            k = words.find(article, after - 1)
    return False


_PIECES = st.sampled_from(
    [
        "a",
        "an",
        "A",
        "An",
        " ",
        "  ",
        " " * 30,
        " " * 54,
        " " * 60,
        "\t",
        "-",
        ",",
        "few",
        "couple",
        "of",
        "hundred",
        "hun",
        "thousands",
        "dozen",
        "half",
        "compan",
        "division",
        "x",
        "3",
        "é",
        "ß",
    ]
)


@settings(max_examples=600, deadline=None)
@given(
    st.lists(_PIECES, max_size=30).map(" ".join)
    | st.lists(_PIECES, max_size=30).map("".join)
    | st.text(max_size=80)
)
def test_may_have_a_scale_gate(text):
    words = word_bytes(text)
    assert may_have_a_scale(words) == _may_have_a_scale_original(words)
