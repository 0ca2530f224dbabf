"""Round 10 of the gazetteer: armed forces, armed groups, ministries, border/transport/utility
bodies, electoral and rights commissions, central banks and disaster agencies (added by
category from general knowledge), and the aliases left out because they are ambiguous."""

from __future__ import annotations

import pytest

from provenance.extract.sources import Gazetteer

GAZ = Gazetteer.default()


@pytest.mark.parametrize(
    ("alias", "name", "kind"),
    [
        # armed forces, their media wings, general staffs and commands
        ("U.S. Africa Command", "United States Africa Command", "military"),
        ("CENTCOM", "United States Central Command", "military"),
        ("INDOPACOM", "United States Indo-Pacific Command", "military"),
        ("ISPR", "Inter-Services Public Relations", "military"),
        ("Pakistani military's media wing", "Inter-Services Public Relations", "military"),
        ("Iran's General Staff", "General Staff of the Armed Forces of Iran", "military"),
        ("Revolutionary Guards", "Islamic Revolutionary Guard Corps", "military"),
        ("PLA Eastern Theatre Command", "PLA Eastern Theater Command", "military"),
        ("IDF Spokesperson's Unit", "Israel Defense Forces", "military"),
        ("FARDC", "Armed Forces of the Democratic Republic of the Congo", "military"),
        (
            "Polish Operational Command",
            "Operational Command of the Polish Armed Forces",
            "military",
        ),
        ("Taiwan's defence ministry", "Ministry of National Defense (Taiwan)", "government"),
        # non-state armed groups (kind "other", as Hamas) and their media arms ("outlet")
        ("Tehreek-e-Taliban Pakistan", "Tehrik-i-Taliban Pakistan", "other"),
        ("al-Shabab", "Al-Shabaab", "other"),
        ("ISWAP", "Islamic State West Africa Province", "other"),
        ("M23", "March 23 Movement", "other"),
        ("Hamas's armed wing", "Ezzedine al-Qassam Brigades", "other"),
        ("Amaq news agency", "Amaq News Agency", "outlet"),
        # ministries, named as the extractor names a country's bare ministry
        ("Kenya's health ministry", "Ministry of Health (Kenya)", "government"),
        ("Indian foreign ministry", "Ministry of External Affairs (India)", "government"),
        ("Kemenkes", "Ministry of Health (Indonesia)", "government"),
        ("Quai d'Orsay", "Ministry for Europe and Foreign Affairs (France)", "government"),
        # immigration, transport, utilities, electoral commissions
        ("IRCC", "Immigration, Refugees and Citizenship Canada", "government"),
        (
            "Road Transport and Highways Ministry",
            "Ministry of Road Transport and Highways",
            "government",
        ),
        ("NHTSA", "National Highway Traffic Safety Administration", "government"),
        ("KPLC", "Kenya Power", "other"),
        ("IEBC", "Independent Electoral and Boundaries Commission", "government"),
        ("Comelec", "Commission on Elections", "government"),
        # rights commissions, ombudsmen, central banks, disaster agencies
        ("India's NHRC", "National Human Rights Commission (India)", "government"),
        (
            "Ukraine's human rights ombudsman",
            "Ukrainian Parliament Commissioner for Human Rights",
            "government",
        ),
        ("Kenyan central bank", "Central Bank of Kenya", "government"),
        ("Punjab PDMA", "Provincial Disaster Management Authority (Punjab)", "government"),
    ],
)
def test_round10_bodies_are_in_the_gazetteer(alias, name, kind):
    entry = GAZ.lookup(alias)
    assert entry is not None, alias
    assert (entry.source.name, entry.source.kind) == (name, kind)


@pytest.mark.parametrize(
    "alias",
    [
        "General Staff",  # every army has one
        "Central Command",  # Israel's and India's commands too
        "Southern Command",
        "Joint Chiefs",
        "Wagner",  # a surname
        "PLAN",  # a capitalised word in headlines
        "SHAPE",
        "SNA",  # Somali National Army or Syrian National Army
        "SDF",  # Syria's and Japan's
        "ADF",  # Australia's forces and the Congo/Uganda rebels
        "NHRC",  # India, Nepal, Nigeria, Bangladesh
        "MHA",  # Singapore's and India's home ministries
        "MVD",  # Marburg virus disease
        "PLN",  # the Polish zloty
        "TCN",  # third-country national
        "HTS",  # harmonized tariff schedule
        "EDF",  # EDF and the Environmental Defense Fund
        "LTA",  # Singapore's transport authority and the Lawn Tennis Association
        "Global Affairs",  # ordinary words
        "Hacienda",
    ],
)
def test_ambiguous_aliases_are_left_out(alias):
    assert GAZ.lookup(alias) is None


def test_shared_acronyms_resolve_by_country():
    assert GAZ.lookup("Japan's SDF").source.name == "Japan Self-Defense Forces"
    assert GAZ.lookup("Syria's SDF").source.name == "Syrian Democratic Forces"
    assert GAZ.lookup("Congo's ADF").source.name == "Allied Democratic Forces"
    assert GAZ.lookup("Australia's ADF").source.name == "Australian Defence Force"


@pytest.mark.parametrize(
    "sentence",
    [
        "The outbreak of Marburg virus disease (MVD) has killed 15 people.",
        "The zloty firmed to PLN 4.30 against the euro on Monday.",
        "Tom Wagner said 30 people attended the concert.",
        "He said global affairs were complicated.",
    ],
)
def test_ordinary_text_matches_no_round10_entry(sentence):
    names = {e.source.name for _, _, e in GAZ.find(sentence)}
    assert not names & {
        "Ministry of Internal Affairs of Russia",
        "Perusahaan Listrik Negara",
        "Wagner Group",
        "Global Affairs Canada",
    }
