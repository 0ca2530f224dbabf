"""Each resolver rule on its own, on small constructed scenarios."""

from __future__ import annotations

import pytest

from provenance.resolve import assess
from provenance.resolve.clusters import apply_decisions, cluster_key
from provenance.resolve.independence import significant_digits
from provenance.resolve.intervals import interval, overlaps
from provenance.resolve.parties import load_parties
from provenance.resolve.scores import directness
from tests.resolve_support import report


def only_figure(resolution):
    assert len(resolution.figures) == 1, list(resolution.figures)
    return next(iter(resolution.figures.values()))


# -- clusters ------------------------------------------------------------------------


def test_troops_soldiers_forces_share_a_cluster_but_workers_do_not():
    keys = {
        cluster_key("deployed", c, None)
        for c in (
            "North Korean troops sent to Russia",
            "North Korean soldiers",
            "North Korean forces deployed to Kursk",
        )
    }
    assert len(keys) == 1
    assert cluster_key("deployed", "North Korean workers sent to Russia", None) not in keys


def test_period_and_planned_counts_are_other_quantities():
    cumulative = cluster_key("killed", "North Korean soldiers killed", None)
    assert cluster_key("killed", "North Korean troops killed in one week", None) != cumulative
    assert cluster_key("deployed", "troops to be sent to Russia", None) != cluster_key(
        "deployed", "troops sent to Russia", None
    )


def test_user_decisions_link_and_unlink():
    base = {"a": "k1", "b": "k1", "c": "k2"}
    assert apply_decisions(base, [("a", "b", "unlink")])["b"] != "k1"
    linked = apply_decisions(base, [("a", "c", "link")])
    assert linked["a"] == linked["c"] == linked["b"]
    # the last decision about a pair wins
    assert (
        apply_decisions(base, [("a", "b", "unlink"), ("a", "b", "link")])["b"]
        == apply_decisions(base, [])["a"]
    )


# -- intervals per qualifier ---------------------------------------------------------


@pytest.mark.parametrize(
    "a, b, agree",
    [
        (("approximately", 600), ("exact", 600), True),
        (("approximately", 600), ("exact", 700), False),
        (("more_than", 4000), ("approximately", 4700), True),
        (("more_than", 4000), ("exact", 3900), False),
        (("nearly", 1000), ("exact", 950), True),
        (("nearly", 1000), ("exact", 1020), False),
        (("at_most", 20000), ("exact", 12000), True),
        (("at_most", 20000), ("exact", 9000), False),
        (("at_least", 100), ("exact", 140), True),
    ],
)
def test_interval_overlap_per_qualifier(a, b, agree):
    assert overlaps(interval(a[0], a[1], None, None), interval(b[0], b[1], None, None)) is agree


def test_ranges_and_vague_amounts():
    assert interval("range", None, 10000, 12000) == (10000, 12000)
    assert interval("vague", None, None, None, "several hundred") == (200.0, 900.0)
    assert overlaps(
        interval("vague", None, None, None, "dozens"), interval("at_least", 30, 30, None)
    )
    assert interval("vague", None, None, None, "a lot") is None


# -- independence --------------------------------------------------------------------


def test_echoes_of_one_origin_are_one_group_and_add_no_corroboration():
    echoes = [report(f"c{i}", 600, publisher=f"Outlet {i}", relays=i % 3) for i in range(5)]
    figure = only_figure(assess(echoes))
    assert len(figure.origin_groups) == 1
    assert figure.independent_origins == 1
    assert figure.corroboration == 0
    assert "single_origin" in figure.flags
    assert figure.grade[1] != "1"


def test_independent_agreeing_origins_corroborate_and_confirm():
    one = report("a", 600, qualifier="approximately")
    two = report("b", 620, origin="UK Ministry of Defence", kind="government")
    three = report("c", 610, origin="Institute for the Study of War", kind="ngo")
    two_only = only_figure(assess([one, two]))
    three_way = only_figure(assess([one, two, three]))
    assert two_only.independent_origins == 2 and two_only.corroboration == pytest.approx(0.5)
    assert three_way.corroboration > two_only.corroboration
    assert three_way.grade.endswith("1") and "single_origin" not in three_way.flags


