"""The speed shortcuts of find_mentions give the same answers as the plain scans they replace.

``mention_scan`` tries the mention patterns only in the words in front of the words they
need, and looks trigger words up in a set of the sentence's words; ``Gazetteer.find``
visits alias first words found the same way. Each is compared here with the plain
``finditer``/``search`` (or, for the gazetteer, a verbatim copy of the loop it replaces)
on news-like text built from the words the rules care about, glued with every kind of
separator the windows must get right, and on arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import groups, mention_scan, sources
from provenance.extract.sources import Gazetteer

GAZ = Gazetteer.default()

_ALIASES = sorted({a for e in GAZ.entries[:150] for a in (e.source.name, *e.source.aliases)})
WORDS = st.one_of(
    st.sampled_from(
        [
            "Lee",
            "Kim",
            "Ann",
            "Lee's",
            "McDonald",
            "Jean-Luc",
            "Tedros",
            "Health",
            "Minister",
            "minister",
            "Prime",
            "Director-General",
            "Gen.",
            "U.S.",
            "President",
            "former",
            "deputy",
            "a",
            "the",
            "The",
            "its",
            "their",
            "South",
            "Korean",
            "senior",
            "military",
            "state",
            "State",
            "TV",
            "media",
            "reports",
            "lawmakers",
            "lawmaker",
            "MPs",
            "ex-MP",
            "officials",
            "OFFICIALS",
            "Officials",
            "emergency services",
            "in the",
            "region",
            "spokesman",
            "for",
            "lawyers",
            "family",
            "people familiar with the matter",
            "who spoke on condition of anonymity",
            "polled by",
            "Reuters",
            "agency",
            "ministry",
            "Ministry",
            "ministry's",
            "spy agency",
            "Sources",
            "sources",
            "foundation study",
            "air force",
            "government",
            "data",
            "company",
            "Iberdrola",
            "Halvex",
            "Acme Corp",
            "on Tuesday",
            "has",
            "later",
            "reported",
            "announced",
            ", which makes cars,",
            "her",
            "Which",
            "(Police",
            '"Senior',
            "KNOWN.SOURCE.KIND",
            "Russia's",
            "said",
            "told",
            "it",
            "they",
            "600",
            ",",
            ".",
            "ı",
            "ſources",
            "Ünïcode",
        ]
    ),
    st.sampled_from(_ALIASES),
)
SEPARATORS = st.sampled_from(
    [" ", " ", " ", " ", "", "  ", "\t", "\n", "\x1c", "(", '"', ".", "-", ", ", "'s ", "\xa0"]
)
NEWSY = st.lists(st.tuples(WORDS, SEPARATORS), max_size=25).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
CAPITALISED = st.sampled_from(
    ["Acme", "Halvex", "Ivory", "Coast", "North", "Lee", "UN", "Corp", "US"]
)
SPACE = st.sampled_from([" ", "  ", "\n", "\t", "\x1c", ""])
# Phrases shaped like the rules' matches, so that the windows in front of their anchor words
# (verbs, "'s") are exercised at their full width.
SUBJECT = st.tuples(
    CAPITALISED,
    st.sampled_from(["", " Corp", "  Inc"]),
    st.sampled_from(
        ["", ", which makes cars,", ",a,", ", " + "x" * 79 + ",", ",," + "y" * 81 + ","]
    ),
    SPACE,
    st.sampled_from(["", "has ", "on Tuesday ", "later  "]),
    st.sampled_from(["said", "reported", "says-", "told"]),
).map("".join)
POSSESSIVE = st.tuples(
    st.sampled_from(["", "the ", "The  ", "(the "]),
    CAPITALISED,
    st.sampled_from(["", " Coast", "\tKorea"]),
    st.sampled_from(["'s ", "’s ", "'s"]),
    st.sampled_from(["air force", "state agency", "police", "health ministry", "cars"]),
).map("".join)
PHRASES = st.lists(st.tuples(st.one_of(WORDS, SUBJECT, POSSESSIVE), SEPARATORS), max_size=12).map(
    lambda pairs: "".join(w + s for w, s in pairs)
)
TEXT = st.one_of(
    NEWSY, NEWSY.map(str.lower), PHRASES, PHRASES.map(str.upper), st.text(max_size=120)
)


def _spans(matches) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_groups_anchored_on_their_heads(sentence):
    view = mention_scan.ascii_words(sentence)
    assert _spans(groups.find_groups(sentence, view)) == _spans(groups.GROUP.finditer(sentence))


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_descriptions_anchored_on_their_heads(sentence):
    view = mention_scan.ascii_words(sentence)
    assert _spans(sources._descriptions(sentence, view)) == _spans(
        sources._DESCRIPTION.finditer(sentence)
    )


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_possessive_bodies_anchored_on_apostrophes(sentence):
    view = mention_scan.ascii_words(sentence)
    assert _spans(sources._possessives(sentence, view)) == _spans(
        sources._POSSESSIVE_ORG.finditer(sentence)
    )


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_company_subjects_anchored_on_verbs(sentence):
    view = mention_scan.ascii_words(sentence)
    assert _spans(sources._company_subjects(sentence, view)) == _spans(
        sources._COMPANY_SUBJECT.finditer(sentence)
    )


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_pronouns_at_their_words(sentence):
    view = mention_scan.ascii_words(sentence)
    assert _spans(sources._pronouns(sentence, view)) == _spans(sources._PRONOUN.finditer(sentence))


@settings(max_examples=400, deadline=None)
@given(TEXT, st.integers(0, 40))
def test_person_search_anchored_on_name_pairs(sentence, pos):
    pair = mention_scan.next_match(sources._NAME_PAIR, sentence)
    got = mention_scan.anchored_search(
        sources._PERSON, sentence, pos, pair, 6, None, sources._TITLE_SET.__contains__
    )
    want = sources._PERSON.search(sentence, pos)
    assert _spans([got] if got else []) == _spans([want] if want else [])


@settings(max_examples=300, deadline=None)
@given(st.one_of(WORDS, st.text(max_size=12)))
def test_title_set_is_the_title_pattern(word):
    title = re.compile(sources._TITLE_WORDS)
    assert (word in sources._TITLE_SET) == bool(title.fullmatch(word))


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_word_set_gates_never_skip_a_match(sentence):
    view = mention_scan.ascii_words(sentence)
    if view is None:
        return
    words = set(view[2])
    if sources._PRONOUN.search(sentence):
        assert not words.isdisjoint(sources._PRONOUN_WORDS)
    if sources._COMPANY_SUBJECT.search(sentence):
        assert not words.isdisjoint(sources._COMPANY_VERB_WORDS)


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        TEXT,
        st.lists(st.sampled_from(["sources", "Western officials", "unnamed", "a"]), max_size=6).map(
            " ".join
        ),
    )
)
def test_anonymity_words_gate_the_anonymity_pattern(text):
    if sources._ANON.search(text):
        assert any(w in text for w in sources._ANON_WORDS)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_word_positions_are_the_whole_words(sentence):
    view = mention_scan.ascii_words(sentence)
    if view is None:
        return
    words = set(view[2]) - {b""}
    assert words == {w.encode() for w in re.findall(r"\w+", sentence.lower())}
    want = [
        (m.start(), m.group().encode()) for m in re.finditer(r"(?<![\w-])\w+", sentence.lower())
    ]
    vocab = mention_scan.vocabulary(words)
    assert mention_scan.word_positions(view, words, vocab) == want


def _find_as_first_written(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    """Gazetteer.find before the ASCII shortcut: one trie regex over the folded text."""
    out = []
    folded = text.casefold().replace("’", "'") if not text.isascii() else text.casefold()
    if len(folded) != len(text):
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    end_taken = -1
    for m in gaz._first_words.finditer(folded):
        start = m.start()
        if start < end_taken:
            continue
        candidates = gaz._by_first[m.group(0)]
        for alias, exact, entry in candidates:
            stop = start + len(alias)
            if folded.startswith(alias, start) and (
                stop == len(text) or not (text[stop].isalnum() or text[stop] in "-_")
            ):
                if exact and text[start:stop].replace("’", "'") != exact:
                    continue
                begin = start
                before = folded[max(0, start - 4) : start]
                if before == "the " and (start - 4 == 0 or not text[start - 5].isalnum()):
                    begin = start - 4
                out.append((begin, stop, entry.source.name))
                end_taken = stop
                break
    return out


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_gazetteer_find_matches_the_trie_scan(text):
    got = [(a, b, e.source.name) for a, b, e in GAZ.find(text)]
    assert got == _find_as_first_written(GAZ, text)


def test_window_bound_grows_with_the_anchor():
    # A head inside a dotted word ("KNOWN.SOURCE") must not hide a group that opens
    # before it and ends at a later head.
    sentence = "KNOWN.SOURCE.KIND IN EMERGENCY SERVICES said"
    view = mention_scan.ascii_words(sentence)
    assert _spans(groups.find_groups(sentence, view)) == _spans(groups.GROUP.finditer(sentence))
    assert next(groups.find_groups(sentence, view)).start() == 0


def test_subject_window_of_a_later_verb_reaching_before_an_earlier_one():
    # The comma clause of the second "said" holds the first one: its window opens before
    # the first verb's window.
    sentence = "Acme, a b c d e said f, said the rest."
    view = mention_scan.ascii_words(sentence)
    assert _spans(sources._company_subjects(sentence, view)) == _spans(
        sources._COMPANY_SUBJECT.finditer(sentence)
    )
    assert next(sources._company_subjects(sentence, view)).start() == 0
