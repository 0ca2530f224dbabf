"""Round-2 speed shortcuts of the mention finder, compared with what they replace."""

from __future__ import annotations

from provenance.extract.sources import Mention


def test_mention_is_a_value():
    a = Mention(1, 4, "the agency", "description", plural=False)
    b = Mention(1, 4, "the agency", "description", None, None, False, (), False)
    assert a == b and hash(a) == hash(b) and not (a != b)
    assert a != Mention(1, 4, "the agency", "description", guessed=True)
    assert (a.start, a.end, a.text, a.type, a.source, a.kind, a.plural, a.members, a.guessed) == (
        1,
        4,
        "the agency",
        "description",
        None,
        None,
        False,
        (),
        False,
    )
    assert a != (1, 4)
    assert "text='the agency'" in repr(a)


# --- gazetteer._key without re.sub: a verbatim copy of the original.
import re  # noqa: E402

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from provenance.extract import gazetteer  # noqa: E402

_LEADING_THE_ORIG = re.compile(r"^(?:the)\s+", re.IGNORECASE)


def _key_orig(name: str) -> str:
    name = name.strip().replace("’", "'")
    name = _LEADING_THE_ORIG.sub("", name)
    return name.casefold()


_KEY_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from("tThHeE \t\n\u00a0\u2003\u200b\u3000\x1c\x85’'İıKſ"),
        st.characters(),
    ),
    max_size=12,
)


@settings(max_examples=3000, deadline=None)
@given(
    st.one_of(
        _KEY_TEXT,
        st.builds(
            lambda a, b: a + b,
            st.sampled_from(["the", "The ", "THE\t", " tHe\u00a0 ", "thee", "the’", "theİ"]),
            _KEY_TEXT,
        ),
    )
)
def test_key_matches_original(name):
    assert gazetteer._key(name) == _key_orig(name)


def test_key_whitespace_agrees_with_re():
    for i in range(0x110000):
        c = chr(i)
        assert c.isspace() == bool(re.match(r"\s", c)), hex(i)
        assert (c.lstrip() == "") == c.isspace(), hex(i)
        assert (c.lower() in ("t", "h", "e")) == (c in "tThHeE"), hex(i)
        assert bool(re.match("(?i)[the]", c)) == (c in "tThHeE"), hex(i)
