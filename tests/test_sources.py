"""Gazetteer and mention rules, with sentences written for the tests."""

import json

import pytest

from provenance.errors import InvalidInput
from provenance.extract.sources import ENV_VAR, Gazetteer, find_mentions, kind_from_wording


@pytest.fixture(scope="module")
def gaz():
    return Gazetteer.default()


def _by_text(sentence, gaz):
    return {m.text: m for m in find_mentions(sentence, gaz)}


def test_capital_is_a_metonym_for_the_government(gaz):
    assert gaz.canonical("Moscow") == "Government of Russia"
    assert gaz.canonical("Seoul") == "South Korean government"
    assert gaz.canonical("Kyiv") == "Government of Ukraine"
    assert gaz.lookup("Washington").source.kind == "government"


def test_aliases_of_an_agency_share_one_canonical_name(gaz):
    names = {
        gaz.canonical(a)
        for a in ("NIS", "National Intelligence Service", "South Korea's spy agency")
    }
    assert names == {"National Intelligence Service"}


def test_wire_services_and_international_orgs(gaz):
    assert gaz.lookup("AFP").source.name == "Agence France-Presse"
    assert gaz.lookup("dpa").source.kind == "news_agency"
    assert gaz.lookup("KCNA").source.kind == "state_media"
    assert gaz.lookup("OHCHR").source.kind == "international_org"


def test_lookup_ignores_leading_article_and_case(gaz):
    assert gaz.canonical("the Pentagon") == gaz.canonical("Pentagon")
    assert gaz.canonical("gaza health ministry") == "Gaza Ministry of Health"


def test_user_file_extends_the_gazetteer(tmp_path):
    extra = tmp_path / "mine.json"
    extra.write_text(
        json.dumps(
            {"sources": [{"name": "Lakeside Monitoring Group", "kind": "ngo", "aliases": ["LMG"]}]}
        )
    )
    gaz = Gazetteer.load(extra)
    assert gaz.canonical("LMG") == "Lakeside Monitoring Group"
    assert gaz.canonical("AFP") == "Agence France-Presse"


def test_environment_variable_names_extra_files(tmp_path, monkeypatch):
    extra = tmp_path / "env.json"
    extra.write_text(
        json.dumps(
            {"sources": [{"name": "Delta Relief Board", "kind": "government", "aliases": ["DRB"]}]}
        )
    )
    monkeypatch.setenv(ENV_VAR, str(extra))
    assert Gazetteer.default().canonical("DRB") == "Delta Relief Board"


def test_bad_kind_is_a_readable_error(tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"sources": [{"name": "X", "kind": "wizard"}]}))
    with pytest.raises(InvalidInput, match="sources\\[0\\]"):
        Gazetteer.load(bad)


def test_anonymous_officials_by_wording(gaz):
    ms = _by_text(
        "A senior defence official who spoke on condition of anonymity told reporters the toll was 12.",
        gaz,
    )
    (m,) = [m for m in ms.values() if m.type == "group"]
    assert m.kind == "anonymous"
    assert m.source == "unnamed defence official"


def test_people_familiar_with_the_matter_are_anonymous(gaz):
    ms = _by_text("The bank plans 500 job cuts, two people familiar with the matter said.", gaz)
    (m,) = [m for m in ms.values() if m.type == "group"]
    assert (m.source, m.kind) == ("people familiar with the matter", "anonymous")


def test_lawmakers_are_legislators_with_named_members(gaz):
    ms = find_mentions(
        "According to lawmakers Ana Ruiz and Tom Berg, the agency counted 40 arrests.", gaz
    )
    group = next(m for m in ms if m.type == "group")
    assert group.kind == "legislator"
    assert group.members == ("Ana Ruiz", "Tom Berg")


def test_person_with_title_keeps_the_title_in_the_mention(gaz):
    ms = find_mentions("Health Minister Carla Mendes said 30 clinics had closed.", gaz)
    person = next(m for m in ms if m.type == "person")
    assert person.source == "Carla Mendes"
    assert person.text == "Health Minister Carla Mendes"
    assert person.kind == "official"


def test_surname_anaphora_with_known_people(gaz):
    ms = find_mentions(
        "Mendes added that 12 more were shut.", gaz, {"Mendes": ("Carla Mendes", "official")}
    )
    assert ms[0].source == "Carla Mendes"


def test_pronouns_and_descriptions_are_found_unresolved(gaz):
    ms = find_mentions("It said the ministry would publish the figures.", gaz)
    assert [(m.type, m.text) for m in ms][:2] == [
        ("pronoun", "It"),
        ("description", "the ministry"),
    ]


def test_kind_from_wording():
    assert kind_from_wording("the regional police") == "government"
    assert kind_from_wording("opposition MPs") == "legislator"
    assert kind_from_wording("the interior ministry") == "government"
    assert kind_from_wording("a person familiar with the plans") == "anonymous"