def test_probable_copy_joins_the_attributed_origin():
    original = report("orig", 4700, qualifier="approximately", published="2025-04-30")
    copy = report(
        "copy", 4700, qualifier="approximately", origin="Frontline Notes", kind="outlet",
        unstated=True, published="2025-05-01",
    )  # fmt: skip
    resolution = assess([original, copy])
    figure = only_figure(resolution)
    assert figure.independent_origins == 1
    assert resolution.claims["copy"].origin_group == resolution.claims["orig"].origin_group
    assert "probable_copy" in resolution.claims["copy"].flags


def test_a_round_unattributed_figure_is_not_called_a_copy():
    original = report("orig", 600, published="2025-04-30")
    unattributed = report(
        "u", 600, origin="Blog", kind="outlet", unstated=True, published="2025-05-01"
    )
    resolution = assess([original, unattributed])
    assert "probable_copy" not in resolution.claims["u"].flags
    assert "origin_unstated" in resolution.claims["u"].flags


def test_copy_must_come_after_the_original():
    later = report("orig", 4700, published="2025-06-01")
    earlier = report("u", 4700, origin="Blog", kind="outlet", unstated=True, published="2025-05-01")
    assert "probable_copy" not in assess([later, earlier]).claims["u"].flags


# -- interested sources --------------------------------------------------------------


def test_belligerent_on_enemy_losses_is_interested_and_counts_half():
    parties = load_parties()
    assert parties.interested("Volodymyr Zelensky", "official", "North Korean soldiers", "killed")
    assert parties.interested(
        "Korean Central News Agency", "state_media", "North Korean soldiers", "killed"
    )
    assert not parties.interested(
        "National Intelligence Service", "intelligence_agency", "North Korean soldiers", "killed"
    )
    assert not parties.interested(
        "UN Human Rights Monitoring Mission in Ukraine",
        "international_org",
        "Ukrainian civilians",
        "killed",
    )
    assert not parties.interested(
        "Volodymyr Zelensky", "official", "North Korean soldiers", "deployed"
    )
    neutral = report("a", 4000, category="casualties", origin="Western officials", kind="anonymous")
    party = report("b", 4000, category="casualties", origin="Volodymyr Zelensky", kind="official")
    figure = only_figure(assess([neutral, party]))
    assert "interested_source" in figure.flags
    assert (
        figure.corroboration
        < only_figure(
            assess([neutral, report("c", 4000, category="casualties", origin="BBC", kind="outlet")])
        ).corroboration
    )


# -- conflicts -----------------------------------------------------------------------


def test_same_origin_same_date_incompatible_is_a_transmission_conflict():
    a = report("a", 600, as_of="2025-04-30", publisher="A")
    b = report("b", 6000, as_of="2025-04-30", publisher="B")
    figure = only_figure(assess([a, b]))
    assert "transmission_conflict" in figure.flags
    assert "substantive_conflict" not in figure.flags


def test_a_revision_the_sentence_reports_is_not_a_transmission_conflict():
    a = report("a", 19000, sentence="payrolls grew by 19,000, not the 144,000 it first reported")
    b = report("b", 144000, sentence="payrolls grew by 19,000, not the 144,000 it first reported")
    figure = only_figure(assess([a, b]))
    assert "transmission_conflict" not in figure.flags and "revision" in figure.flags


def test_independent_origins_that_disagree_are_a_substantive_conflict():
    a = report("a", 600, as_of="2025-04-30")
    b = report("b", 4000, as_of="2025-04-30", origin="Western officials", kind="anonymous")
    figure = only_figure(assess([a, b]))
    assert "substantive_conflict" in figure.flags
    assert "transmission_conflict" not in figure.flags


# -- revisions and as-of ---------------------------------------------------------------


def series():
    return [
        report("dec", 100, qualifier="at_least", as_of="2024-12-19", published="2024-12-19"),
        report("jan", 300, qualifier="approximately", as_of="2025-01-13", published="2025-01-13"),
        report("apr", 600, qualifier="approximately", as_of="2025-04-30", published="2025-04-30"),
    ]


def test_same_origin_over_time_is_a_revision_series_latest_preferred():
    resolution = assess(series())
    figure = only_figure(resolution)
    assert "revision" in figure.flags
    assert not {"transmission_conflict", "substantive_conflict", "downward_revision"} & set(
        figure.flags
    )
    assert figure.best == 600
    assert resolution.claims["apr"].current and not resolution.claims["dec"].current


