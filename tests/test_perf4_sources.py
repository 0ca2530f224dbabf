"""Round-4 speed shortcuts of find_mentions give the same answers as what they replace.

Each shortcut is compared with the plain scan it stands for (a verbatim copy of the
original where the original is gone) on news-like text built from the words the rules
care about, and on arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import gazetteer, mention_scan, orgnames, sources
from provenance.extract.gazetteer import Gazetteer

PAIR_WORDS = st.sampled_from(
    [
        "Lee",
        "Kim",
        "Abdul-Khaleq",
        "al-Ajri",
        "el-Bashir",
        "ash-Shara",
        "as-Sadr",
        "ad-Din",
        "az-Zubaidi",
        "al-",
        "Al-",
        "al",
        "von",
        "der",
        "bin",
        "Leyen",
        "Mohammed",
        "Sánchez",
        "Éric",
        "said",
        "the",
        "U.S.",
        "Kal-Lee",
        "tal-Lee",
        "X",
    ]
)
PAIR_SEPARATORS = st.sampled_from([" ", " ", "", "  ", "\n", "-", ", ", "(", "\xa0"])
PAIR_TEXT = st.one_of(
    st.lists(st.tuples(PAIR_WORDS, PAIR_SEPARATORS), max_size=20).map(
        lambda pairs: "".join(w + s for w, s in pairs)
    ),
    st.text(max_size=60),
)


@settings(max_examples=600, deadline=None)
@given(PAIR_TEXT, st.lists(st.integers(0, 80), max_size=6))
def test_pair_anchor_is_the_name_pair_search(sentence, queries):
    anchor = mention_scan.next_match_either(
        sources._NAME_PAIR_PLAIN, sources._NAME_PAIR_PARTICLE, sources._PARTICLES, sentence, "-"
    )
    plain = mention_scan.next_match(sources._NAME_PAIR, sentence)
    # any order of queries, repeated ones included (the anchor remembers its last answer)
    for pos in [*queries, *sorted(queries)]:
        assert anchor(pos) == plain(pos)


def test_particles_are_the_patterns_particles():
    assert sources._PARTICLES == ("al-", "el-", "ad-", "as-", "ash-", "az-")
    assert re.compile(sources._PARTICLE).fullmatch("ash-")


GAZ = Gazetteer.default()
ADJECTIVE_TEXT = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "The",
                "the",
                "Turkish",
                "South",
                "Korean",
                "Saudi",
                "Arabian",
                "Romanian",
                "Acme",
                "defence",
                "ministry",
                "electoral",
                "bureau",
                "air",
                "force",
                "central",
                "bank",
                "said",
                "Ministry",
            ]
        ),
        st.sampled_from([" ", " ", "  ", "\n", ", ", "-", "'s "]),
    ),
    max_size=12,
).map(lambda pairs: "".join(w + s for w, s in pairs))


class _EveryWordAnAdjective:
    """The gazetteer, with a pre-check that never skips the adjective rule."""

    def __init__(self, gazetteer, view):
        self._gazetteer = gazetteer
        self._view = view

    def adjective_words(self):
        return frozenset(self._view[2])

    def __getattr__(self, name):
        return getattr(self._gazetteer, name)


@settings(max_examples=500, deadline=None)
@given(st.one_of(ADJECTIVE_TEXT, st.text(alphabet="TurkishMy ministry", max_size=40)))
def test_adjective_words_skip_only_sentences_without_a_country(sentence):
    view = mention_scan.ascii_words(sentence)
    gaz = GAZ.find(sentence, view)
    got = orgnames.org_mentions(sentence, view, GAZ, gaz)
    full = orgnames.org_mentions(sentence, view, _EveryWordAnAdjective(GAZ, view), gaz)
    assert got == full


def test_adjective_words_hold_every_adjective():
    words = GAZ.adjective_words()
    for adjective in GAZ._adjective_table():
        if adjective.isascii():
            assert all(w.lower().encode() in words for w in adjective.split())


def test_name_pair_splits_at_its_particle():
    particle = sources._PARTICLE
    assert particle.endswith(")?") and sources._NAME_PAIR.pattern.startswith(particle)
    rest = sources._NAME_PAIR.pattern[len(particle) :]
    assert sources._NAME_PAIR_PLAIN.pattern == rest
    assert sources._NAME_PAIR_PARTICLE.pattern == particle[:-1] + rest
    assert all("-" in p for p in sources._PARTICLES)


# _PERSON before round 4, verbatim: the title words as a flat alternation.
_PERSON_FLAT = re.compile(
    rf"(?<![\w-])(?P<title>(?:{sources._TITLE_WORDS}\s+){{0,6}})(?P<name>{sources._NAME_TOKEN}(?:\s+{sources._LINK_WORDS}{sources._NAME_TOKEN}){{1,3}})(?![\w-])"
)
PERSON_TEXT = st.one_of(
    st.lists(
        st.tuples(
            st.one_of(
                st.sampled_from(sorted(sources._TITLE_SET)),
                st.sampled_from(
                    ["Lee", "Ann", "al-Hadi", "von", "der", "Leyen", "Director", "General", "Gen"]
                ),
            ),
            st.sampled_from([" ", " ", "  ", "\n", "-", ".", ", ", ""]),
        ),
        max_size=14,
    ).map(lambda pairs: "".join(w + s for w, s in pairs)),
    st.text(max_size=40),
)


@settings(max_examples=1000, deadline=None)
@given(PERSON_TEXT, st.integers(0, 30))
def test_person_title_trie_is_the_flat_alternation(sentence, pos):
    got = sources._PERSON.search(sentence, pos)
    want = _PERSON_FLAT.search(sentence, pos)
    assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))


def _unit_of_original(sentence, start, known):
    """orgnames._unit_of before round 4, verbatim."""
    m = orgnames._OWNER_BEFORE.search(sentence, max(0, start - 80), start)
    if m is None:
        return ""
    owner = m.group(1)
    while owner.split(" ", 1)[0] in orgnames._LEAD_STOP and " " in owner:
        owner = owner.split(" ", 1)[1]
    return owner if known(owner) == "body" or orgnames._HAS_HEAD(owner) else ""


OWNER_TEXT = st.lists(
    st.tuples(
        st.sampled_from(
            ["the", "The", "Agency's", "Office’s", "IOM's", "separate", "Missing", "Persons", "s"]
            + ["Project", "x" * 40, "'", "’", "Ruritania's"]
        ),
        st.sampled_from([" ", "  ", "\n", "", "'s ", "’s "]),
    ),
    max_size=12,
).map(lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=800, deadline=None)
@given(st.one_of(OWNER_TEXT, st.text(max_size=120)), st.integers(0, 200))
def test_unit_of_is_the_original(sentence, start):
    def known(text):
        return "body" if text.startswith("Ag") else ""

    assert orgnames._unit_of(sentence, start, known) == _unit_of_original(sentence, start, known)


def test_default_gazetteer_is_the_extended_one():
    """_default builds one Gazetteer of both lists; it was gazetteer.json extended by
    countries.json, with the same entries in the same order."""
    import json
    from importlib import resources

    files = resources.files("provenance.data")
    data = json.loads(files.joinpath("gazetteer.json").read_text("utf-8"))
    countries = json.loads(files.joinpath("countries.json").read_text("utf-8"))
    old = Gazetteer.from_json(data).extended(Gazetteer.from_json(countries))
    new = gazetteer._default("")  # without $PROVENANCE_GAZETTEER's files
    assert new.entries == old.entries
    assert new._by_alias == old._by_alias
    assert new._by_first == old._by_first
