"""Speed round 4 (chains): each shortcut gives the same answer as the rule it stands in for.

The originals are kept here verbatim; hypothesis compares them with the shortcuts on text
built from the words the rules care about and on arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import attribution, dates, name_tails
from provenance.extract.name_tails import after_name as _after_name
from provenance.extract.sources import Mention

_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\n",
        "\u00a0",
        ",",
        ", ",
        ".",
        ";",
        "-",
        "'s",
        "(",
        ")",
        "(CSO)",
        " (CSO)",
        "news ",
        "state ",
        "wire ",
        "agency",
        "newspaper",
        "network",
        "group",
        "groups",
        "firm",
        "operator",
        "data",
        "figures",
        "statistics",
        "datum",
        "will",
        "would",
        "is due to",
        "were set to",
        "plans to",
        "next",
        "nextday",
        "on",
        "Friday",
        "said",
        "Eurostat",
        "the",
        "7",
        "09:02",
        "\u0661",
        "\u00b2",
        "x",
        "é",
    ]
)
TEXT = st.one_of(st.lists(_PIECES, max_size=14).map("".join), st.text(max_size=40))


# --- attribution._after_name: literal pre-checks before _HEAD_NOUN and _DATA_NOUN -------------
def _after_name_original(sentence: str, end: int, name: Mention | None = None) -> int:
    nxt = sentence[end : end + 3]
    if nxt.lstrip().startswith("("):
        acronym = name_tails._BRACKET_ACRONYM.match(sentence, end)
        if acronym:
            end = acronym.end()
    elif nxt[:1] == " " and nxt[1:2].islower():
        head = name_tails._HEAD_NOUN.match(sentence, end)
        if head:
            end = head.end()
        elif name is not None and (
            name.type == "named"
            and (name.text[:1].isupper() or name.text[:4] == "the ")
            or name.type == "group"
        ):  # (round 8: "the AAPP report said", "police figures show")
            data = name_tails._DATA_NOUN.match(sentence, end)
            if data:
                end = data.end()
    return end


@settings(max_examples=600, deadline=None)
@given(TEXT, TEXT, st.sampled_from(["Eurostat", "the agency", "LSEG"]), st.booleans())
def test_after_name_prechecks(before: str, after: str, name: str, named: bool) -> None:
    sentence = before + name + after
    end = len(before) + len(name)
    mention = Mention(len(before), end, name, "named" if named else "description")
    for m in (mention, None):
        assert _after_name(sentence, end, m) == _after_name_original(sentence, end, m)


# --- dates._future_before: the search starts after the last clause break -------------------
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|going)\s+to|plans?\s+to|"
    r"next)\b[^.;,]*$"
)


@settings(max_examples=800, deadline=None)
@given(TEXT, st.integers(min_value=0, max_value=200))
def test_future_before_last_clause(text: str, end: int) -> None:
    end = min(end, len(text))
    original = bool(_FUTURE_BEFORE.search(text, max(0, end - 120), end))
    assert dates._future_before(text, end) == original


def test_future_before_examples() -> None:
    text = "The utility would impose blackouts on Friday"
    assert dates._future_before(text, text.index("Friday"))
    text = "The utility would, it said, act on Friday"
    assert not dates._future_before(text, text.index("Friday"))


# --- extract: literal pre-checks before LIVE_ENTRY and _SUBJECT_VERB ----------------------
@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_live_entry_opens_with_a_digit(text: str) -> None:
    from provenance.extract.accounts import LIVE_ENTRY

    if LIVE_ENTRY.match(text):
        assert text[:1].isdecimal()


@settings(max_examples=600, deadline=None)
@given(TEXT, st.integers(min_value=0, max_value=60))
def test_subject_verb_opens_with_comma_or_space(text: str, at: int) -> None:
    from provenance import extract

    if extract._SUBJECT_VERB.match(text, at):
        assert text[at : at + 1] == "," or text[at : at + 1].isspace()


# --- structure._BOUNDARY: "[.!?]+" as "[.!?][.!?]*" (searched by a class scan) -------------
_BOUNDARY_ORIGINAL = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_SENTENCE_PIECES = st.sampled_from(
    [
        ".",
        "!",
        "?",
        "...",
        "?!",
        '"',
        "”",
        "’",
        "'",
        ")",
        "]",
        " ",
        "\n",
        "\u00a0",
        "(",
        "[",
        "“",
        "‘",
        "The",
        "he",
        "U.S",
        "3.5",
        "A",
        "7",
        "x",
        "é",
    ]
)


@settings(max_examples=1000, deadline=None)
@given(
    st.one_of(st.lists(_SENTENCE_PIECES, max_size=20).map("".join), st.text(max_size=40)),
    st.integers(min_value=0, max_value=10),
    st.integers(min_value=0, max_value=40),
)
def test_boundary_same_matches(text: str, start: int, end: int) -> None:
    from provenance.extract import structure

    got = [m.span() for m in structure._BOUNDARY.finditer(text, start, end)]
    assert got == [m.span() for m in _BOUNDARY_ORIGINAL.finditer(text, start, end)]
    got = [m.span() for m in structure._BOUNDARY.finditer(text)]
    assert got == [m.span() for m in _BOUNDARY_ORIGINAL.finditer(text)]


# --- attribution: "its"/"their" as words of the cut before _OWN_DECISION --------------------
_OWN_PIECES = st.sampled_from(
    [
        " ",
        "\u00a0",
        "\n",
        "cut",
        "raised",
        "kept",
        "its",
        "their",
        "itsy",
        "rate",
        "rates",
        "forecast",
        "main",
        "-",
        "x",
        "é",
        ",",
        "The bank",
    ]
)


@settings(max_examples=800, deadline=None)
@given(st.one_of(st.lists(_OWN_PIECES, max_size=12).map("".join), st.text(max_size=40)))
def test_own_decision_needs_its_or_their_word(text: str) -> None:
    from provenance.extract.cuewords import sentence_words

    if attribution._OWN_DECISION.search(text):
        assert not sentence_words(text)[1].isdisjoint(attribution._OWN_WORDS)
