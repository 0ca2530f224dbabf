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
    + ["Σ", "ΟΔΟΣ", "é", "É", "ß", "ǅ", "ı", "\u212b", "Ⅻ", "²", "٣٤"]
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


BOUNDARY_TEXT = st.one_of(
    st.lists(
        st.sampled_from(
            [" ", "\t", "\n", "-", "--", "—", "–", " - ", " -- ", ";", "(", ")", ",", ", with"]
            + [", which", ",  as", "well-off", "1,000", "5,", "a", "Said", "\u00a0"]
        ),
        max_size=25,
    ).map("".join),
    st.text(max_size=60),
)


@settings(max_examples=500, deadline=None)
@given(BOUNDARY_TEXT)
def test_bounds_are_the_starts_of_the_boundary_pattern(text):
    from provenance.extract.figures import _BOUNDARY_RE, _bounds

    assert _bounds(text) == [m.start() for m in _BOUNDARY_RE.finditer(text)]


HEDGE_TEXT = st.one_of(
    st.lists(
        st.sampled_from(
            ["believed", "Believe", "self-reported", "x.likely", "unlikely", "highly", "likely"]
            + ["said", "to", "be", "may", "have", "MIGHT", "reportedly", "ſaid", "İ", "\u212a"]
            + ["estimate", "estimates.", "preliminary", "Provisional", "unverified", "'", "’"]
            + [" ", "  ", "\n", ",", ".", "-", '"', "“", "5", "_", ".Said", "é", "3.", ";"]
        ),
        max_size=25,
    ).map("".join),
    st.text(max_size=60),
)


@settings(max_examples=500, deadline=None)
@given(HEDGE_TEXT)
def test_hedge_matches_are_those_of_the_hedge_pattern(text):
    from provenance.extract._text import plain_lower
    from provenance.extract.hedges import _hedge_matches

    lx = hedge_lex()
    want = [m.span() for m in lx.hedge_re.finditer(text)]
    assert [m.span() for m in _hedge_matches(text, plain_lower(text))] == want
    assert [m.span() for m in _hedge_matches(text, None)] == want
    if text.isascii():
        assert [m.span() for m in _hedge_matches(text, text.lower())] == want
    low_words = Words(text).lows
    if not lx.hedge_first_dotted.isdisjoint(low_words):  # as sentence_hedges calls it
        got = _hedge_matches(text, plain_lower(text), low_words)
        assert [m.span() for m in got] == want


@settings(max_examples=500, deadline=None)
@given(HEDGE_TEXT)
def test_sentence_wide_precheck_only_skips_texts_without_matches(text):
    from provenance.extract._text import plain_lower

    lx = hedge_lex()
    low = plain_lower(text)
    if low is not None and not any(w in low for w in lx.sentence_wide):
        assert not lx.sentence_hedge_re.search(text)


MEASURE_TEXT = st.one_of(
    st.lists(
        st.sampled_from(
            ["the", "jobless", "rate", "RATE", "rates", "growth", "share", "ſhare", "İndex", "GDP"]
            + ["gdp", "profit", "profits", "price", "prices", "pricesx", "revenue", "revenues"]
            + ["turnout", "x-rate", "interest", "told", "reporters", "economy", "inflation"]
            + [" ", "  ", "\n", ",", ".", "-", "'", "’", "5", "_", "é"]
        ),
        max_size=30,
    ).map("".join),
    st.text(max_size=60),
)


def _original_measure_before(text, ph, clause):
    """Verbatim copy of the original _measure_before."""
    from provenance.extract.counts import _STOP

    found = None
    for m in lex().measure_re.finditer(text, max(clause[0], ph.start - 120), ph.start):
        found = m
    if not found:
        return ""
    words = found.group(0).split()
    while any(w.lower() in _STOP for w in words):
        words = words[1:]
    return " ".join(words)


@settings(max_examples=500, deadline=None)
@given(MEASURE_TEXT, st.integers(0, 200), st.integers(0, 200))
def test_measure_before_finds_what_the_full_scan_found(text, start, c0):
    from types import SimpleNamespace

    from provenance.extract.counts import _measure_before

    ph = SimpleNamespace(start=min(start, len(text)))
    clause = (min(c0, ph.start), len(text))
    assert _measure_before(text, ph, clause) == _original_measure_before(text, ph, clause)


