"""The extractor's fast paths give the same answers as the slower rules they stand in for.

Each shortcut added for speed (substring pre-filters, grouped alternations, skipping a
second look at a sentence) is checked here against the original formulation, on
news-like text built from the words the rules care about and on arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import sources
from provenance.extract._text import plain_lower
from provenance.extract.sources import Gazetteer, adds_surnames, find_mentions

GAZ = Gazetteer.default()
WORDS = st.sampled_from(
    [
        "Lee",
        "Kim",
        "Lee's",
        "lawmakers",
        "MPs",
        "ex-MP",
        "officials",
        "State TV",
        "state media",
        "spokesman",
        "people familiar with the matter",
        "the agency",
        "NIS",
        "Yonhap",
        "South Korea's",
        "said",
        "told",
        "it",
        "they",
        "600",
        "troops",
        ",",
        ".",
        "ı",
        "ſources",
        "Ünïcode",
    ]
)
NEWSY = st.lists(WORDS, max_size=25).map(" ".join)
TEXT = st.one_of(NEWSY, st.text(max_size=120))

# Test-only facts the extractor no longer needs at run time (its pre-checks moved to word
# lookups): every _OBJECT_CUES match contains one of these substrings, and an as_of
# pattern needs a digit or "day".
OBJECT_CUE_HINTS = (
    "ccording to",
    "iting",
    "s per",
    "count of",
    "briefing",
    "ed by",
    "interview with",
    "quoted",
    "ata from",
    "ata by",
    "igures from",
    "tatistics from",
    "report by",
    "report from",
)
DIGIT = re.compile(r"\d")


def may_name_a_day(text: str) -> bool:
    """False only when neither _WEEKDAY nor _RELATIVE can match (both need "day")."""
    low = plain_lower(text)
    return low is None or "day" in low


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_group_prefilter_agrees_with_group_pattern(sentence):
    # The pre-filter may say yes when no group matches, never no when one does.
    if sources._GROUP.search(sentence):
        assert sources._may_have_group(sentence)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_group_prefilter_is_the_hint(sentence):
    assert sources._may_have_group(sentence) == bool(sources._GROUP_HINT.search(sentence))


@settings(max_examples=300, deadline=None)
@given(NEWSY)
def test_surname_pass_skipped_only_when_it_changes_nothing(sentence):
    people = {"Lee": ("Lee Seong-kweun", "legislator"), "Kim": ("Kim Byung-kee", "legislator")}
    first = find_mentions(sentence, GAZ)
    if not adds_surnames(sentence, first, people):
        assert find_mentions(sentence, GAZ, people) == first


def test_surname_pass_needed_for_a_free_surname():
    people = {"Lee": ("Lee Seong-kweun", "legislator")}
    sentence = "Lee said the agency counted 600."
    first = find_mentions(sentence, GAZ)
    assert adds_surnames(sentence, first, people)
    assert any(m.source == "Lee Seong-kweun" for m in find_mentions(sentence, GAZ, people))


def _plain_trigger():
    """The number-start pattern as first written: one alternation tried at every position."""
    import re

    from provenance.extract.numbers import lexicon

    lex = lexicon()
    extra = {"several", "many", "dozens", "hundreds", "thousands", "millions", "billions"}
    extra |= {"scores", "tens", "half", "two", "three"}
    starters = sorted(set(lex["number_words"]) | extra, key=len, reverse=True)
    cased = "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" for w in starters)
    return re.compile(
        rf"US\$|[$€£¥₩₹]|\d[\d,.]*|\b(?:{cased})\b"
        r"|\b[Aa]n?[ \t]+(?=(?:few[ \t]+|couple[ \t]+of[ \t]+)?(?:hundred|thousand|million|"
        r"billion|trillion|dozen|half|third|quarter|fifth|tenth|battalion|brigade|regiment|compan|platoon|"
        r"division))"
    )


NUMBERISH = st.lists(
    st.sampled_from(
        ["US$", "U", "S", "$", "€5", "12,000.5", "٣", "one", "One", "ONE", "done", "éone", "_one"]
        + ["a", "an", "A", "few", "couple of", "hundred", "Tens", "sevens", "fifteen", "half"]
    ),
    max_size=10,
).flatmap(
    lambda ws: st.lists(
        st.sampled_from(["", " ", "-", "\n", "\t"]), min_size=len(ws), max_size=len(ws)
    ).map(lambda ss: "".join(w + s for w, s in zip(ws, ss, strict=True)))
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(NUMBERISH, st.text(max_size=80)), st.integers(0, 3))
def test_fast_trigger_matches_the_plain_alternation(text, pos):
    from provenance.extract.numbers import patterns

    plain = _plain_trigger()
    fast = patterns().trigger
    assert [m.span() for m in fast.finditer(text, pos)] == [
        m.span() for m in plain.finditer(text, pos)
    ]


def test_teen_number_words_reach_the_figure_finder():
    # "thirteen"/"fifteen" were not in the old per-sentence pre-filter, so extract() lost them.
    from provenance.extract import extract
    from provenance.models import Document

    for text, value in (("Fifteen soldiers were killed.", 15.0), ("Thirteen people died.", 13.0)):
        doc = Document.from_text(f"Headline\n\n{text}", title="Headline", published="2024-01-01")
        assert [c.figure.value for c in extract(doc)] == [value]


def _word_walk_find(gaz: Gazetteer, text: str) -> list[tuple[int, int, str]]:
    """Gazetteer.find as first written: look every word of the text up in the first-word index."""
    import re

    out = []
    folded = text.casefold().replace("’", "'") if not text.isascii() else text.casefold()
    if len(folded) != len(text):
        folded = "".join(c.lower() if len(c.lower()) == 1 else c for c in text).replace("’", "'")
    end_taken = -1
    for m in re.finditer(r"(?<![\w-])[\w]+", folded):
        start = m.start()
        if start < end_taken:
            continue
        for alias, exact, entry in gaz._by_first.get(m.group(0), ()):
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


ALIASY = st.lists(
    st.sampled_from(
        ["the", "The", "NIS", "nis", "National Intelligence Service", "Yonhap", "Reuters", "AP"]
        + ["pro-Reuters", "Reutersx", "Türkiye", "Élysée", "South Korea's", "ministry", "said"]
        + ["U.S.", "US", "UN", "Ukraine's", "Kyiv", "-", ",", "’s", "ß"]
    ),
    max_size=15,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(ALIASY, st.text(max_size=80)))
def test_gazetteer_trie_visits_the_same_words(text):
    got = [(a, b, e.source.name) for a, b, e in GAZ.find(text)]
    assert got == _word_walk_find(GAZ, text)


def test_trie_pattern_matches_exactly_the_words():
    import re

    from provenance.extract._text import trie_pattern

    words = ["a", "ab", "abc", "b", "bd", "é"]
    pat = re.compile(rf"(?:{trie_pattern(words)})\Z")
    for w in [*words, "", "abd", "c", "ac", "bdd"]:
        assert bool(pat.match(w)) == (w in words)


MENTIONY = st.lists(
    st.sampled_from(
        ["it", "It", "its", "he", "He", "her", "hers", "him", "she", "they", "them", "theme"]
        + ["which", "Which", "it's", "it’s", "-it", "_he", "\nhe", "The", "the agency", "Its"]
        + ["ministry", "Ministry", "spy agency", "Sources", "lawmakers", "foundation study"]
        + ["Health Minister Ann Lee", "Lee Seong-kweun", "Kim", "Mr.", "ſhe", "İt", "KIM"]
    ),
    max_size=15,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(MENTIONY, st.text(max_size=80)))
def test_pronoun_pattern_matches_the_plain_one(text):
    import re

    plain = re.compile(
        r"(?<![\w-])(?P<p>[Ii]t|[Hh]e|[Ss]he|[Tt]hey|[Hh]im|[Hh]er|[Tt]hem|[Ww]hich)(?![\w'’-])"
    )
    got = [(m.span(), m.group("p")) for m in sources._PRONOUN.finditer(text)]
    assert got == [(m.span(), m.group("p")) for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(st.one_of(MENTIONY, st.text(max_size=80)))
def test_description_and_person_prefilters_never_hide_a_match(text):
    if sources._DESCRIPTION.search(text):
        assert any(h in text for h in sources._DESCRIPTION_HEADS)
    if sources._PERSON.search(text):
        assert sources._NAME_PAIR.search(text)


@settings(max_examples=500, deadline=None)
@given(st.one_of(NUMBERISH, st.text(alphabet=st.characters(max_codepoint=127), max_size=80)))
def test_ascii_trigger_matches_the_plain_alternation_on_ascii(text):
    from provenance.extract.numbers import patterns

    text = text.encode("ascii", "ignore").decode()
    plain = _plain_trigger()
    assert [m.span() for m in patterns().trigger_ascii.finditer(text)] == [
        m.span() for m in plain.finditer(text)
    ]


DATEY = st.lists(
    st.sampled_from(
        ["on", "Monday", "Wednesday (April 30)", "today", "TODAY", "Yesterday", "yeſterday"]
        + ["December 14 and 15", "18 December", "Oct. 7, 2023", "citing", "CITING", "data"]
        + ["based on", "unconfirmed", "reports", "according to", "figures from", "relying on"]
        + ["MPs", "mp", "ex-MP", "İ", "said", "Sept. 3", "May 1", "3 Jan", "June", "Sunday's"]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(DATEY, st.text(max_size=60)), st.sampled_from([None, "2025-05-02"]))
def test_as_of_prechecks_change_nothing(text, published):
    from provenance.extract import dates

    if not DIGIT.search(text) and not may_name_a_day(text):
        assert not dates._DATE.search(text)
        assert not dates._WEEKDAY.search(text)
        assert not dates._RELATIVE.search(text)
    if dates._DATE.search(text):
        assert any(p in text for p in dates._MONTH_OPENERS)
    if dates._WEEKDAY.search(text):
        assert "day" in text


@settings(max_examples=400, deadline=None)
@given(st.one_of(DATEY, st.text(max_size=60)))
def test_unnamed_data_precheck_agrees_with_the_pattern(text):
    from provenance.extract import attribution

    assert attribution.unnamed_data(text) == bool(attribution._UNNAMED_DATA.search(text))


HEDGY = st.lists(
    st.sampled_from(
        ["believed", "BELIEVED", "Reportedly", "reported", "estimated", "an estimated", "may have"]
        + ["thought to", "said to be", "if", "If", "unless", "so that", "so  that", "though"]
        + ["although", "but", "butter", "when", "whether", "İf", "ıf", "ſo that", ",", ";", "-"]
        + ["allegedly", "unconfirmed", "likely", "highly likely", "could", "estimate", "x"]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(HEDGY, st.text(max_size=60)))
def test_case_insensitive_word_alternations_keep_their_matches(text):
    import re

    from provenance.extract.hedges import _HEDGE_STOP, _lex
    from provenance.extract.lexicon import alt as _alt
    from provenance.extract.lexicon import lexicon

    hedges = lexicon()["hedges"]
    plain_hedge = re.compile(rf"\b(?:{_alt(hedges['words'] + hedges['reported'])})\b", re.I)
    plain_wide = re.compile(rf"\b(?:{_alt(hedges['sentence_wide'])})\b", re.I)
    plain_stop = re.compile(
        r",|;|\b(?:if|unless|because|whether|when|so that|although|though|but)\b", re.I
    )
    for fast, plain in (
        (_lex().hedge_re, plain_hedge),
        (_lex().sentence_hedge_re, plain_wide),
        (_HEDGE_STOP, plain_stop),
    ):
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]


PHONEY = st.lists(
    st.sampled_from(["+44", "(020)", "7946", "0958", "12", "3", "-", ".", " ", "/", "2024"])
    | st.sampled_from(["12/5/2024", "1.2.3", "555-0100", "x", "٣", "٤"]),
    max_size=10,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(PHONEY, st.text(alphabet="0123456789 ./-+()٣", max_size=30)))
def test_phone_and_date_hint_never_hides_a_match(text):
    from provenance.extract.nonfigures import patterns

    p = patterns()
    if p.phone.search(text) or p.numeric_date.search(text):
        assert p.digit_sep_digit.search(text)


CURLY = st.lists(
    st.sampled_from(
        ["’", "“", "”", "—", "é", "ǅ", "Σ", "ß", "İ", "ı", "ſ", "\u212a", "According", "TO"]
        + ["an", "estimated", "Believed", "day", "TODAY", "citing", "data", "Officials", " "]
    ),
    max_size=15,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(CURLY, st.text(max_size=60)))
def test_plain_lower_stands_in_for_ignorecase(text):
    import re

    from provenance.extract._text import plain_lower

    low = plain_lower(text)
    if low is None:
        return
    for word in ("according to", "estimated", "believed", "day", "citing", "officials", "k"):
        assert bool(re.search(re.escape(word), text, re.I)) == (word in low)


@settings(max_examples=300, deadline=None)
@given(st.one_of(CURLY, HEDGY))
def test_an_estimated_skip_only_where_the_pattern_cannot_match(before):
    from provenance.extract._text import plain_lower
    from provenance.extract.hedges import _lex

    lx = _lex()
    low = plain_lower(before)
    if low is not None and not any(w in low for w in lx.an_estimated_words):
        assert not lx.an_estimated_re.search(before)


@settings(max_examples=500, deadline=None)
@given(st.one_of(NUMBERISH, CURLY, st.text(max_size=60)))
def test_trigger_choice_keeps_the_plain_matches(text):
    from provenance.extract import numbers

    p = numbers.patterns()
    chosen = p.trigger_ascii if numbers._ascii_digits_only(text) else p.trigger
    assert [m.span() for m in chosen.finditer(text)] == [
        m.span() for m in _plain_trigger().finditer(text)
    ]


VERBY = st.lists(
    st.sampled_from(
        [
            "the ministry",
            "has",
            "had also",
            "also",
            "said",
            "says",
            "say",
            "unsaid",
            "said-so",
            "put",
            "put the number at",
            "put the toll near",
            "could document",
            "could",
            "pointed to",
            "told",
            "and",
            "and also",
            "Band",
            "reported",
            "in a statement",
            "on X",
            "600",
            ",",
            "-",
            "\n",
            "\u00a0",
        ]
    ),
    max_size=14,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(VERBY, st.text(max_size=80)))
def test_reporting_verb_candidates_give_the_same_matches(text):
    # _verb_matches tries _VERB only where an opening word occurs: same matches as finditer.
    from provenance.extract import attribution as att

    plain = [(m.span(), m.group("verb"), m.group("tail")) for m in att.VERB.finditer(text)]
    fast = [(m.span(), m.group("verb"), m.group("tail")) for m in att._verb_matches(text)]
    assert fast == plain


@settings(max_examples=500, deadline=None)
@given(st.one_of(VERBY, st.text(alphabet=" and\u00a0\t\nlsoB", max_size=30)))
def test_and_tail_precheck_agrees_with_the_pattern(text):
    from provenance.extract import attribution as att

    assert att._ends_with_and(text) == bool(att._AND_TAIL.search(text))


CUEY = st.lists(
    st.sampled_from(
        [
            "According to",
            "according to",
            "citing",
            "Citing figures published by",
            "as per a report by",
            "By the count of",
            "after a briefing by",
            "After",
            "a briefing",
            "released by",
            "polled by",
            "an interview with",
            "cited by",
            "quoted",
            "the ministry",
            "Lee",
            "Kim-Jong",
            "Lee's",
            "Lee’s",
            "ex-Lee",
            "600",
            ",",
        ]
    ),
    max_size=12,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(CUEY, st.text(max_size=80)))
def test_object_cue_hints_never_hide_a_cue(text):
    from provenance.extract import attribution as att

    if att._OBJECT_CUES.search(text):
        assert any(h in text for h in OBJECT_CUE_HINTS)


@settings(max_examples=500, deadline=None)
@given(st.one_of(CUEY, st.text(max_size=80)))
def test_class_first_surname_pattern_matches_the_plain_one(text):
    import re

    # (round 6: a second capital or a capitalised part after the hyphen, "McGrail", "Baba-Ahmed")
    plain = re.compile(
        r"(?<![\w-])([A-Z][a-z]+(?:[A-Z][a-z]+)?(?:-[A-Za-z][a-z]+)?)(?:['’]s)?(?![\w-])"
    )
    fast = [(m.span(), m.group(1)) for m in sources._SURNAME.finditer(text)]
    assert fast == [(m.span(), m.group(1)) for m in plain.finditer(text)]


QUALY = st.lists(
    st.sampled_from(
        [
            "more than",
            "More Than",
            "up to",
            "a minimum of",
            "approx.",
            "around",
            "nearly",
            "over",
            "Toronto",
            "about\u00a0",
            "'",
            "“",
            '"',
            "\t",
            "ſome",
            "İn the region of",
            "well\nover",
        ]
    ),
    max_size=6,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(QUALY, st.text(max_size=40)), st.sampled_from(["", " ", "  ", " \u00a0", "\n"]))
def test_qualifier_precheck_agrees_with_the_pattern(text, space):
    from provenance.extract import numbers, qualifiers

    window = text + space
    expected = qualifiers.patterns().qual_before.search(window)
    found = numbers.qualifier_at_end(window)
    assert (found and found.span()) == (expected and expected.span())


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(["a", ";", ",", "while", "While", "whereas", "\n", "b"])).map(
            " ".join
        ),
        st.text(max_size=60),
    )
)
def test_clause_cuts_precheck_changes_nothing(text):
    import re

    from provenance.extract import attribution as att

    plain = [0] + [m.end() for m in re.finditer(r";|,?\s+(?:while|whereas)\s+", text)]
    assert att.clause_cuts(text) == [*plain, len(text) + 1]


SUBORDINATY = st.lists(
    st.sampled_from(
        ["when", "When", "once", "after", "as", "has", "it", "last", "the agency", "(when", ","]
        + ["\u00a0", "\n", "  ", "since", "until", "x_y"]
    ),
    max_size=10,
).map(" ".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(SUBORDINATY, st.text(max_size=60)), st.sampled_from(["", " ", "\u00a0 "]))
def test_subordinate_clause_check_scans_only_the_last_words(text, tail):
    from provenance.extract import attribution as att

    prefix = text + tail
    assert att._in_subordinate_clause(prefix) == bool(att._SUBORDINATE_TAIL.search(prefix))


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.lists(
            st.sampled_from(["a", ";", "(", ")", ",", "with", "saying", "-", "—", "\u00a0", "\n"])
        ).map(" ".join),
        st.text(max_size=60),
    )
)
def test_dashless_clause_boundaries_match_the_full_pattern(text):
    from provenance.extract import figures, hedges

    full = [m.span() for m in figures._BOUNDARY_RE.finditer(text)]
    if not any(d in text for d in "-—–"):
        assert [m.span() for m in figures._BOUNDARY_NO_DASH_RE.finditer(text)] == full
    if hedges._lex().end_estimate_re.search(text):
        assert "estimated" in text or "believe" in text


COMPANYISH = st.lists(
    st.sampled_from(
        ["Halvex", "Vestrel", "The", "the", "It", "O'Neill", "Ünïcode", "AT&T", "3M", "Ltd."]
        + ["'s", "’s"]
        + ["said", "says", "reported", "reports", "told", "announced", "estimates", "forecast"]
        + ["has", "also", "on Monday", ",", ", a unit of Foo,", "-", ".", "Russia's", "the UK's"]
        + ["defence ministry", "air force", "state agency", "police", "Ministry", "spy agency"]
        + ["their", "its", "Its", "Sources", "lawmakers", "foundation study", "news agency"]
    ),
    max_size=15,
).map(" ".join)


def _spans(matches):
    return [(m.span(), m.groupdict()) for m in matches]


@settings(max_examples=500, deadline=None)
@given(st.one_of(COMPANYISH, st.text(max_size=80)))
def test_class_first_company_subject_matches_the_plain_one(text):
    import re

    from provenance.extract.sources import _LOW, _UP

    # The pattern as written before its look-behind moved after the capital.
    plain = re.compile(
        rf"(?<![\w'’.-])(?P<name>[{_UP}][\w&’'-]*[{_LOW}\d](?:\s+[{_UP}][\w&’'-]*)?)"
        + sources._COMPANY_SUBJECT.pattern.split(")?)", 1)[1]
    )
    found = _spans(sources._COMPANY_SUBJECT.finditer(text))
    assert found == _spans(plain.finditer(text))
    if found:  # the verb pre-filter never hides a match
        assert any(v in text for v in sources._COMPANY_VERBS)


@settings(max_examples=500, deadline=None)
@given(st.one_of(COMPANYISH, MENTIONY, st.text(max_size=80)))
def test_finditer_from_start_letters_matches_finditer(text):
    from provenance.extract._text import finditer_from

    for pattern, starts in (
        (sources._DESCRIPTION, sources._DESCRIPTION_START),
        (sources._POSSESSIVE_ORG, sources._POSSESSIVE_START),
    ):
        assert _spans(finditer_from(pattern, starts, text)) == _spans(pattern.finditer(text))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40), st.lists(st.text(min_size=1, max_size=4), max_size=6))
def test_contains_any_is_the_alternation(text, needles):
    import re

    from provenance.extract._text import contains_any

    alternation = re.compile("|".join(map(re.escape, needles))) if needles else None
    expected = bool(alternation and alternation.search(text))
    assert contains_any(text, tuple(needles)) == expected


@settings(max_examples=400, deadline=None)
@given(
    st.one_of(
        st.lists(st.sampled_from(["a", ";", ",", " ", "\n", "while", "whereas", "whilst"])).map(
            "".join
        ),
        st.text(max_size=60),
    )
)
def test_clause_cuts_fast_path_matches_the_pattern(sentence):
    from provenance.extract import ordering

    plain = [m.end() for m in ordering._CLAUSE_BREAK.finditer(sentence)]
    assert ordering.clause_cuts(sentence) == [0, *plain, len(sentence) + 1]


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.lists(
            st.sampled_from(
                ["a", "Ab", "x.y", "U.S.", "it's", "o’clock", "well-off", "12", "1,200.5", "٣"]
                + [";", ":", "(", ")", '"', "“", "”", "—", "–", ",", "-", "--", " ", "\n", "."]
            )
        ).map("".join),
        st.text(max_size=60),
    )
)
def test_class_first_word_pattern_matches_the_plain_one(text):
    import re

    from provenance.extract.counts import _WORD_RE

    plain = re.compile(
        r"[A-Za-z]+(?:[.'’-][A-Za-z]+)*\.?|\d[\d,.]*|[;:()\"“”—–,]|(?<=\s)-(?=\s)|--"
    )
    assert [m.span() for m in _WORD_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]
