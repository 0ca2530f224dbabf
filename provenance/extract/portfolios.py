"""People named after a title with a portfolio: "Minister of Agriculture, Fisheries and Water
Resources Saud Hamoud Al Habsi", "Deputy Governor for Civil Affairs Valiollah Hayati", "UNHCR
Representative to Jordan Dominik Bartsch".

The name rules of :mod:`.sources` read a run of capitalised words as a name; after a long
portfolio they take its last words into the name ("Civil Affairs Valiollah Hayati") or read
the portfolio as a body ("International Protection Nicholas Ioannides"). :func:`repair`
reads the portfolio word by word and gives the person the words after it.
"""

from __future__ import annotations

import re

from .mention_scan import Mention

__all__ = ["repair"]

# A title whose portfolio follows it ("Minister of State for", "Representative to").
_B = r"(?<![\w-].)"
_TITLE = re.compile(
    rf"(?:M{_B}inister|S{_B}ecretary|C{_B}(?:ommissioner|oordinator|hairman|hairperson|hair)|"
    rf"G{_B}overnor|D{_B}irector|R{_B}(?:epresentative|apporteur)|E{_B}nvoy|"
    rf"A{_B}(?:mbassador|dviser|dvisor)|H{_B}ead)"
    r"(?: of State| General| Extraordinary and Plenipotentiary)?"
    r" (?:for|of|to|in|on) (?:the )?"
)
# Words of portfolios (ministries, briefs, posts): a capitalised word among them is not a name.
_PORTFOLIO = frozenset(
    """Affairs Security Development Services Protection Welfare Resources Planning Communications
    Communication Technology Industry Industries Trade Infrastructure Change Relations Works
    Government Innovation Sport Sports Media Culture Tourism Energy Environment Justice Health
    Education Transport Transportation Agriculture Fisheries Fishery Water Rural Maritime Disaster
    Management Migration International Protection Cooperation Co-operation Planning Social
    Empowerment Women Children Child Youth Labour Labor Employment Finance Economy Economic Foreign
    Defence Defense Interior Home Local Urban Housing Lands Land Mines Mining Petroleum Oil Gas
    Power Electricity Irrigation Forests Forestry Wildlife Climate Science Research Higher
    Information Broadcasting Telecommunications Telecommunication Digital Transformation
    Transition Commerce Investment Public Administration Civil Aviation Railways Roads Highways
    Shipping Ports Marine Food Supply Supplies Consumer Family Families Gender Equality Human Rights
    Religious Endowments Heritage Antiquities Arts Veterans Immigration Citizenship Refugees
    Humanitarian Emergency Emergencies Reconstruction Regional Integration Budget Treasury Revenue
    Customs Tax Taxation Enterprises Enterprise Small Medium Cooperatives Livestock Drinking
    Sanitation Environmental Natural Utilities Utility Diaspora Overseas Expatriates Minorities
    Tribal Indigenous Parliamentary Legal Constitutional Police Prisons National Unity
    Reconciliation Peace Solidarity Wellbeing Care Aged Disability Disabilities Pensions Insurance
    Statistics Operations Policy Strategy Communications Relief Resilience Preparedness Response
    Affairs Circular Green Blue Sustainable Sustainability Climate Biodiversity Sea Ocean Oceans
    Space Aerospace Hydrocarbons Minerals Mineral Water Waters Sewerage Irrigation Municipal
    Municipalities Provinces Region Regions Territories Territorial Cohesion Inclusion Pensions
    Science Sciences Tertiary Primary Secondary Vocational Training Skills Labour Manpower
    Emiratisation Nationalisation Saudization Omanisation Islamic Waqf Hajj Umrah Heritage Youth
    Elderly Seniors Poverty Alleviation Eradication Reform Reforms Modernisation Modernization
    Digitalisation Digitalization Cyber Cybersecurity Intelligence Borders Border Coastal Coast
    Urbanisation Urbanization Spatial Physical Infrastructures""".split()
)
_JOINERS = frozenset(("and", "&", ","))
_HONORIFICS = frozenset(
    """Dr Mr Mrs Ms Miss Prof Sir Dame Datuk Datin Dato Seri Tan Tun Alhaji Hon Engr Sheikh Amar
    Dr. Mr. Mrs. Ms. Prof.""".split()
)
# A word of the name: capitalised, or a particle inside a name ("bin", "Al", "van").
_NAME_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’.-]*|al|el|bin|ibn|van|von|de|da|der|du")
_TOKEN = re.compile(r"[^\s,]+|,")


