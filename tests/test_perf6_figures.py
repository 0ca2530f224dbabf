"""The speed shortcuts of round 6 on the figure side give the results of the code they
replace, on any text (verbatim copies of the replaced patterns and functions are kept here)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract.counts import _LOW_WORD_SPLIT_RE, _NUMBER_OF_RE, _STOP, _number_of
from provenance.extract.currency import _scaled
from provenance.extract.hedges import _HEDGE_STOP, _stop_at
from provenance.extract.nonfigures_context import _SAMPLE_GATE, _sample_gate
from provenance.extract.numbers import _CODE_GATE, _SPACE_THREE, _may_match

# Words, punctuation and numbers the rules care about, in odd combinations.
PIECES = (
    ["killed", "Killed.", "KILLED", "killed.", "in", "action", "or", "wounded", "and", "U.S."]
    + ["it's", "o’clock", "well-off", "12", "1,200.5", "3..", "٣", "ſ", "K", "İ", "\u212a"]
    + ["Σ", "é", "É", "ß", "ǅ", "ı", "\u212b", "Ⅻ", "²", "٣٤", "Rs1.2", "N500m", "US$ 500 000"]
    + [";", ":", "(", ")", '"', "“", "”", "—", "–", ",", "-", "--", " ", "\n", ".", "'", "’"]
)
SENTENCE = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
SPACED = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)
TEXT = st.one_of(SENTENCE, SPACED, st.text(max_size=80))

# Verbatim copy of counts._WORD_SPLIT_RE, which Words used on lower-case text too.
_ORIGINAL_WORD_SPLIT_RE = re.compile(
    r"([A-Za-z\d;:()\"“”—–,-](?:(?<=[A-Za-z])[A-Za-z]*+(?:[.'’-][A-Za-z]++)*+\.?|(?<=\d)[\d,.]*+"
    r"|(?<=[;:()\"“”—–,])|(?<=\s-)(?=\s)|(?<=-)-))"
)


@settings(max_examples=1000, deadline=None)
@given(TEXT)
def test_the_lower_case_word_split_equals_the_original(text):
    low = text.lower()  # (what Words splits: lower() leaves no A-Z)
    assert not re.search("[A-Z]", low)
    assert _LOW_WORD_SPLIT_RE.split(low) == _ORIGINAL_WORD_SPLIT_RE.split(low)
    no_capitals = re.sub("[A-Z]", "", text)
    assert _LOW_WORD_SPLIT_RE.split(no_capitals) == _ORIGINAL_WORD_SPLIT_RE.split(no_capitals)


GATE_TEXT = st.one_of(
    TEXT,
    st.text(alphabet="DKNPRSTRsh.a-z 0123456789٣$,\u00e9\ud800", max_size=60),
    st.lists(
        st.sampled_from(["Rs", "KSh", "N", "Dhs", "R", "P", " ", ".", "1", "500", "000", "é"])
    ).map("".join),
)


@settings(max_examples=1500, deadline=None)
@given(GATE_TEXT)
def test_the_shape_gates_answer_as_the_patterns(text):
    code, spaced = _may_match(text)
    assert code == bool(_CODE_GATE.search(text))
    assert spaced or not _SPACE_THREE.search(text)


SCALED_TEXT = st.one_of(
    TEXT,
    st.lists(
        st.sampled_from(["Million", "BN", "mn", "m", "M", "lakh", "LAKH", "crore", "trillion"])
        | st.sampled_from(["billion", "5", "$", " ", "-", "s", "é", "\u212a", "ı", "_", "bnx"]),
        max_size=8,
    ).map("".join),
)


@settings(max_examples=1500, deadline=None)
@given(SCALED_TEXT)
def test_scaled_equals_the_case_insensitive_pattern(text):
    original = re.compile(r"(?:million|billion|trillion|lakh|crore|bn|mn|m)\b", re.I)
    assert _scaled(text) == bool(original.search(text))


SAMPLE_TEXT = st.one_of(
    TEXT,
    st.lists(
        st.sampled_from(["drawing on", "draws on", "drawn on", "drew on", "drewn on", "draw on"])
        | st.sampled_from(["relied on", "reliant on", "reli on", "relié on", "reli\u212a on"])
        | st.sampled_from(["survey", "sampl", "stud", "among", "with", "error", "based on", "poll"])
        | st.sampled_from([" ", "x", "on", "dr", "reli", "\n", "é", "-"]),
        max_size=10,
    ).map("".join),
)


@settings(max_examples=1500, deadline=None)
@given(SAMPLE_TEXT)
def test_sample_gate_equals_its_pattern(text):
    for window in (text, text.lower()):
        assert _sample_gate(window) == bool(_SAMPLE_GATE.search(window))


HEDGE_TEXT = st.one_of(
    TEXT,
    st.lists(
        st.sampled_from(["if", "If", "unless", "because", "whether", "when", "so that", "so  that"])
        | st.sampled_from(["although", "though", "but", "BUT", "butter", "ıf", "ſo that", "x"])
        | st.sampled_from([",", ";", " ", "\n", "é", "a", "1"]),
        max_size=14,
    ).map("".join),
)


@settings(max_examples=1500, deadline=None)
@given(HEDGE_TEXT, st.integers(0, 60), st.integers(0, 60))
def test_hedge_stop_equals_the_pattern(text, start, end):
    m = _HEDGE_STOP.search(text, start, end)
    expected = m.start() if m else end
    assert _stop_at(text, start, end) == expected


def _original_number_of(text: str, pos: int) -> str:
    """Verbatim copy of counts._number_of before its substring pre-check."""
    m = None
    for found in _NUMBER_OF_RE.finditer(text, 0, pos):
        m = found  # the last match
    if m:
        words = [w for w in m.group(1).split() if w.lower() not in _STOP]
        if words:
            return " ".join(words[:2])
    return ""


NUMBER_OF_TEXT = st.one_of(
    TEXT,
    st.lists(
        st.sampled_from(["number", "count", "toll", "tally", " of ", "of", " ", "the", "dead"])
        | st.sampled_from(["People", "x", "-", "'", "\n", "numbers", "é"]),
        max_size=12,
    ).map("".join),
)


@settings(max_examples=1500, deadline=None)
@given(NUMBER_OF_TEXT, st.integers(0, 80))
def test_number_of_equals_the_original(text, pos):
    assert _number_of(text, pos) == _original_number_of(text, pos)
