"""Words around people's names, for :mod:`.sources`: titles before a name, honorifics,
portfolios ("Minister for Housing"), capitalised words that are no name."""

from __future__ import annotations

import re

TITLE_WORDS = (
    # ("Secretary-General" before "Secretary": the longer title first)
    r"(?:Secretary-General|Secretary-general|Inspector-General|Attorney-General|Auditor-General|"
    r"Solicitor-General|Surgeon-General|Governor-General|Director-general|"
    r"President|Prime|Minister|minister|Secretary|secretary|Chancellor|General|Gen\.|Colonel|"
    r"Deputy|deputy|Chief|chief|executive|Executive|spokesman|spokeswoman|spokesperson|Spokesman|"
    r"Foreign|Defence|Defense|Interior|Finance|Health|Education|Justice|Labour|Labor|Trade|Energy|Economy|finance|foreign|defence|defense|interior|Outgoing|outgoing|"
    r"Former|former|leader|Leader|Commissioner|Director-General|Director|director|Ambassador|Senator|"
    r"Governor|governor|Mayor|mayor|Judge|Dr\.|Mr\.|Ms\.|Mrs\.|national|security|Security|Council|White|House|Supreme|"
    r"Commander|commander|head|Head|Rep\.|Sen\.|CGT|Russian|Ukrainian|French|British|U\.S\.|US|North|South|"
    r"Korean|German|Israeli|Chinese|Japanese|Iranian|"
    # officers, investigators and professionals named by their job ("Coroner Jane Roe",
    # "Police Chief Ann Lee", "Texas Gov. Greg Abbott", "economist Mia Hart")
    r"Lieutenant-Colonel|Lieutenant-General|Major-General|Brigadier-General|Lt-Col|Lt-Gen|Maj-Gen|"
    r"Brig-Gen|Pol|Maj|Admiral|"  # "Pol Gen Thanakorn Wongsiri" (Thai police ranks)
    r"Coroner|Sheriff|Inspector|Superintendent|Detective|Sergeant|Sgt\.|Captain|Capt\.|Lieutenant|Lt\.|"
    r"Brigadier|Constable|Corporal|Commodore|Marshal|Charge|Lt|Col|Gen|Capt|Sgt|Supt|Insp|Malam|Mallam|Col\.|Maj\.|Brig\.|Adm\.|Cmdr\.|Professor|Prof\.|professor|Chairman|chairman|Chairwoman|chairwoman|Premier|Speaker|Gov\.|"
    r"Attorney|attorney|Prosecutor|prosecutor|District|Police|police|Fire|fire|Officer|officer|CEO|"
    r"economist|analyst|researcher|lawyer|Rev\.|Bishop|Archbishop|"
    # scientists and professionals named by their field ("Meteorologist Md Omar Faruq")
    r"Meteorologist|meteorologist|Seismologist|seismologist|Epidemiologist|epidemiologist|"
    r"Volcanologist|volcanologist|Virologist|virologist|Economist|Analyst|Researcher|"
    r"Scientist|scientist|Historian|historian|Engineer|engineer|Statistician|statistician|"
    r"Strategist|strategist|"
    # honorifics written without a full stop (British and Commonwealth style) and titles of
    # respect ("Dr Saba Qureshi", "Alhaji Abdullahi Baba-Ahmed")
    r"Dr|Mr|Mrs|Ms|Prof|Sir|Dame|Alhaji|Alhaja|Hajiya|Engr\.|Engr|Barr\.|Barr|"
    # Malaysian honours and clergy ("Datuk Seri Fadillah Yusof", "Father Marco Lancetti")
    r"Datuk|Datin|Dato|Seri|Tun|Father|Imam|Rabbi|Pastor|Cardinal)"
)

NOT_NAMES = frozenset(
    """The A An In On At As By For From With Without After Before During Since Until According Citing
    Speaking Counting Measured Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February
    March April May June July August September October November December North South East West New
    Russian Ukrainian Korean Western Eastern British French German Israeli American Chinese Palestinian
    Only Both Neither Nor None Total Drone Deputy Chief Finance Outgoing President Prime Minister Russia
    Ukraine Kursk Gaza Pyongyang Seoul Moscow Kyiv Health Human Hero Order Air Base Region Party People
    Power Democratic National Assembly Services This That These Those Team Earlier Later Hours Amazon
    Every Each Some Many Most All Any Several Few Such Another Other""".split()
)

# Lower-case heads of a person's title ("Sheriff: 14 arrested", "the interior minister said"):
# the description names the person with that title in the article
TITLE_HEADS = frozenset(
    "sheriff coroner governor mayor minister president premier chancellor prosecutor judge".split()
)

# Honorifics that a name can open with when the title regex did not take them ("Ms Onyancha").
HONORIFICS = frozenset("Mr Ms Mrs Miss Dr Prof Sir Dame".split())
# "Minister for Housing James Browne", "Secretary of State for Health Jane Roe"
PORTFOLIO_BEFORE = re.compile(
    r"(?:Minister|Secretary|Commissioner)(?: of State)? (?:for|of) (?:the )?$"
)

# Title nouns that can sit inside a run of capitalised words before a name.
TITLE_NOUNS = frozenset(
    """Secretary Minister President Chancellor Governor Mayor Ambassador Commissioner Director
    Spokesman Spokeswoman Spokesperson Chairman Chairwoman Chair Chief Officer Prosecutor Judge
    Commander General Admiral Senator Representative Premier Leader Speaker Envoy Collector
    Magistrate Sheriff Coroner Superintendent Inspector Councillor Administrator Prince King Queen
    Sheikh Emir Sultan Pathologist Registrar Auditor Treasurer Surgeon Ombudsman Coordinator
    Adviser Advisor Controller""".split()
)

# words of a portfolio after its first ("Home Affairs", "Culture, Media and Sport")
PORTFOLIO_WORDS = frozenset(
    """Affairs Security Development Services Protection Welfare Resources Planning Communications
    Technology Industry Trade Infrastructure Change Relations Works Government Innovation and
    Sport Media Culture Tourism Energy Environment Justice Health Education Transport""".split()
)
GROUP_AFTER_NAME = re.compile(
    r"\s+(?:officials|authorities|police|prosecutors|residents|lawmakers|firefighters|health officials)\b"
)
# A preposition right before a capitalised word: a place or a thing, not the verb's subject.
PLACE_PREPOSITION = re.compile(
    r"(?<![\w-])(?:off|in|near|outside|around|across|"
    r"(?:residents?|natives?|people|survivors|villagers|citizens|inhabitants|families)\s+of)\s+$"
)