def repair(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each person named after a title and its portfolio read as one person
    (the mentions found inside the portfolio dropped); unchanged when there is none."""
    mentions = _join_honorifics(sentence, mentions)
    if "-General" in sentence or "-general" in sentence:
        mentions = [_after_inner_title(x) for x in mentions]
    if "Minister" not in sentence and not _TITLE.search(sentence):
        return mentions
    # "Al Zeyoudi, Minister of State for Foreign Trade, told WAM": a portfolio is no person
    mentions = [x for x in mentions if not _portfolio_only(sentence, x)]
    out = mentions
    for m in _TITLE.finditer(sentence):
        person = _person_after(sentence, m.start(), m.end())
        if person is None:
            continue
        start, end, name = person
        if any(x.end == end and x.type == "person" and x.source == name for x in out):
            continue  # the name rules found this person already
        if not any(start <= x.end and x.start < end for x in out):
            continue  # no mention to mend there: leave the name rules' reading alone
        kept = [x for x in out if x.end <= m.start() or x.start >= end]
        kept.append(Mention(start, end, sentence[start:end], "person", name, "official"))
        out = sorted(kept, key=lambda x: x.start)
    return out


_INNER_TITLE = re.compile(r"\b[A-Z][a-z]+-[Gg]eneral\s+")


def _after_inner_title(x: Mention) -> Mention:
    """A person read with a body's name and a hyphenated title before the name ("Knut
    Secretary-General Collins Oyuu"): the person is the name after the title."""
    if x.type != "person":
        return x
    inner = max(_INNER_TITLE.finditer(x.source or ""), key=lambda t: t.start(), default=None)
    if inner is None or inner.start() == 0 or len(x.source[inner.end() :].split()) < 2:
        return x
    name = x.source[inner.end() :]
    at = x.text.rfind(name)
    if at < 0:
        return Mention(x.start, x.end, x.text, "person", name, x.kind)
    # the evidence is the name alone: "Collins Oyuu", not "Knut Secretary-General Collins Oyuu"
    return Mention(x.start + at, x.end, x.text[at:], "person", name, x.kind)


def _portfolio_only(sentence: str, x: Mention) -> bool:
    """Whether ``x`` is a person read out of a portfolio right after its title."""
    if x.type != "person" or not all(w in _PORTFOLIO for w in x.text.split()):
        return False
    title = _TITLE.search(sentence, max(0, x.start - 40), x.start)
    return title is not None and title.end() == x.start


def _join_honorifics(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A person read as honorifics alone with the name right after it read apart
    ("Minister Datuk Seri" + "Julaihi Narawi"): one person, the name without the honours."""
    out = None
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        if (
            a.type == "person"
            and b.type == "person"
            and a.source
            and b.source
            and all(w in _HONORIFICS for w in a.source.split())
            and sentence[a.end : b.start] == " "
        ):
            out = out if out is not None else list(mentions)
            joined = Mention(a.start, b.end, sentence[a.start : b.end], "person", b.source, a.kind)
            out[out.index(a)] = joined
            out.remove(b)
    out = out if out is not None else mentions
    for x in [x for x in out if x.type == "person" and _TITLE_HEAD.search(x.text)]:
        # "Utility and Telecommunication Minister ...": the portfolio in front is the title's
        start = _portfolio_front(sentence, x.start)
        if start < x.start:
            wider = Mention(
                start,
                x.end,
                sentence[start : x.end],
                x.type,
                x.source,
                x.kind,
                x.plural,
                x.members,
                x.guessed,
            )
            out = [y for y in out if y.end <= start or y.start >= x.end] + [wider]
            out.sort(key=lambda y: y.start)
    return out


_TITLE_HEAD = re.compile(r"\b(?:Minister|Secretary)\b")


def _portfolio_front(sentence: str, start: int) -> int:
    """Where the portfolio words before ``start`` open ("Energy Transition and Water
    Transformation Minister": at "Energy"); ``start`` when there are none."""
    at = start
    while at > 1 and sentence[at - 1] == " ":
        word_start = sentence.rfind(" ", 0, at - 1) + 1
        word = sentence[word_start : at - 1]
        if word in _PORTFOLIO or word in ("and", "&", ","):
            at = word_start
        else:
            break
    while sentence[at : at + 4] == "and " or sentence[at : at + 2] in ("& ", ", "):
        at = sentence.find(" ", at) + 1  # a portfolio opens with a word, not "and"
    return at


def _person_after(sentence: str, title_start: int, at: int) -> tuple[int, int, str] | None:
    """``(mention start, end, name)`` of the person after the portfolio that starts at ``at``:
    portfolio words (and "and", commas) first, then two to four name words before a lower-case
    word or punctuation."""
    tokens = [(t.start(), t.group()) for t in _TOKEN.finditer(sentence, at)]
    k = 0
    portfolio = 0
    while k < len(tokens) and (tokens[k][1] in _PORTFOLIO or tokens[k][1] in _JOINERS):
        portfolio += tokens[k][1] in _PORTFOLIO
        k += 1
    if portfolio == 0 and not (k < len(tokens) and _is_place(tokens[k][1])):
        return None
    if portfolio == 0:
        k += 1  # "Representative to Jordan": one place word
    while k < len(tokens) and tokens[k][1].rstrip(".") in _HONORIFICS:
        k += 1  # "... and Emiratisation Dr Abdulrahman Al Awar": no part of the name
    name = []
    while k < len(tokens) and len(name) < 4 and _NAME_WORD.fullmatch(tokens[k][1].rstrip(".")):
        name.append(tokens[k])
        k += 1
    if len(name) < 2 or not name[0][1][:1].isupper():
        return None
    last_start, last = name[-1]
    end = last_start + len(last.rstrip("."))
    if k < len(tokens) and tokens[k][1][:1].isupper() and tokens[k][1] not in (",",):
        return None  # more capitalised words: not where a name ends
    opening = _title_opening(sentence, title_start)
    text_name = sentence[name[0][0] : end]
    return opening, end, text_name


def _is_place(word: str) -> bool:
    return word[:1].isupper() and word.isalpha() and word not in _PORTFOLIO


# Words that open a title in front of its head ("Deputy Minister", "Acting Director").
_TITLE_FRONT = frozenset(
    """Deputy Vice Acting Assistant Junior Senior Under Permanent Principal Special Chief Executive
    Regional Country Resident Cabinet State Federal Provincial Prime Foreign Interior""".split()
)


def _title_opening(sentence: str, title_start: int) -> int:
    """Where the title opens: its front words right before it ("Deputy Minister")."""
    start = title_start
    while start > 1 and sentence[start - 1] == " ":
        word_start = sentence.rfind(" ", 0, start - 1) + 1
        if sentence[word_start : start - 1] not in _TITLE_FRONT:
            break
        start = word_start
    return start
