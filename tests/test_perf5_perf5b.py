"""Round-5 speed shortcuts of the source side give the answers of what they replace.

- ``Gazetteer._find_ascii`` matches the aliases of a first word with one trie-shaped regex
  (longest alias standing at the place) instead of an alternation of the aliases in the
  order ``find`` tries them; compared with a verbatim copy of the alternation version.
- ``sources._possessives`` skips a sentence without a word that can end a body's name
  ("ministry", "police", "government"...); compared with the plain ``finditer``.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import mention_scan, sources
from provenance.extract.gazetteer import Gazetteer, _next_alias

GAZ = Gazetteer.default()

# First words with many aliases (the trie matters there), and their aliases in several cases.
_BUSY = sorted(GAZ._ascii_firsts, key=lambda w: -len(GAZ._ascii_firsts[w][1]))[:12]
_ALIASES = sorted(
    {
        alias.decode()
        for word in _BUSY
        for alias, _, _ in GAZ._ascii_firsts[word][1]
        if len(alias) < 60
    }
)
_PIECES = st.one_of(
    st.sampled_from(_ALIASES),
    st.sampled_from(_ALIASES).map(str.title),
    st.sampled_from(_ALIASES).map(str.upper),
    st.sampled_from(_ALIASES).map(lambda a: a.rsplit(" ", 1)[0]),  # cut short
    st.sampled_from(
        ["the", "The", "said", "'s", "-", "state", "of", "North", "Korean", "UN", "WHO", "AP"]
    ),
    st.text(alphabet="abcXY -'.,", max_size=6),
)
_GLUE = st.sampled_from([" ", " ", "  ", "-", ", ", "'s ", "\n", ""])
TEXT = st.lists(st.tuples(_PIECES, _GLUE), max_size=10).map(
    lambda parts: "".join(p + g for p, g in parts)
)


def _alternation(items):
    """Verbatim copy of the former ``gazetteer._aliases_pattern`` (one group per alias)."""
    alternatives, aliases = [], []
    for alias, exact, entry in items:
        if not alias.isascii() or (exact is not None and not exact.isascii()):
            continue
        written = alias.encode()
        alternatives.append(b"(" + re.escape(written) + b")")
        aliases.append((written, exact, entry))
    body = b"|".join(alternatives) or b"(?!)"
    return re.compile(b"(?:" + body + rb")(?![\w-])"), tuple(aliases)


_OLD = {key.encode(): _alternation(items) for key, items in GAZ._by_first.items() if key.isascii()}


def _find_ascii_before(gaz, text, view):
    """Verbatim copy of the former ``Gazetteer._find_ascii`` (group index = alias index)."""
    firsts = gaz._ascii_keys.intersection(view[2])
    if not firsts:
        return []
    low = view[0]
    out = []
    patterns = _OLD
    end_taken = -1
    for start, word in mention_scan.word_positions(view, firsts, gaz._ascii_vocab):
        if start < end_taken:
            continue
        pattern, aliases = patterns[word]
        m = pattern.match(low, start)
        if m is None:
            continue
        k = m.lastindex - 1
        alias, exact, entry = aliases[k]
        stop = m.end()
        if exact is not None and text[start:stop] != exact:
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


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_alias_trie_finds_what_the_alternation_found(text):
    view = mention_scan.ascii_words(text)
    if view is None:
        return
    got = [(a, b, id(e)) for a, b, e in GAZ.find(text, view)]
    assert got == [(a, b, id(e)) for a, b, e in _find_ascii_before(GAZ, text, view)]


def test_alias_trie_takes_the_longest_alias_and_the_first_of_twins():
    text = "North Korean military officials and north korea said"
    view = mention_scan.ascii_words(text)
    assert [(a, b) for a, b, _ in GAZ.find(text, view)] == [
        (a, b) for a, b, _ in _find_ascii_before(GAZ, text, view)
    ]
    for _pattern, aliases, first in GAZ._ascii_firsts.values():
        for k, (alias, _, _) in enumerate(aliases):
            assert first[alias] <= k
            assert aliases[first[alias]][0] == alias


_OWNERS = st.sampled_from(["Russia", "the Kremlin", "Ukraine", "UN", "The Agency", "it", "Lee"])
_AFTER = st.sampled_from(
    [
        "defence ministry",
        "state news agency",
        "air force",
        "armed forces",
        "prosecutor's office",
        "central bank",
        "government",
        "main statistics office",
        "military",
        "forces",
        "ministry-run",
        "top general",
        "war",
        "president",
        "coast guard",
        "national guard",
        "civil protection",
        "civil defence",
    ]
)
POSSESSIVES = st.lists(
    st.tuples(_OWNERS, st.sampled_from(["'s ", "’s ", " ", "'s  "]), _AFTER, _GLUE), max_size=5
).map(lambda parts: "".join(o + s + a + g for o, s, a, g in parts))


@settings(max_examples=500, deadline=None)
@given(POSSESSIVES)
def test_possessives_without_a_head_word_find_nothing(sentence):
    view = mention_scan.ascii_words(sentence)
    got = [m.span() for m in sources._possessives(sentence, view)]
    assert got == [m.span() for m in sources._POSSESSIVE_ORG.finditer(sentence)]
    if view is not None and sources._POSSESSIVE_HEAD_WORDS.isdisjoint(view[2]):
        assert got == []


def test_possessive_head_words_are_the_last_words_of_the_heads():
    assert {b"ministry", b"office", b"force", b"forces", b"guard", b"government"} <= (
        sources._POSSESSIVE_HEAD_WORDS
    )
    assert b"state" not in sources._POSSESSIVE_HEAD_WORDS


_ORG_WORDS = st.sampled_from(
    [
        "Ministry",
        "ministry",
        "Bureau",
        "of",
        "the",
        "Things",
        "(BOT)",
        "(",
        "Office's",
        "Co.",
        "said",
    ]
)
ORG_TEXT = st.lists(st.tuples(_ORG_WORDS, _GLUE), max_size=8).map(
    lambda parts: "".join(w + g for w, g in parts)
)


@settings(max_examples=300, deadline=None)
@given(ORG_TEXT)
def test_org_names_early_exit_only_without_anchors(sentence):
    # org_names returns [] before building the anchor list when no head word is among the
    # words and no bracket is in the sentence: exactly when that list would be empty.
    from provenance.extract import orgnames

    view = mention_scan.ascii_words(sentence)
    if view is not None and orgnames._HEADS_LOWER.isdisjoint(view[2]) and "(" not in sentence:
        assert orgnames._anchors(sentence, view) == []
