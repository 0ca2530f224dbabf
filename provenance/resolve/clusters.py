"""Which claims report the same quantity: cluster keys from category, counted thing, unit and period.

A cluster key is built from the figure's ``category`` and a normalised form of
its ``counts`` text. People-counts ("North Korean soldiers killed in Kursk")
reduce to *descriptor + head class*: the head noun decides what is counted
(soldiers = troops = forces, but troops != workers), the words before it say
whose ("north korean"). Places and verbs after the head are dropped, because
outlets describe the same quantity with different trailing words; but
participles that narrow the group ("repatriated", "arrived") and future or
modal wording ("to be sent", "could") are kept, because they count a
different set of people. Explicit periods ("in one week", "in July") are kept
too: a weekly toll is not the cumulative one. Everything else (money, rates,
shares, economic data) keeps all of its content words, because there a small
wording difference is usually a different series.

Users correct the automatic clusters with link/unlink decisions
(:func:`apply_decisions`), keyed by claim key so they survive re-ingests.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

#: Categories whose ``counts`` name a group of people; they get the
#: descriptor + head reduction. ``other`` keeps every content word.
PEOPLE_CATEGORIES = frozenset(
    {"killed", "injured", "casualties", "deployed", "captured", "missing", "displaced"}
)

#: Head nouns mapped to the class they count. Words of one class are
#: interchangeable in news copy about the same group.
HEAD_CLASSES: dict[str, str] = {
    **dict.fromkeys(
        "soldier soldiers troop troops force forces servicemen servicemembers personnel "
        "fighters combatants infantry reinforcements units rotation".split(),
        "troops",
    ),
    # "casualties/losses/dead" of a named side with no other noun: its forces
    # (without a named side they are just people; see counted_thing).
    **dict.fromkeys("casualties losses dead fatalities deaths toll".split(), "troops"),
    **dict.fromkeys("worker workers labourers laborers builders".split(), "workers"),
    **dict.fromkeys("engineer engineers sappers deminers".split(), "engineers"),
    **dict.fromkeys("officer officers commanders".split(), "officers"),
    **dict.fromkeys("general generals".split(), "generals"),
    **dict.fromkeys("civilian civilians residents".split(), "civilians"),
    **dict.fromkeys("people persons individuals victims patients".split(), "people"),
    **dict.fromkeys("children child".split(), "children"),
    **dict.fromkeys("women".split(), "women"),
    **dict.fromkeys("protesters demonstrators marchers strikers".split(), "protesters"),
    **dict.fromkeys("hostages captives".split(), "hostages"),
    **dict.fromkeys("prisoners pows detainees".split(), "prisoners"),
    **dict.fromkeys("refugees migrants".split(), "refugees"),
    **dict.fromkeys("journalists".split(), "journalists"),
    **dict.fromkeys("police policemen gendarmes".split(), "police"),
    **dict.fromkeys("doctors nurses medics".split(), "medics"),
}
#: Words that are the category itself or generic fillers, dropped from descriptors.
FILLER = frozenset(
    "the a an of total more additional other all its their some estimated reported confirmed "
    "combat military army active regular frontline front line wounded injured killed fallen dead captured missing "
    "displaced lost war battle and or".split()
)
#: Words that end the leading noun phrase (what follows is where/how/when).
STOP = frozenset(
    "in of to by for from at on during since who that which whose near after before between as under "
    "with while across into per over than when where".split()
)
#: Participles that only restate the category or the fact of deployment; any
#: other participle after the head narrows the group and is kept in the key.
COMMON_PARTICIPLES = frozenset(
    "killed wounded injured died dead deployed dispatched shipped sent based stationed fighting "
    "estimated reported confirmed believed lost captured taken held detained displaced missing "
    "abducted fought serving involved thought said".split()
)
#: Future or hypothetical wording: a planned deployment is not a completed one.
FUTURE = re.compile(r"\b(to be|could|would|will|might|planned|expected|preparing)\b")
#: Words for the dead or the hurt that name no group by themselves.
GENERIC_HEADS = frozenset("casualties losses dead fatalities deaths toll".split())
#: Period words that make a count bounded in time rather than cumulative.
PERIOD_WORDS = frozenset(
    "week weekly day daily month monthly year yearly annual quarter january february march april may june "
    "july august september october november december".split()
)
_WORD = re.compile(r"[a-z0-9]+")
_PAREN = re.compile(r"\([^)]*\)")


def _tokens(counts: str) -> list[str]:
    text = _PAREN.sub(" ", counts.lower()).replace("'s", " ").replace("’s", " ")
    return _WORD.findall(text)


@lru_cache(maxsize=65536)
def counted_thing(counts: str, category: str = "other", unit_key: str = "people") -> str:
    """The normalised counted thing, e.g. ``north korean|troops`` or ``amazon corporate jobs cut``.

    Cached: a store holds many claims with the same ``counts`` wording.
    """
    words = _tokens(counts)
    periods = sorted({w for w in words if w in PERIOD_WORDS})
    if category not in PEOPLE_CATEGORIES or unit_key != "people":
        content = [w for w in words if w not in FILLER and w not in STOP]
        return " ".join(content) or "(unspecified)"
    # Leading noun phrase: up to the first stop word, or, once a head noun has
    # been seen, the first word that is neither a head noun nor "and" (what
    # follows a head is a post-modifier: "soldiers killed", "troops still ...").
    phrase: list[str] = []
    rest: list[str] = []
    seen_head = False
    for i, word in enumerate(words):
        if word in STOP or (seen_head and word not in HEAD_CLASSES and word != "and"):
            rest = words[i:]
            break
        phrase.append(word)
        seen_head = seen_head or word in HEAD_CLASSES
    descriptor = [w for w in phrase if w not in HEAD_CLASSES and w not in FILLER]
    heads = sorted(
        {
            ("people" if w in GENERIC_HEADS and not descriptor else HEAD_CLASSES[w])
            for w in phrase
            if w in HEAD_CLASSES
        }
    )
    if not heads and descriptor and descriptor[-1].endswith(("ans", "ese", "is")):
        # A plural demonym as the noun ("2,000 North Koreans"): people of that nation.
        descriptor[-1] = descriptor[-1][:-1] if descriptor[-1].endswith("s") else descriptor[-1]
        heads = ["people"]
    if not heads:
        # No known head noun: the last content word stands for it.
        heads = descriptor[-1:] or ["people"]
        descriptor = descriptor[:-1]
    extras = sorted(
        {w for w in rest if w.endswith("ed") and len(w) > 4 and w not in COMMON_PARTICIPLES}
    )
    if FUTURE.search(" ".join(words)):
        extras.append("future")
    if len(heads) > 1 and "people" in heads:
        heads.remove("people")  # "civilian casualties": the specific noun wins
    parts = [" ".join(descriptor), "+".join(heads)]
    if extras or periods:
        parts.append(" ".join(extras + periods))
    return "|".join(parts)


def subject_key(counts: str, category: str, unit) -> str:
    """What is counted, independent of category: links killed, injured and casualties of one group."""
    thing = counted_thing(
        counts, "casualties" if category in PEOPLE_CATEGORIES else category, normal_unit(unit)
    )
    return f"{normal_unit(unit)}:{thing}"


def normal_unit(unit) -> str:
    """Units that mean "a count of people" collapse to ``people``."""
    if unit in (None, "", "people", "persons"):
        return "people"
    return str(unit).lower()


@lru_cache(maxsize=65536)
def cluster_key(category: str, counts: str, unit) -> str:
    """The automatic cluster of a figure: ``category/unit/counted thing``.

    Cached like :func:`counted_thing`: a full rescore asks once per claim.
    """
    unit_key = normal_unit(unit)
    return f"{category}/{unit_key}/{counted_thing(counts, category, unit_key)}"


def apply_decisions(
    base: dict[str, str], decisions: Iterable[tuple[str, str, str]]
) -> dict[str, str]:
    """Apply users' link/unlink decisions to automatic cluster keys.

    ``base`` maps claim key -> automatic cluster key; ``decisions`` are
    ``(claim_key, other_key, "link"|"unlink")`` in the order they were made. The
    last decision about a pair wins. ``unlink`` moves the other claim out of the
    first one's cluster into a cluster of its own; ``link`` merges the two
    claims' clusters. Decisions naming claims that are not in ``base`` are
    ignored here (they are kept in the store for when those claims return).
    """
    last: dict[frozenset, tuple[str, str, str]] = {}
    for a, b, decision in decisions:
        last[frozenset((a, b))] = (a, b, decision)
    result = dict(base)
    for a, b, decision in last.values():
        if decision == "unlink" and a in result and b in result and result[a] == result[b]:
            result[b] = f"{result[b]}#unlinked:{b}"
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    for a, b, decision in last.values():
        if decision == "link" and a in result and b in result:
            ra, rb = find(result[a]), find(result[b])
            if ra != rb:
                keep, drop = sorted((ra, rb))
                parent[drop] = keep
    if parent:
        result = {k: find(v) for k, v in result.items()}
    return result


def _parts(key: str) -> tuple[str, str, bool]:
    thing = key.split("/", 2)[2]
    pieces = thing.split("|")
    if len(pieces) < 2:
        return thing, "", True  # not a people-count: never underspecified
    return pieces[0], pieces[1], len(pieces) > 2


def is_underspecified(key: str) -> bool:
    """A people-count that does not say whose people ("people killed", "war dead", "combat
    troops") or says only whose ("2,000 North Koreans"): no descriptor, or a bare "people" head."""
    descriptor, head, extras = _parts(key)
    return bool(head) and not extras and (descriptor == "" or head == "people")


def _fits(vague_key: str, specific_key: str) -> bool:
    descriptor, head, _ = _parts(vague_key)
    other_descriptor, other_head, _ = _parts(specific_key)
    return (head == "people" or head == other_head) and (descriptor in ("", other_descriptor))


def refine_underspecified(reports, base: dict[str, str], spans) -> dict[str, str]:
    """Give unspecific people-counts the cluster of the group they most likely count.

    Copy often names the group once and then says "about 600 people", "the war
    dead" or "2,000 North Koreans". Such a figure takes the specific cluster
    (same category and unit, compatible wording) that (1) its own origin uses
    for an agreeing figure, or else (2) its own article uses for that category,
    when exactly one such cluster exists; otherwise it stays where it is.
    """
    from .intervals import overlaps

    by_origin: dict[tuple, list] = {}
    by_document: dict[tuple, set] = {}
    for r in reports:
        key = base[r.key]
        if is_underspecified(key):
            continue
        unit = normal_unit(r.unit)
        by_origin.setdefault((r.origin, r.category, unit), []).append((key, spans.get(r.key)))
        by_document.setdefault((r.document, r.category, unit), set()).add(key)
    refined = dict(base)
    for r in reports:
        key = base[r.key]
        if not is_underspecified(key):
            continue
        unit = normal_unit(r.unit)
        span = spans.get(r.key)
        keys = {
            k
            for k, other in by_origin.get((r.origin, r.category, unit), ())
            if overlaps(span, other) and _fits(key, k)
        }
        if not keys:
            keys = {k for k in by_document.get((r.document, r.category, unit), ()) if _fits(key, k)}
        if len(keys) == 1:
            refined[r.key] = keys.pop()
    return refined
