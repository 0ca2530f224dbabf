"""The speed shortcuts of provenance.extract.figures / counts / hedges give the results of the
plain code they replace, on any text (verbatim copies of the originals are kept here)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract.counts import _WORD_RE, Words, lex
from provenance.extract.figures import _cues
from provenance.extract.hedges import _lex as hedge_lex

# Words, punctuation and numbers the rules care about, in odd combinations.
PIECES = (
    ["killed", "Killed.", "KILLED", "killed.", "in", "action", "action.", "or", "wounded", "and"]
    + ["dead", "shot", "toll", "death", "lost", "their", "lives.", "sent", "to", "out", "of"]
    + ["soldiers", "U.S.", "it's", "o’clock", "well-off", "12", "1,200.5", "3..", "٣", "ſ", "K"]
    + ["reportedly", "Believed", "estimated.", "likely", "highly", "said", "may", "İ"]
    + [";", ":", "(", ")", '"', "“", "”", "—", "–", ",", "-", "--", " ", "\n", ".", "'"]
)
SENTENCE = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
SPACED = st.lists(st.sampled_from(PIECES), max_size=30).map(" ".join)
TEXT = st.one_of(SENTENCE, SPACED, st.text(max_size=80))


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_words_are_those_of_the_word_pattern(text):
    w = Words(text)
    found = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]
    assert list(zip(w.starts, w.ends, w.texts, strict=True)) == found
    assert w.lows == [t.lower() for _, _, t in found]


def _original_cues(words) -> list[tuple[int, int, str]]:
    """Verbatim copy of the original scan (``words``: Word-like tuples)."""
    index = lex().cue_index
    out = []
    i, n = 0, len(words)
    while i < n:
        cands = index.get(words[i].low.rstrip("."))
        if cands:
            for parts, cat in cands:
                k = len(parts)
                if (
                    all(words[i + t].low.rstrip(".") == parts[t] for t in range(1, k))
                    if i + k <= n
                    else False
                ):
                    out.append((words[i].start, words[i + k - 1].end, cat))
                    i += k - 1
                    break
        i += 1
    return out


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_cue_search_finds_what_the_word_scan_found(text):
    w = Words(text)
    words = [w.word(i) for i in range(len(w))]
    assert _cues(w) == _original_cues(words)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_hedge_precheck_as_written_equals_the_stripped_one(text):
    lx = hedge_lex()
    lows = Words(text).lows
    plain = any(x.rstrip(".") in lx.hedge_first for x in lows)
    assert (not lx.hedge_first_dotted.isdisjoint(lows)) == plain


def test_the_ends_phrase_match_equals_the_sliced_one():
    from provenance.extract.counts import _ENDS_PHRASE_RE

    pattern = r"\s*(?:[,.;:!?)]|[\"”’']\s*[,.;:!?])"
    for text in ['3,000," Lee', "3,000 ”, x", "5 ;", "7  .", "9 ’ ,", "1 soldiers", "2 '\n."]:
        for pos in range(len(text) + 1):
            assert bool(_ENDS_PHRASE_RE.match(text, pos, pos + 4)) == bool(
                re.match(pattern, text[pos : pos + 4])
            )
