"""Round-2 speed shortcuts of the mention finder, compared with what they replace."""

from __future__ import annotations

from provenance.extract.sources import Mention


def test_mention_is_a_value():
    a = Mention(1, 4, "the agency", "description", plural=False)
    b = Mention(1, 4, "the agency", "description", None, None, False, (), False)
    assert a == b and hash(a) == hash(b) and not (a != b)
    assert a != Mention(1, 4, "the agency", "description", guessed=True)
    assert (a.start, a.end, a.text, a.type, a.source, a.kind, a.plural, a.members, a.guessed) == (
        1, 4, "the agency", "description", None, None, False, (), False,
    )
    assert a != (1, 4)
    assert "text='the agency'" in repr(a)
