"""Matching and scoring of extract() against hand-made gold files (shared by the gold tests).

Matching rule (the numbers of every gold test depend on it):

* Gold claims are located in the article: the gold ``sentence`` is found in the
  text (it occurs exactly once) and the gold ``figure.text`` inside it (the n-th
  occurrence when the same text appears several times in that sentence, n counted
  over the gold claims of that sentence in order).
* A predicted claim matches a gold claim when its figure span overlaps the gold
  figure's position (hence: same sentence, same words). Each gold and each
  predicted claim is matched at most once, first come first served in text order.
* Figure precision = matched / predicted, recall = matched / gold.
* On matched pairs, the *origin* is right when the first hops name the same
  source, and the *chain* is right when the sequences of sources are equal
  (same length, same order). Sources are compared by canonical name: both names
  go through the gazetteer (so "Government of South Korea" and "South Korean
  government" are the same entry), case is ignored, and an unnamed group equals
  the same group with a nationality in front ("lawmakers" = "South Korean
  lawmakers"), and a generic body's name equals the same name with its country in
  brackets ("Central Electoral Bureau" = "Central Electoral Bureau (Romania)": annotators
  differ on whether to add the country, the extractor adds it to bare national names so
  that bodies of two countries are not one source). Kinds, mentions and cues are NOT part of chain accuracy; kind
  agreement on matched hops is reported for information.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from provenance.extract import extract
from provenance.extract.sources import Gazetteer
from provenance.models import Document


def gold_stems(corpus: Path) -> list[Path]:
    """The article stems (path without ``.gold.json``) of every gold file in ``corpus``, sorted."""
    return sorted(p.with_suffix("").with_suffix("") for p in corpus.glob("*.gold.json"))


def load_article(stem: Path) -> tuple[Document, dict]:
    """The Document (text, headline, publisher, date from the meta file) and the gold of one article."""
    text = stem.with_suffix(".txt").read_text(encoding="utf-8")
    meta = json.loads(stem.with_suffix(".meta.json").read_text(encoding="utf-8"))
    gold = json.loads(Path(str(stem) + ".gold.json").read_text(encoding="utf-8"))
    doc = Document.from_text(
        text,
        title=gold["document"]["title"],
        publisher=meta.get("publisher"),
        published=meta.get("published"),
    )
    return doc, gold


def gold_positions(text: str, gold: dict) -> list[tuple[int, int, dict]]:
    """``(start, end, gold_claim)`` of every gold figure in ``text`` (see the matching rule)."""
    out = []
    seen: dict[tuple[str, str], int] = {}
    for claim in gold["claims"]:
        s0 = text.find(claim["sentence"])
        assert s0 >= 0, claim["sentence"]
        key = (claim["sentence"], claim["figure"]["text"])
        nth = seen.get(key, 0)
        seen[key] = nth + 1
        pos = -1
        for _ in range(nth + 1):
            pos = claim["sentence"].find(claim["figure"]["text"], pos + 1)
        out.append((s0 + pos, s0 + pos + len(claim["figure"]["text"]), claim))
    return out


_COUNTRY_IN_BRACKETS = re.compile(r" \([^()]+\)$")


def same_source(a: str, b: str, gaz: Gazetteer) -> bool:
    """True when two source names denote the same source (canonical name, case, bare group)."""
    a, b = gaz.canonical(a).casefold(), gaz.canonical(b).casefold()
    if a == b:
        return True
    if a.endswith(")") != b.endswith(")"):
        bare = _COUNTRY_IN_BRACKETS.sub("", a if a.endswith(")") else b)
        if bare == (b if a.endswith(")") else a):
            return True
    short, long = sorted((a, b), key=len)
    return long.endswith(" " + short) and short.split()[0] in {
        "lawmakers",
        "officials",
        "legislators",
        "authorities",
    }


def _context(text: str, start: int, end: int, width: int = 40) -> str:
    """A one-line window around ``text[start:end]`` for readable miss reports."""
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    return f"...{left}[{text[start:end]}]{right}..."


def score(stems: Iterable[Path]) -> dict:
    """Run the extractor over every article and compare with its gold (see the module docstring).

    Returns precision, recall, origin and chain accuracy, kind agreement, the raw
    ``totals``, ``misses`` (chain misses on matched figures, one line each, as the
    development-corpus test has always printed them) and ``figure_misses``
    (false positives and false negatives, one line each, with article and claim id).
    """
    gaz = Gazetteer.default()
    totals = dict(pred=0, gold=0, matched=0, origin=0, chain=0, kind=0, hops=0)
    misses = []
    figure_misses = []
    for stem in stems:
        doc, gold = load_article(stem)
        predicted = extract(doc)
        golds = gold_positions(doc.text, gold)
        totals["pred"] += len(predicted)
        totals["gold"] += len(golds)
        used: set[int] = set()
        for claim in predicted:
            a, b = claim.figure.span
            for i, (g0, g1, gclaim) in enumerate(golds):
                if i in used or not (a < g1 and g0 < b):
                    continue
                used.add(i)
                totals["matched"] += 1
                gchain = [h["source"] for h in gclaim["chain"]]
                pchain = [h.source for h in claim.chain]
                totals["origin"] += same_source(gchain[0], pchain[0], gaz)
                same = len(gchain) == len(pchain) and all(
                    same_source(x, y, gaz) for x, y in zip(gchain, pchain, strict=False)
                )
                totals["chain"] += same
                if not same:
                    misses.append(f"{stem.name} {gclaim['id']}: gold {gchain} / got {pchain}")
                for gh, ph in zip(gclaim["chain"], claim.chain, strict=False):
                    totals["hops"] += 1
                    totals["kind"] += gh["kind"] == ph.kind
                break
            else:
                figure_misses.append(
                    f"{stem.name} FP {claim.figure.text!r}: {_context(doc.text, a, b)}"
                )
        for i, (g0, g1, gclaim) in enumerate(golds):
            if i not in used:
                figure_misses.append(
                    f"{stem.name} FN {gclaim['id']} {gclaim['figure']['text']!r}: "
                    f"{_context(doc.text, g0, g1)}"
                )
    m = max(totals["matched"], 1)
    return {
        "precision": totals["matched"] / max(totals["pred"], 1),
        "recall": totals["matched"] / max(totals["gold"], 1),
        "origin_accuracy": totals["origin"] / m,
        "chain_accuracy": totals["chain"] / m,
        "kind_agreement": totals["kind"] / max(totals["hops"], 1),
        "totals": totals,
        "misses": misses,
        "figure_misses": figure_misses,
    }


def figure_field_mismatches(stems: Iterable[Path]) -> dict:
    """Compare what each matched figure *is* (category, head noun of ``counts``, unit) with gold.

    Uses the matching rule of the module docstring. Returns ``matched`` (number of matched
    figures), ``mismatches`` (matched figures whose category or unit differ: the fields the
    resolver clusters on), ``head_mismatches`` (matched figures whose counts head noun
    differs; informational, because gold ``counts`` are free descriptions such as "North
    Korean soldiers deployed to Russia killed in fighting in Kursk"), ``lines`` (one line per
    category/unit mismatch: article, claim id, figure text, ``field gold->got``) and
    ``head_lines``. The head noun is the last word of ``counts`` before its first
    preposition or participle, lower-cased ("North Korean troops killed in Kursk" → "troops").
    """
    matched = 0
    lines: list[str] = []
    head_lines: list[str] = []
    for stem in stems:
        doc, gold = load_article(stem)
        golds = gold_positions(doc.text, gold)
        used: set[int] = set()
        for claim in extract(doc):
            a, b = claim.figure.span
            for i, (g0, g1, gclaim) in enumerate(golds):
                if i in used or not (a < g1 and g0 < b):
                    continue
                used.add(i)
                matched += 1
                gfig = gclaim["figure"]
                pairs = {
                    "category": (gfig.get("category"), claim.figure.category),
                    "unit": (gfig.get("unit"), claim.figure.unit),
                }
                where = f"{stem.name} {gclaim['id']} {gfig['text']!r}: "
                diff = [f"{k} {g!r}->{p!r}" for k, (g, p) in pairs.items() if g != p]
                if diff:
                    lines.append(where + "; ".join(diff))
                gh, ph = _head(gfig.get("counts")), _head(claim.figure.counts)
                if gh != ph:
                    head_lines.append(where + f"head {gh!r}->{ph!r}")
                break
    return {
        "matched": matched,
        "mismatches": len(lines),
        "head_mismatches": len(head_lines),
        "lines": lines,
        "head_lines": head_lines,
    }


def _head(counts: str | None) -> str | None:
    """The head noun of a ``counts`` phrase (see figure_field_mismatches)."""
    if not counts:
        return None
    words = counts.lower().replace("(", " ").replace(")", " ").split()
    stops = {"in", "of", "on", "to", "from", "per", "at", "by", "for", "who", "whose", "that"}
    for i, word in enumerate(words[1:], 1):
        if word in stops or (word.endswith(("ed", "wn")) and len(word) > 4):
            words = words[:i]
            break
    return words[-1] if words else None