def test_a_falling_cumulative_count_is_a_downward_revision():
    reports = series() + [report("sep", 200, as_of="2025-09-02", published="2025-09-02")]
    assert "downward_revision" in only_figure(assess(reports)).flags
    # a non-cumulative quantity (deployed) may fall without the flag
    deployed = [
        report("x", 15000, category="deployed", as_of="2025-01-01", published="2025-01-01"),
        report("y", 11000, category="deployed", as_of="2025-06-01", published="2025-06-01"),
    ]
    flags = only_figure(assess(deployed)).flags
    assert "revision" in flags and "downward_revision" not in flags


def test_as_of_answers_with_what_was_published_by_then():
    assert only_figure(assess(series(), as_of="2025-01-31")).best == 300
    assert only_figure(assess(series(), as_of="2024-12-31")).best == 100
    assert assess(series(), as_of="2024-01-01").figures == {}


def test_an_undated_restatement_takes_the_date_of_the_figure_it_repeats():
    restated = report("old", 100, qualifier="at_least", published="2025-06-18")
    resolution = assess(series() + [restated])
    assert resolution.claims["old"].effective_as_of == "2024-12-19"
    assert "transmission_conflict" not in only_figure(resolution).flags


# -- headline drift ------------------------------------------------------------------


def test_headline_without_the_body_hedge_or_with_a_collapsed_chain_drifts():
    body = report(
        "body", 600, qualifier="approximately", hedges=("believed",), relays=2, document="d"
    )
    flat = report(
        "head",
        600,
        headline=True,
        document="d",
        origin="South Korean government",
        kind="government",
    )
    resolution = assess([body, flat])
    assert "headline_drift" in resolution.claims["head"].flags
    assert resolution.claims["head"].origin_group == resolution.claims["body"].origin_group
    faithful = report(
        "head2",
        600,
        qualifier="approximately",
        hedges=("believed",),
        relays=2,
        headline=True,
        document="d",
    )
    assert "headline_drift" not in assess([body, faithful]).claims["head2"].flags


# -- arithmetic ----------------------------------------------------------------------


def test_killed_plus_injured_against_casualties():
    killed = report("k", 600, as_of="2025-04-30")
    injured = report("i", 4000, qualifier="more_than", category="injured", as_of="2025-04-30")
    consistent = report(
        "c", 4700, qualifier="approximately", category="casualties", as_of="2025-04-30"
    )
    assert not any(
        "arithmetic_mismatch" in f.flags
        for f in assess([killed, injured, consistent]).figures.values()
    )
    wrong = report("c", 9000, category="casualties", as_of="2025-04-30")
    flagged = [
        f.category
        for f in assess([killed, injured, wrong]).figures.values()
        if "arithmetic_mismatch" in f.flags
    ]
    assert sorted(flagged) == ["casualties", "injured", "killed"]
    # another origin's casualties figure is not checked against these
    other = report(
        "c",
        9000,
        category="casualties",
        as_of="2025-04-30",
        origin="Western officials",
        kind="anonymous",
    )
    assert not any(
        "arithmetic_mismatch" in f.flags for f in assess([killed, injured, other]).figures.values()
    )


# -- directness and grade ------------------------------------------------------------


def test_directness_falls_with_relays_briefings_hedges_and_anonymity():
    direct = directness(report("a", 1))
    assert directness(report("b", 1, relays=2)) < direct
    assert directness(report("c", 1, briefing=True)) < direct
    assert directness(report("d", 1, hedges=("believed",))) < direct
    assert directness(report("e", 1, kind="anonymous")) < direct
    assert directness(report("f", 1, unstated=True)) < directness(report("e", 1, kind="anonymous"))
    assert 0 <= directness(report("g", 1, relays=9, hedges=("a", "b", "c"), unstated=True)) <= 1


def test_grade_letter_from_kind_and_user_reliability():
    assert only_figure(assess([report("a", 1)])).grade[0] == "B"
    assert (
        only_figure(assess([report("a", 1, kind="anonymous", origin="officials")])).grade[0] == "F"
    )
    assert only_figure(assess([report("a", 1)._replace(origin_reliability="A")])).grade[0] == "A"


def test_significant_digits():
    assert significant_digits(4700) == 2
    assert significant_digits(600) == 1
    assert significant_digits(60034) == 5
