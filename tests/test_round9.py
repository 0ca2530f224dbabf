"""Round 9 rules (held-out corpora corpus19 to corpus21): each a general pattern of news
writing, tested on sentences written for it (not the corpora's)."""

from __future__ import annotations

import pytest

from tests.article_helpers import claim_chains

PUB = "The Test Post"


@pytest.mark.parametrize(
    "verb",
    "explained stressed emphasised emphasized highlighted reiterated conceded countered "
    "maintained contended asserted alleged replied responded recalled complained cautioned "
    "indicated clarified specified mentioned observed remarked underlined underscored "
    "testified tweeted suggested".split()
    + ["pointed out"],
)
def test_verbs_of_reporting_beyond_said(verb):
    assert claim_chains(f"The regulator {verb} that 40 people had been hurt.") == [
        ("40", ["regulator", PUB])
    ]
    assert claim_chains(f'"About 40 people were hurt," Acme Holdings {verb}.') == [
        ("About 40", ["Acme Holdings", PUB])
    ]


def test_a_reporting_verb_used_as_a_noun_is_no_cue():
    # "remarks by", "replies from": nouns (the speaker is the one who said them)
    got = claim_chains("Remarks by the mayor drew 300 complaints, the council said.")
    assert got == [("300", ["council", PUB])]


def test_a_pronoun_speaker_is_the_sentence_s_own_earlier_speaker():
    # "it" in a later clause is the body that spoke earlier in the same sentence, not the
    # latest speaker of earlier sentences
    body = (
        "The Joint Committee on Taxation said the credit would cost $9 billion.\n\n"
        "The Budget Office also estimated that about 310,000 parents would be working, "
        "though it cautioned that such effects are uncertain."
    )
    got = dict(claim_chains(body))
    assert got["about 310,000"] == ["Budget Office", PUB]


def test_a_he_speaker_is_the_person_who_spoke_earlier_in_the_sentence():
    body = (
        "Maria Lopez, the mayor, opened the session.\n\n"
        "Councillor Tom Reed said 45 homes were flooded, and he warned that 12 more were at risk."
    )
    got = dict(claim_chains(body))
    assert got["12"] == ["Tom Reed", PUB]


def test_a_table_heading_names_the_source_of_its_rows():
    body = (
        "Rents rose again this year.\n\n"
        "Deaths by district (source: Health Ministry):\n\n"
        "- North: 42\n\n- South: 17"
    )
    got = dict(claim_chains(body))
    assert got["42"][0] == "Health Ministry"
    assert got["17"][0] == "Health Ministry"


def test_a_heading_with_a_bracketed_aside_is_no_source_line():
    # only a heading that ends in "(<source>):" credits its rows
    got = dict(claim_chains("Deaths by district (Health Ministry) fell.\n\n- North: 42"))
    assert got["42"] == [PUB]


def test_what_a_group_says_is_no_attribution():
    # "what scientists say is needed" is the object of "short of", not a source of the figure
    got = claim_chains(
        "Emissions will fall by 12% by 2035, the ministry said, far short of what scientists "
        "say is needed."
    )
    assert got == [("12%", ["ministry", PUB])]
    assert claim_chains(
        "Emissions will fall by 12%, far short of what scientists say is needed."
    ) == [("12%", [PUB])]
