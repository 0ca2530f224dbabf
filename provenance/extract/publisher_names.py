"""The names an outlet calls itself by (for the publisher hop of every claim)."""

from __future__ import annotations


def _initials(name: str) -> str:
    """ "GNN" for "Global News Network" (small words and a leading "The" left out)."""
    words = [w for w in name.split() if w[:1].isupper() and w not in ("The", "A")]
    return "".join(w[0] for w in words) if len(words) >= 2 else name


_OUTLET_WORDS = frozenset(
    "News Times Post Herald Network Media Daily Journal Wire Gazette Tribune Chronicle".split()
)


def _short_name(name: str) -> str:
    """ "Kestrel" for "Kestrel News": the outlet's name without its generic last word (its own
    tallies and surveys are written so: "economists surveyed by Kestrel")."""
    words = name.split()
    if len(words) == 2 and words[1] in _OUTLET_WORDS and words[0] != "The":
        return words[0]
    if (
        len(words) == 3
        and words[0] != "The"
        and words[1:] in (["News", "Agency"], ["News", "Service"])
    ):
        return words[0]  # "(Hanbit)" in a dateline of the Hanbit News Agency's own site
    return name


def names_of(publisher: str) -> set[str]:
    """The names an outlet calls itself by: in full, by its initials, short ("Kestrel"),
    without "The" ("Emirates Ledger reported") or a site's "Online" ("East Midlands Today")."""
    names = {publisher, _initials(publisher), _short_name(publisher)}
    bare = publisher[4:] if publisher.startswith("The ") else publisher
    for suffix in (" Online", " Digital", " Live", ".com"):
        if bare.endswith(suffix):
            bare = bare[: -len(suffix)]
    names.add(bare)
    names.add(bare.replace(" ", ""))  # "– TestPost.ph": its web address, read without the domain
    words = bare.split()
    if len(words) >= 2 and words[-1] in _OUTLET_WORDS | _PAPER_WORDS:
        names.add(f"The {words[-1]}")  # "told the Times" in the River Plate Times
        names.add(words[-1])  # "according to Journal calculations" in The Exchange Journal
    if len(words) >= 3 and words[0] in _COMPASS:
        names.add(" ".join(words[1:]))  # "Midlands Today": the compass word read as a place
    # "Lima, July 9 (AGENCIA ANDES)": the outlet's own name in capitals
    return names | {n.upper() for n in names if n}


# Last words of newspapers' names that a paper calls itself by ("the Sentinel", "the Courier").
_PAPER_WORDS = frozenset(
    """Sentinel Ledger Courier Observer Mail Express Standard Star Mirror Telegraph Guardian
    Independent Register Review Record Dispatch Monitor Bulletin Press Examiner Inquirer Enquirer
    Advertiser Leader Argus Clarion Echo Mercury Globe Nation""".split()
)
_COMPASS = frozenset("North South East West Northern Southern Eastern Western Central".split())
