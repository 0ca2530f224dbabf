"""Round-8 speed work on the mention side gives the same answers as the code it replaces.

The originals are kept verbatim below (or are the plain patterns the fast forms come from);
inputs are sentences built from the rules' own trigger words, capitalised words, particles,
digits and punctuation, and arbitrary ASCII text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import gaz_misreadings, name_patterns, orgnames, sources
from provenance.extract.gazetteer import Gazetteer
from provenance.extract.mention_scan import ascii_words
from provenance.extract.person_words import NOT_NAMES

TITLES = sorted(name_patterns.TITLE_SET)[::7]
NAMES = ["Jane", "Roe", "McGrail", "DeLuca", "Lee-Smith", "Baba-ahmed", "Ann", "Xi", "A", "Q"]
LINKS = ["von", "der", "de", "del", "della", "bin", "al-Ajri", "el-", "as-", "ash-Sham", "al-"]
OTHER = ["said", "the", "North", "Korea", "Ministry", "Marks", "&", "Spencer", "UK", "Water"]
GLUE = [" ", "  ", "\n", "-", "'s", "’s", ",", ".", "(", ")", "1", "_", "x", "Ab1", "AB"]
PIECES = st.sampled_from(TITLES + NAMES + LINKS + OTHER + GLUE)
ASCII_TEXT = st.one_of(
    st.lists(PIECES, max_size=24).map(" ".join),
    st.lists(PIECES, max_size=24).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
)


def _searches(pattern, text):
    out = []
    for pos in range(len(text) + 1):
        m = pattern.search(text, pos)
        out.append(
            None
            if m is None
            else (m.span(), m.groupdict(), m.span("name") if "name" in m.re.groupindex else None)
        )
    return out


@settings(max_examples=800, deadline=None)
@given(ASCII_TEXT)
def test_ascii_forms_find_what_the_patterns_find(text):
    assert _searches(name_patterns.PERSON_ASCII, text) == _searches(name_patterns.PERSON, text)
    assert _searches(name_patterns.NAME_PAIR_ASCII, text) == _searches(
        name_patterns.NAME_PAIR_PLAIN, text
    )


def test_ascii_forms_are_built_from_the_patterns():
    assert "++" in name_patterns.PERSON_ASCII.pattern
    assert name_patterns.UP not in name_patterns.NAME_PAIR_ASCII.pattern
    assert name_patterns.LOW not in name_patterns.PERSON_ASCII.pattern
    # the look-ahead after a token's whitespace lets through every link word and particle
    links = name_patterns.LINK_WORDS
    assert links == "(?:(?:" + "|".join(name_patterns._LINK_LIST) + r")\s+){0,2}"
    for word in (*name_patterns._LINK_LIST, *name_patterns.PARTICLES):
        assert word[0] in name_patterns._NEXT_LOWER


def _original_drop_misreadings(sentence: str, gaz: list, not_names: frozenset[str]) -> list:
    # verbatim from gaz_misreadings.py before round 8
    if any(e.source.kind == "government" and b - a <= 3 for a, b, e in gaz):
        gaz = [g for g in gaz if not gaz_misreadings._name_ends_in_country(sentence, *g, not_names)]
    if any(gaz_misreadings._NAME_NEXT.match(sentence, b) for _, b, _ in gaz):
        gaz = [g for g in gaz if not gaz_misreadings._first_name_alias(sentence, *g, not_names)]
    if any(e.source.name.startswith("The ") for _, _, e in gaz):
        gaz = [g for g in gaz if not gaz_misreadings._end_of_longer_title(sentence, *g)]
    if gaz and gaz[0][0] == 0 and gaz[0][2].source.name.startswith("The "):
        if not sentence.startswith("The ") and gaz_misreadings._title_without_the(
            sentence, gaz[0][0], gaz[0][1]
        ):
            gaz = gaz[1:]
    return gaz


GAZ = Gazetteer.default()
GAZ_WORDS = [
    "UK", "US", "Water", "Energy", "The", "Times", "Independent", "Savannah", "Reuters", "AFP",
    "Saba", "Qureshi", "told", "said", "Russia", "Kremlin", "the", "WHO", "Dr", "Cycling", "EU",
]  # fmt: skip
GAZ_TEXT = st.one_of(
    st.lists(st.sampled_from(GAZ_WORDS + NAMES + ["", ",", "."]), max_size=14).map(" ".join),
    st.text(max_size=40),
)


@settings(max_examples=800, deadline=None)
@given(GAZ_TEXT)
def test_drop_misreadings_is_the_original(text):
    gaz = GAZ.find(text, ascii_words(text))
    not_names = sources._NOT_NAMES_OR_TITLES
    assert gaz_misreadings.drop_misreadings(text, gaz, not_names) == _original_drop_misreadings(
        text, gaz, not_names
    )
    assert NOT_NAMES <= not_names


# verbatim from orgnames.py before round 8
_ORIGINAL_LISTED = re.compile(
    r"(?<![\w-])(?:Ministry|Department|Office|Committee|Secretariat|Directorate|Agency)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][a-z]+(?:,\s+[A-Z][a-z]+)+,?\s+(?:and|&)\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?![\w-])"
)
LIST_WORDS = [
    "Ministry", "Department", "Office", "Committee", "Secretariat", "Directorate", "Agency",
    "of", "for", "the", "Housing", "Communities", "Local", "Government", "and", "&", "xMinistry",
    "-Agency", "Ministry-", "MINISTRY", "ministry", "Food",
]  # fmt: skip
LIST_TEXT = st.one_of(
    st.lists(
        st.sampled_from(LIST_WORDS + [", ", ",", " ", "\n", "-", "_", "1", "é"]), max_size=16
    ).map("".join),
    st.lists(st.sampled_from(LIST_WORDS + [",", "-"]), max_size=16).map(" ".join),
    st.text(max_size=50),
)


@settings(max_examples=800, deadline=None)
@given(LIST_TEXT)
def test_listed_names_pattern_is_the_original(text):
    spans = [m.span() for m in _ORIGINAL_LISTED.finditer(text)]
    assert [m.span() for m in orgnames._LISTED.finditer(text)] == spans
    view = ascii_words(text)
    if view is not None and orgnames._LISTED_HEADS.isdisjoint(view[2]):
        assert spans == []  # org_names skips the pattern there


SUBJECT_WORDS = [
    "Halvex", "AT&T", "Marks", "&", "Spencer", "FIFA", "DAZN", "ABCDEFG", "Oklahoma", "Gas",
    "Electric", "said", "says", "reported", "told", "has", "had", "also", "on", "Tuesday", "later",
    "then", "the", "company", "Co-op", "X1", "A1b", "O'Neil", "Vestrel", "said.", "forecasts",
]  # fmt: skip
SUBJECT_TEXT = st.one_of(
    st.lists(st.sampled_from(SUBJECT_WORDS + [",", ", ", "  ", "\n", "-", "'s"]), max_size=16).map(
        " ".join
    ),
    st.lists(
        st.sampled_from(SUBJECT_WORDS + [",", ", ", " ", " ", "x" * 30, "-", "_", "’"]), max_size=20
    ).map("".join),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=60),
)


@settings(max_examples=1000, deadline=None)
@given(SUBJECT_TEXT)
def test_company_subject_ascii_form_matches_the_pattern(text):
    for pos in range(len(text) + 1):
        a = sources._COMPANY_SUBJECT.match(text, pos)
        b = sources._COMPANY_SUBJECT_ASCII.match(text, pos)
        assert (a and (a.span(), a.span("name"))) == (b and (b.span(), b.span("name")))


def _original_adds_surnames(sentence, mentions, people):
    # verbatim from sources.py before round 8
    if orgnames.adds_acronym(sentence, people):
        return True
    early = [(m.start, m.end) for m in mentions if m.type in sources._EARLY_TYPES and not m.guessed]
    for m in sources._surnames(sentence):
        if m.group(1) in people:
            a, b = m.span(1)
            if all(b <= s or e <= a for s, e in early):
                return True
    return False


def _original_is_acronym(acr):
    # verbatim from orgnames.py before round 8
    letters = [c for c in acr if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    return caps >= 2 and caps * 2 >= len(letters) and not orgnames._PARTY_STATE.match(acr)


def _original_initials_of(name, acr):
    # verbatim from orgnames.py before round 8
    if " " in acr:
        lead, rest = acr.split(" ", 1)
        return lead in name.split()[:2] and lead[:1].isupper() and orgnames._is_acronym(rest)
    letters = "".join(w[0] for w in name.split() if w[:1].isupper())
    return 3 <= len(acr) <= 8 and acr.isalpha() and letters.lower() == acr.lower()


TOKENS = ["Lee", "Kim", "BOT", "NaDMA", "Epra", "McGrail", "Lee-Smith", "Müller", "DSHS", "R-TX"]
PEOPLE = st.dictionaries(
    st.sampled_from(TOKENS) | st.text(alphabet="AaBbİıé-. ", min_size=1, max_size=6),
    st.tuples(
        st.sampled_from(["Jane Lee", "Bureau of Things", "Energy Petroleum Regulatory Authority"])
        | st.text(alphabet="AaBbİ ", max_size=12),
        st.just("person"),
    ),
    max_size=5,
)
SURNAME_TEXT = st.one_of(
    st.lists(
        st.sampled_from(TOKENS + ["said", "Ms", "the", "'s", "’s", "-", "x"]), max_size=12
    ).map(" ".join),
    st.lists(st.sampled_from(TOKENS + [" ", "-", "'s", "s", "A", "é", "_"]), max_size=12).map(
        "".join
    ),
    st.text(max_size=40),
)


@settings(max_examples=1000, deadline=None)
@given(SURNAME_TEXT, PEOPLE, st.data())
def test_adds_surnames_is_the_original(text, people, data):
    mentions = sources.find_mentions(text, GAZ)
    if mentions and data.draw(st.booleans()):
        mentions = mentions[1:]
    assert sources.adds_surnames(text, mentions, people) == _original_adds_surnames(
        text, mentions, people
    )


@settings(max_examples=1000, deadline=None)
@given(PEOPLE.map(lambda p: list(p.items())), st.sampled_from(TOKENS) | st.text(max_size=9))
def test_acronym_tests_are_the_originals(items, token):
    for acr, (name, _) in [*items, (token, ("Bureau Of Things", "other"))]:
        assert orgnames._is_acronym(acr) == _original_is_acronym(acr)
        assert orgnames.initials_of(name, acr) == _original_initials_of(name, acr)


def test_wire_datelines_name_their_agency_in_brackets():
    # segment tries the wire patterns only on paragraphs holding "(": each needs one
    from provenance.extract import structure

    for pattern in (structure._WIRE, structure._WIRE_DATED, structure._WIRE_TITLE):
        assert r"\((?P<agency>" in pattern.pattern