COUNTRY_TEXT = st.one_of(
    st.lists(
        st.sampled_from(
            ["Russia", "russia's", "RUSSIA", "US", "us", "UK", "U.S.", "U.S.'s", "United", "States"]
            + ["united  states", "Kyiv", "ſudan", "İndia", "india", "\u212aremlin", "has", "sent"]
            + [" ", ",", "\n", "’s", "'s", "-", "_", "x"]
        ),
        max_size=20,
    ).map("".join),
    st.text(max_size=40),
)


@settings(max_examples=500, deadline=None)
@given(COUNTRY_TEXT)
def test_country_pattern_keeps_the_plain_matches(text):
    from provenance.extract.lexicon import alt, lexicon

    names = [c for c in lexicon()["countries"] if c not in ("us", "uk", "u.s.")]
    plain = re.compile(
        rf"\b(?:(?i:{alt(names)})|US|UK|U\.S\.)(?:['’]s)?(?=[\s,])(?:\s+(?:has|have|had|will|would|could|is|was|"
        rf"sent|dispatched|deployed|lost|sends|says|said|plans|seen|suffered))?"
    )
    fast = lex().country_re
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


# Patterns now matched with a start and an end instead of on a slice: (pattern, how used)
SLICE_PATTERNS = [
    ("provenance.extract.counts", "_DESTINATION_RE", "match"),
    ("provenance.extract.counts", "_NUMBER_OF_RE", "finditer"),
    ("provenance.extract.counts", "_CONTEXT_WORD_RE", "findall"),
    ("provenance.extract.figures", "_COORDINATION", "fullmatch"),
    ("provenance.extract.figures", "_COMMA_OR_SEMICOLON", "search"),
    ("provenance.extract.figures", "_AND_OR", "match"),
    ("provenance.extract.figures", "_IN_PLACE", "match"),
]
SLICE_TEXT = st.one_of(
    st.lists(
        st.sampled_from(
            ["have", "been", "sent", "to", "into", "Russia", "Russia's", "Kursk’s", "and", "or"]
            + ["and/or", "number", "of", "toll", "the", "In", "in", "Ukraine", "x", ",", ";"]
            + [" ", "  ", "\n", ".", "-", "'", "’", "5", "é"]
        ),
        max_size=30,
    ).map("".join),
    st.text(max_size=40),
)


@settings(max_examples=500, deadline=None)
@given(SLICE_TEXT, st.integers(0, 50), st.integers(0, 50))
def test_matches_with_start_and_end_equal_those_on_the_slice(text, a, b):
    import importlib

    for module, name, how in SLICE_PATTERNS:
        pattern = getattr(importlib.import_module(module), name)
        sliced = text[a:b]
        if how == "findall":
            assert pattern.findall(text, a, b) == pattern.findall(sliced)
        elif how == "finditer":
            got = [(m.start() - a, m.group(1)) for m in pattern.finditer(text, a, b)]
            assert got == [(m.start(), m.group(1)) for m in pattern.finditer(sliced)]
        else:
            m1 = getattr(pattern, how)(text, a, b)
            m2 = getattr(pattern, how)(sliced)
            assert (m1 and (m1.start() - a, m1.end() - a, m1.groups())) == (
                m2 and (m2.start(), m2.end(), m2.groups())
            )


@settings(max_examples=300, deadline=None)
@given(SLICE_TEXT)
def test_count_substitutions_skipped_only_where_they_cannot_apply(np_text):
    from provenance.extract.counts import _FULL_STOP, _LEADING_DETERMINER, _LEADING_MORE

    if np_text[:1] not in ("t", "T"):
        assert _LEADING_DETERMINER.sub("", np_text) == np_text
    if np_text[:1] not in ("m", "M", "f", "F"):
        assert _LEADING_MORE.sub("", np_text) == np_text
    if np_text[-1:] == "\n":
        return  # np_text ends with a word, never with a line break
    if np_text[-1:] != ".":
        assert _FULL_STOP.sub("", np_text) == np_text


@settings(max_examples=500, deadline=None)
@given(MEASURE_TEXT)
def test_measure_trie_keeps_the_alternation_matches(text):
    from provenance.extract.lexicon import alt, lexicon

    plain = re.compile(rf"\b(?:[A-Za-z][\w'’-]*\s+){{0,2}}(?i:{alt(lexicon()['measure_nouns'])})\b")
    fast = lex().measure_re
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
