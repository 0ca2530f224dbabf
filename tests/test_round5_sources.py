"""Round 5 (held-out corpus 3): source mentions found and named canonically, with the right kind.

Every sentence here is written for the test (none is copied from a corpus).
"""

from __future__ import annotations

import pytest

from provenance.extract.sources import Gazetteer, find_mentions

GAZ = Gazetteer.default()


def named(sentence: str) -> list[tuple[str, str]]:
    """(canonical source, kind) of the named and person mentions of a sentence, in order."""
    return [
        (m.source, m.kind) for m in find_mentions(sentence, GAZ) if m.type in ("named", "person")
    ]


# --------------------------------------------------------------------------- gazetteer


@pytest.mark.parametrize(
    ("sentence", "source", "kind"),
    [
        (
            "Prices rose 3%, according to the CDC.",
            "Centers for Disease Control and Prevention",
            "government",
        ),
        ("The Polish central bank held rates at 5%.", "National Bank of Poland", "government"),
        ("Poland's central bank held rates at 5%.", "National Bank of Poland", "government"),
        ("Output fell 2%, Statistics Poland said.", "Statistics Poland", "government"),
        ("Output fell 2%, Destatis said.", "Federal Statistical Office of Germany", "government"),
        ("The Bank of Japan kept its rate at 0.5%.", "Bank of Japan", "government"),
        ("A YouGov poll found 41% support.", "YouGov", "other"),
        ("Profit beat the 3 billion forecast, according to LSEG data.", "LSEG", "other"),
        ("Six people died, IANS reported.", "Indo-Asian News Service", "news_agency"),
        ("Six people died, Belga reported.", "Belga", "news_agency"),
        ("Six people died, Xinhua said.", "Xinhua News Agency", "state_media"),
        ("The study was published in The Lancet on Friday.", "The Lancet", "outlet"),
        (
            "Cal Fire said 400 homes burned.",
            "California Department of Forestry and Fire Protection",
            "government",
        ),
        (
            "The Department of Health and Social Care said 12 trusts failed.",
            "Department of Health and Social Care",
            "government",
        ),
        (
            "The chief told Bloomberg Television that 3 plants would close.",
            "Bloomberg Television",
            "outlet",
        ),
    ],
)
def test_well_known_bodies_are_in_the_gazetteer(sentence, source, kind):
    assert (source, kind) in named(sentence)


def test_the_full_united_nations_name_of_ocha_is_the_same_source_as_the_short_one():
    assert GAZ.canonical(
        "United Nations Office for the Coordination of Humanitarian Affairs"
    ) == GAZ.canonical("OCHA")
