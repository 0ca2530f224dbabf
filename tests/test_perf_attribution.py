"""The attribution fast paths give the same answers as the formulations they replace.

Each shortcut taken for speed in :mod:`provenance.extract.attribution`, ``.cuewords``,
``.resolution``, ``.ordering`` and ``.dates`` is compared here with the original (kept
verbatim below where the original is gone from the code), on text built from the words
the rules care about, glued to letters, hyphens, underscores and non-ASCII characters, and
on arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import attribution as att
from provenance.extract import reporting_verbs as rv
from provenance.extract.cuewords import sentence_words

from .test_extract_fastpaths import DIGIT, may_name_a_day

#: Words of the cue patterns (read from the patterns, not from the code under test),
#: matches of the patterns themselves, and characters that test the word boundaries (glued
#: without spaces they make "xsaid", "said-", "said_", "éAccording").
CUE_WORDS = sorted(set(re.findall(r"[A-Za-z]+", rv.VERB.pattern + att._OBJECT_CUES.pattern)))
GLUE = [" ", " ", " ", "  ", "-", "_", "é", "“", "’", "\u00a0", "\n", ",", ".", ";", "x", "1"]
PIECES = st.one_of(
    st.sampled_from(CUE_WORDS + GLUE),
    st.from_regex(rv.VERB, fullmatch=True),
    st.from_regex(att._OBJECT_CUES, fullmatch=True),
)
CUEY = st.lists(PIECES, max_size=12).map("".join)
SPACED = st.lists(PIECES, max_size=12).map(" ".join)
TEXT = st.one_of(CUEY, SPACED, st.text(max_size=80))


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


def test_first_words_of_the_verbs_are_whole_words_in_every_match():
    # The word checks rely on it: after each verb's first word the pattern wants a space,
    # \b or the end of the alternative, so that word never runs into another.
    for alt in rv._top_alternatives(rv._SPEECH_VERBS):
        first = re.match(r"[a-z]+", alt).group()
        assert alt[len(first) :] == "" or alt[len(first) :].startswith((" ", r"\b")), alt


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_verb_matches_are_those_of_the_pattern(text):
    plain = _spans(rv.VERB.finditer(text))
    assert _spans(att._verb_matches(text)) == plain
    assert _spans(att._verb_matches(text, sentence_words(text))) == plain


@settings(max_examples=600, deadline=None)
@given(TEXT)
def test_object_cues_are_those_of_the_pattern(text):
    plain = _spans(att._OBJECT_CUES.finditer(text))
    assert _spans(att._object_cues(text, sentence_words(text))) == plain


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_sentence_words_keep_offsets(text):
    padded, words = sentence_words(text)
    assert len(padded) == len(text) + 2
    for m in re.finditer(r"[A-Za-z0-9_]+", text):
        assert padded[m.start() + 1 : m.end() + 1] == m.group().encode()


# --- ordering: the original formulations, verbatim ------------------------------------


def _order_frames_plain(frames, figure_pos):
    sources = [f for f in frames if f.role == "source"]
    speakers = [f for f in frames if f.role == "speaker"]
    relays = [f for f in frames if f.role == "relay"]
    before = sorted((f for f in speakers if f.pos < figure_pos), key=lambda f: -f.pos)
    after = sorted((f for f in speakers if f.pos >= figure_pos), key=lambda f: f.pos)
    ordered = list(sources)
    for f in before + after:
        ordered.append(f)
        ordered.extend(r for r in frames if r.role == "recipient" and r.owner == f.mention.start)
    ordered.extend(sorted(relays, key=lambda f: f.pos))
    return ordered


def _clause_frames_plain(sentence, frames, figure_pos, cuts):
    for a, b in zip(cuts, cuts[1:], strict=False):
        if a <= figure_pos < b:
            inside = [f for f in frames if a <= f.pos < b or a <= f.mention.start < b]
            if any(f.role in ("speaker", "source") for f in inside):
                return inside
    return frames


class _Mention:
    def __init__(self, start):
        self.start = start


FRAMES = st.lists(
    st.builds(
        lambda role, pos, start, owner: att.Frame(role, _Mention(start), "said", pos, owner=owner),
        st.sampled_from(["speaker", "source", "relay", "recipient", "other"]),
        st.integers(0, 40),
        st.integers(0, 40),
        st.integers(-1, 40),
    ),
    max_size=8,
)
CLAUSES = st.lists(st.sampled_from(["a", " b", ";", ", while ", " whereas ", "said"]), max_size=12)


@settings(max_examples=800, deadline=None)
@given(FRAMES, st.integers(-2, 45))
def test_order_frames_is_the_original_order(frames, figure_pos):
    got = att.order_frames(frames, figure_pos)
    want = _order_frames_plain(frames, figure_pos)
    assert [id(f) for f in got] == [id(f) for f in want]


@settings(max_examples=800, deadline=None)
@given(CLAUSES.map("".join), FRAMES, st.integers(-2, 45))
def test_clause_frames_is_the_original_clause(sentence, frames, figure_pos):
    cuts = att.clause_cuts(sentence)
    got = att.clause_frames(sentence, frames, figure_pos, cuts=cuts)
    want = _clause_frames_plain(sentence, frames, figure_pos, cuts)
    assert [id(f) for f in got] == [id(f) for f in want]
    assert att.clause_frames(sentence, frames, figure_pos) == got


# --- dates: the original as_of, verbatim ----------------------------------------------


def _as_of_plain(text, published):
    from provenance.extract import dates

    pub = dates.parse_date(published)
    if not DIGIT.search(text) and not may_name_a_day(text):
        return None
    m = dates._DATE.search(text) if any(p in text for p in dates._MONTH_OPENERS) else None
    if m:
        month = dates.MONTHS.get((m.group("month") or m.group("monthb")).lower().rstrip("."))
        day = int(m.group("day2") or m.group("day") or m.group("dayb"))
        year = m.group("year") or m.group("yearb")
        weekday = dates._weekday_before(text, m.start())
        return dates._resolve(month, day, int(year) if year else None, weekday, pub)
    m = dates._WEEKDAY.search(text) if pub and "day" in text else None
    if m:
        target = dates.WEEKDAYS[m.group("wd").lower()]
        return (pub - dates.dt.timedelta(days=(pub.weekday() - target) % 7)).isoformat()
    m = dates._RELATIVE.search(text) if pub else None
    if m:
        return (
            pub - dates.dt.timedelta(days=1 if m.group("rel").lower() == "yesterday" else 0)
        ).isoformat()
    return None


def _date_pieces():
    from provenance.extract import dates

    words = sorted(set(re.findall(r"[A-Za-z]+", dates._DATE.pattern + dates._WEEKDAY.pattern)))
    return st.one_of(
        st.sampled_from(
            words
            + ["on", "last", "today", "Yesterday", "TODAY", "yeſterday", "(", ")", "'s", "Sept."]
            + ["1", "12", "123", "٣", "2024", "1999", " ", " ", "  ", "\u00a0", "\n", "-", "x", ","]
        ),
        st.from_regex(dates._DATE, fullmatch=True),
        st.from_regex(dates._WEEKDAY, fullmatch=True),
    )


DATEY = st.one_of(
    st.lists(_date_pieces(), max_size=10).map("".join),
    st.lists(_date_pieces(), max_size=10).map(" ".join),
    st.text(max_size=60),
)


@settings(max_examples=600, deadline=None)
@given(DATEY, st.sampled_from([None, "2025-05-02", "2024-02-29"]))
def test_as_of_is_the_original(text, published):
    from provenance.extract.dates import as_of

    assert as_of(text, published) == _as_of_plain(text, published)


@settings(max_examples=600, deadline=None)
@given(DATEY)
def test_first_date_and_weekday_are_those_of_search(text):
    from provenance.extract import dates

    for pattern, names, prefix in (
        (dates._DATE, dates._MONTH_NAME, dates._day_prefix),
        (dates._WEEKDAY, dates._WEEKDAY_NAME, dates._on_prefix),
    ):
        fast, plain = dates._first_match(pattern, names, text, prefix), pattern.search(text)
        assert (fast and (fast.span(), fast.groupdict())) == (
            plain and (plain.span(), plain.groupdict())
        )


# --- unnamed_data: the original, verbatim ---------------------------------------------


def _unnamed_data_plain(sentence):
    from provenance.extract._text import plain_lower

    low = plain_lower(sentence)
    if low is not None and not re.search("citing|based on|according to|relying on", low):
        return False
    return bool(att._UNNAMED_DATA.search(sentence))


UNNAMED = st.lists(
    st.one_of(
        st.sampled_from(
            sorted(set(re.findall(r"[A-Za-z]+", att._UNNAMED_DATA.pattern)))
            + ["ACCORDING", "Based", "ſ", "İ", "ı", "K", " ", " ", "\u00a0", "-", "é", ","]
        ),
        st.from_regex(att._UNNAMED_DATA, fullmatch=True),
    ),
    max_size=10,
)


@settings(max_examples=600, deadline=None)
@given(st.one_of(UNNAMED.map("".join), UNNAMED.map(" ".join), st.text(max_size=60)))
def test_unnamed_data_is_the_original(sentence):
    assert att.unnamed_data(sentence) == _unnamed_data_plain(sentence)


# --- records: Hop0 and Frame behave as the frozen attrs classes they replace -----------


def test_records_compare_hash_and_print_by_fields():
    from provenance.extract.resolution import _is_person

    a = att.Hop0("Kyrylo Budanov", "military", "Budanov", None, 3, 10)
    b = att.Hop0(
        source="Kyrylo Budanov", kind="military", mention="Budanov", cue=None, start=3, end=10
    )
    assert a == b and hash(a) == hash(b) and not (a != b)
    assert _is_person(a) and a == b  # the cached answer is not a field
    assert a != att.Hop0("Kyrylo Budanov", "military", "Budanov", None, 3, 11)
    assert a.members == () and a.start == 3
    assert repr(att.Hop0("X", "ngo", None, None)) == (
        "Hop0(source='X', kind='ngo', mention=None, cue=None, start=None, end=None, members=())"
    )
    f = att.Frame("speaker", "m", "said", 4)
    assert (f.owner, f.expectation) == (-1, False)
    assert f == att.Frame("speaker", "m", "said", 4, owner=-1) and f != att.Frame(
        "relay", "m", "said", 4
    )
    assert f != ("speaker", "m", "said", 4, -1, False)
    assert (
        repr(f)
        == "Frame(role='speaker', mention='m', cue='said', pos=4, owner=-1, expectation=False)"
    )


# --- pre-checks in front of patterns ---------------------------------------------------

PREFIXY = st.lists(
    st.sampled_from(
        ["when", "When", "Once", "after", "After", "Before", "since", "Until", "as", "has"]
        + ["xwhen", "(when", "it", "the agency", "last", ",", ", ", ",\n", "\u00a0", "\n", " "]
        + ["  ", "x_y", "’s", "'s", "the UN's coordinator", "Jane Doe", "é"]
    ),
    max_size=12,
)


@settings(max_examples=600, deadline=None)
@given(st.one_of(PREFIXY.map(" ".join), PREFIXY.map("".join), st.text(max_size=60)))
def test_prechecks_never_hide_a_match(prefix):
    assert att._in_subordinate_clause(prefix) == bool(att._SUBORDINATE_TAIL.search(prefix))
    if att._APPOSITIVE.search(prefix):
        assert prefix.rstrip().endswith(",")
    for at in range(len(prefix) + 1):
        if att._POSSESSIVE_DATA.match(prefix, at):
            assert prefix.startswith(("'s", "’s"), at)


BREAKY = st.lists(
    st.sampled_from(["while", "whereas", "whilst", "awhile", ",", ";", " ", "  ", "\u00a0", "\n"])
    | st.sampled_from(["x", "said", "-", "é"]),
    max_size=14,
)


@settings(max_examples=600, deadline=None)
@given(st.one_of(BREAKY.map("".join), BREAKY.map(" ".join), st.text(max_size=60)))
def test_clause_cuts_are_those_of_the_pattern(sentence):
    from provenance.extract import ordering

    plain = [m.end() for m in ordering._CLAUSE_BREAK.finditer(sentence)]
    assert att.clause_cuts(sentence) == [0, *plain, len(sentence) + 1]
