"""Round-4 speed shortcuts of find_mentions give the same answers as what they replace.

Each shortcut is compared with the plain scan it stands for (a verbatim copy of the
original where the original is gone) on news-like text built from the words the rules
care about, and on arbitrary text.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.extract import mention_scan, sources

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
    anchor = sources._pair_anchor(sentence)
    plain = mention_scan.next_match(sources._NAME_PAIR, sentence)
    # any order of queries, repeated ones included (the anchor remembers its last answer)
    for pos in [*queries, *sorted(queries)]:
        assert anchor(pos) == plain(pos)


def test_particles_are_the_patterns_particles():
    assert sources._PARTICLES == ("al-", "el-", "ad-", "as-", "ash-", "az-")
    assert re.compile(sources._PARTICLE).fullmatch("ash-")
