"""Round-9 speed work on the mention side gives the same answers as the code it replaces.

The originals are kept verbatim below; inputs are sentences built from the rules' own
trigger words (the gazetteer's aliases and their words), capitalised words, digits and
punctuation, and arbitrary ASCII text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import descriptors
from provenance.extract.gazetteer import Gazetteer, _next_alias
from provenance.extract.mention_scan import ascii_words, vocabulary, word_positions
from provenance.extract.name_words import UPPER as _UP

GAZ = Gazetteer.default()
_ALL_FIRSTS = frozenset(GAZ._ascii_firsts)
_ALL_VOCAB = vocabulary(_ALL_FIRSTS)
# First words whose aliases the shortcut filters, their aliases and the aliases' words.
_KEYS = [b"a", b"s", b"korea", b"north", b"korean", b"lee", b"1", b"people", b"an", b"un", b"u"]
_ALIASES = sorted({a.decode() for k in _KEYS for a, _, _ in GAZ._ascii_firsts[k][1]})
_WORDS = sorted({w for a in _ALIASES for w in re.findall(r"\w+", a)})
GLUE = [" ", "  ", "-", "'s", "’s", ",", ".", "(", ")", "&", "1", "_", "The", "the", "Jane", "X"]
PIECES = st.one_of(
    st.sampled_from(_ALIASES),
    st.sampled_from(_ALIASES).map(str.title),
    st.sampled_from(_ALIASES).map(str.upper),
    st.sampled_from(_WORDS),
    st.sampled_from(_WORDS).map(str.title),
    st.sampled_from(GLUE),
)
GAZ_TEXT = st.one_of(
    st.lists(PIECES, max_size=16).map(" ".join),
    st.lists(PIECES, max_size=16).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=40),
)


def _find_ascii_original(self, text, view):
    # verbatim (round 8), with the full first-word set of that round
    firsts = _ALL_FIRSTS.intersection(view[2])
    if not firsts:
        return []
    low = view[0]
    out = []
    patterns = self._ascii_firsts
    end_taken = -1
    for start, word in word_positions(view, firsts, _ALL_VOCAB):
        if start < end_taken:
            continue
        pattern, aliases, first = patterns[word]
        m = pattern.match(low, start)
        if m is None:
            continue
        stop = m.end()
        k = first[low[start:stop]]
        alias, exact, entry = aliases[k]
        if exact is not None and text[start:stop] != exact:
            # that alias must match case exactly: go on with the next ones, as find() does
            stop, entry = _next_alias(text, low, start, aliases, k + 1)
            if entry is None:
                continue
        begin = start
        if (
            start >= 4
            and low[start - 4 : start] == b"the "
            and (start == 4 or not text[start - 5].isalnum())
        ):
            begin = start - 4
        end_taken = stop
        out.append((begin, stop, entry))
    return out


@settings(max_examples=1500, deadline=None)
@given(GAZ_TEXT)
def test_gazetteer_find_ascii_is_the_original(text):
    view = ascii_words(text)
    if view is None:
        return
    assert GAZ._find_ascii(text, view) == _find_ascii_original(GAZ, text, view)


def test_gazetteer_needs_cover_every_alias():
    # every alias of a filtered first word holds one of the needed words as a whole word
    for key, needs in GAZ._ascii_needs.items():
        for alias, _, _ in GAZ._ascii_firsts[key][1]:
            assert needs.intersection(re.findall(rb"[a-z0-9_]+", alias)[1:])


# --------------------------------------------------------------------------- descriptors

# verbatim (round 8): descriptors.place_governments read _PLACE_GOVERNMENT.finditer(sentence)
_PLACE_GOVERNMENT_ORIGINAL = re.compile(
    rf"(?<![\w'’-])(?:[Tt]he\s+)?(?P<place>[{_UP}][a-z-]+(?:\s+[{_UP}][a-z-]+)?)\s+"
    r"(?:(?:state|provincial|regional|municipal|city|county)\s+)?[Gg]overnment(?![\w-]|\s+Area)"
)
GOV_PIECES = st.sampled_from(
    "the The Odisha Punjab Lagos State state provincial city government Government governments "
    "Area Local Maru New A an of - ' ’ ( ) , . x1 Gov overnment e".split()
    + [" ", "  ", "\n", "-", "'", "’"]
)
GOV_PHRASE = st.tuples(
    st.sampled_from(["", "the ", "The ", "(The ", "x-the "]),
    st.sampled_from(["Odisha", "Lagos", "New", "Ab-cd", "A"]),
    st.sampled_from(["", " Punjab", " State", "  Local"]),
    st.sampled_from([" ", " state ", " city  ", "\n"]),
    st.sampled_from(["government", "Government", "Government Area", "governments"]),
).map("".join)
GOV_TEXT = st.one_of(
    st.lists(st.one_of(GOV_PHRASE, GOV_PIECES), max_size=8).map(" ".join),
    st.lists(GOV_PIECES, max_size=16).map(" ".join),
    st.lists(GOV_PIECES, max_size=16).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=40),
)


@settings(max_examples=1500, deadline=None)
@given(GOV_TEXT)
def test_place_government_matches_are_the_original(text):
    got = [(m.span(), m.groupdict()) for m in descriptors._place_government_matches(text)]
    want = [(m.span(), m.groupdict()) for m in _PLACE_GOVERNMENT_ORIGINAL.finditer(text)]
    assert got == want
    assert descriptors._PLACE_GOVERNMENT.pattern == _PLACE_GOVERNMENT_ORIGINAL.pattern


# verbatim (round 8): descriptors.name_then_outlet read _NAME_THEN_OUTLET.finditer(sentence)
_NAME_THEN_OUTLET_ORIGINAL = re.compile(
    rf"(?<![\w'’-])(?P<name>[{_UP}][\w'’-]*[a-z](?:\s+[{_UP}][\w'’-]*[a-z]){{0,2}})\s+"
    r"(?P<noun>news agency|newspaper|daily|broadcaster|television|radio|news website|TV)(?![\w-])"
)
OUTLET_PHRASE = st.tuples(
    st.sampled_from(["", "the ", "The ", "(", "x-", "'"]),
    st.sampled_from(["Mizan", "Le", "A", "Ab-cd", "O'Neil", "TASS", "Kommersant"]),
    st.sampled_from(["", " Journal", " De Tijd", "  Post", " Ab1c"]),
    st.sampled_from([" ", "  ", "\n", ""]),
    st.sampled_from(
        ["news agency", "newspaper", "daily", "broadcaster", "television", "radio", "TV", "TVs"]
        + ["news website", "newspapers", "daily-"]
    ),
).map("".join)
OUTLET_TEXT = st.one_of(
    st.lists(st.one_of(OUTLET_PHRASE, GOV_PIECES), max_size=8).map(" ".join),
    st.lists(st.one_of(OUTLET_PHRASE, GOV_PIECES), max_size=8).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=40),
)


@settings(max_examples=1500, deadline=None)
@given(OUTLET_TEXT)
def test_name_then_outlet_matches_are_the_original(text):
    got = [(m.span(), m.groupdict()) for m in descriptors._name_then_outlet_matches(text)]
    want = [(m.span(), m.groupdict()) for m in _NAME_THEN_OUTLET_ORIGINAL.finditer(text)]
    assert got == want
    assert descriptors._NAME_THEN_OUTLET.pattern == _NAME_THEN_OUTLET_ORIGINAL.pattern


# --- portfolios._TITLE: each title opens with its capital, the look-behind after it ----------
_TITLE_ORIGINAL = re.compile(
    r"(?<![\w-])(?:Minister|Secretary|Commissioner|Governor|Director|Representative|Envoy|"
    r"Ambassador|Coordinator|Adviser|Advisor|Rapporteur|Chairman|Chairperson|Chair|Head)"
    r"(?: of State| General| Extraordinary and Plenipotentiary)?"
    r" (?:for|of|to|in|on) (?:the )?"
)
_TITLE_PIECES = st.sampled_from(
    "Minister Secretary Commissioner Governor Director Representative Envoy Ambassador "
    "Coordinator Adviser Advisor Rapporteur Chairman Chairperson Chair Head of State General "
    "for of to in on the x - _ é Deputy".split()
    + [" ", " ", "-", "xMinister", "Minister-"]
)


@settings(max_examples=800, deadline=None)
@given(st.lists(_TITLE_PIECES, max_size=12).map(" ".join))
def test_portfolio_titles_match_as_the_original_pattern(text):
    from provenance.extract.portfolios import _TITLE

    assert [m.span() for m in _TITLE.finditer(text)] == [
        m.span() for m in _TITLE_ORIGINAL.finditer(text)
    ]
