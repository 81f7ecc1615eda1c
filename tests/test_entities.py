"""Finding CRCs and owners in sentences: names, aliases, abbreviations, groups and non-CRCs."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.extraction.entities import (
    EntityFinder,
    EntityMention,
    suggest,
)
from timeline.partial_date import PartialDate
from timeline.vocabulary import load_vocabulary

BGSW = "Bristol, Gloucestershire, Somerset and Wiltshire"
DDC = "Dorset, Devon and Cornwall"
KSS = "Kent, Surrey and Sussex"
WORKING_LINKS_CRCS = [BGSW, DDC, "Wales"]
SODEXO_CRCS = [
    "Northumbria",
    "Cumbria and Lancashire",
    "South Yorkshire",
    "Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire",
    "Norfolk and Suffolk",
    "Essex",
]
PURPLE_FUTURES_CRCS = [
    "Humberside, Lincolnshire and North Yorkshire",
    "West Yorkshire",
    "Cheshire and Greater Manchester",
    "Merseyside",
    "Hampshire and Isle of Wight",
]


@pytest.fixture(scope="module")
def finder() -> EntityFinder:
    return EntityFinder(load_vocabulary())


# (sentence, post date or None, CRCs, owners). Sentences marked "seed" are from documents/.
# fmt: off
CASES = [
    # seed: names, abbreviations, "… CRC"
    ("As current Director of DDC and BGSW CRC he is doing just the same.", None, [DDC, BGSW], []),
    ("Staff in DDC CRC are trapped in a spiral of decline.", None, [DDC], []),
    ("Manjinder Purewal will continue as chief probation officer for KSS CRC.", None, [KSS], []),
    ("Seetec (KSS) have a dreadful reputation as a provider.", None, [KSS], ["Seetec"]),
    ("Teleconference with BGSW (Bristol Gloucestershire Somerset and Wiltshire)", None, [BGSW], []),
    ("The Dorset, Devon, and Cornwall CRC report", None, [DDC], []),
    ("Devastating news for colleagues in Warwickshire & West Mercia CRC", None,
     ["Warwickshire and West Mercia"], []),
    ("I'm sure there are headless chickens at South Yorks CRC, Sodexo HQ and the MoJ.", None,
     ["South Yorkshire"], ["Sodexo"]),
    ("Staff in West Yorkshire Community Rehabilitation Company (CRC) were well led.", None,
     ["West Yorkshire"], []),
    ("who were done for fraud in 2012 are going to run Wales CRC.", None, ["Wales"], []),
    ("HMI Probation will next week start inspecting the Working Links’ Wales CRC.", None,
     ["Wales"], ["Working Links"]),
    ("BGSW and Wales will be managed by Dawn Blower and DDC by John Wiseman.", None,
     [BGSW, "Wales", DDC], []),
    ("The areas in question are Bristol, Gloucestershire, Somerset and Wiltshire (BGSW), "
     "Dorset, Devon and Cornwall (DDC) and Wales.", None, [BGSW, DDC, "Wales"], []),
    ("The crc in west Yorkshire are set to implode also.", None, ["West Yorkshire"], []),
    # new: spellings the documents may use
    ("Dorset Devon & Cornwall staff were told on Friday.", None, [DDC], []),
    ("Yesterday the Derbyshire, Leicestershire, Nottinghamshire and Rutland CRC ceased to exist.",
     None, ["Derbyshire, Nottinghamshire, Leicestershire and Rutland"], []),
    ("Staffs & West Mids and DLNR are run by the RRP.", None,
     ["Staffordshire and West Midlands", "Derbyshire, Nottinghamshire, Leicestershire and Rutland"],
     ["Reducing Reoffending Partnership"]),
    ("BeNCH CRC, HLNY CRC, CGM CRC, HIOW CRC and DTV CRC", None,
     ["Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire",
      "Humberside, Lincolnshire and North Yorkshire", "Cheshire and Greater Manchester",
      "Hampshire and Isle of Wight", "Durham Tees Valley"], []),
    ("the London and Thames Valley CRCs", None, ["London", "Thames Valley"], []),
    ("the CRC in Wales", None, ["Wales"], []),
    ("London Community Rehabilitation Company", None, ["London"], []),
    # seed: owners and aliases
    ("These new provider Purple Futures, MTC Nova! Must be under complete scrutiny.", None, [],
     ["Interserve", "MTCnovo"]),
    ("MTCNovo, a joint venture involving corporations and charities, won two.", None, [],
     ["MTCnovo"]),
    ("Interserve has won five areas as part of the Purple Futures partnership.", None, [],
     ["Interserve"]),
    ("NACRO's partner is Sodexo, whose deputy managing director is Jani", None, [], ["Sodexo"]),
    ("the Aurelius statement today and the communication to CRC staff", None, [], ["Aurelius"]),
    ("EOS Works and PeoplePlus are one owner", None, [], ["EOS"]),
    # group references resolved on the post date
    ("Seetec, owners of Kent, Surrey and Sussex CRC, will take over the three Working Links "
     "CRCs.", "2019-02-16", [KSS, *WORKING_LINKS_CRCS], ["Seetec", "Working Links"]),
    ("Napo wanted to assure our members in the Working Links CRCs", "2018-12-01",
     WORKING_LINKS_CRCS, ["Working Links"]),
    ("I wonder about Sodexo's six CRCs", "2016-05", SODEXO_CRCS, ["Sodexo"]),
    ("Sodexo's six CRCs were chosen last month", "2014-11", SODEXO_CRCS, ["Sodexo"]),
    ("the Purple Futures CRCs", "2019", PURPLE_FUTURES_CRCS, ["Interserve"]),
    ("all three Working Links CRCs", "2017-03-01", WORKING_LINKS_CRCS, ["Working Links"]),
    ("the Sodexo-run CRCs", "2018", SODEXO_CRCS, ["Sodexo"]),
    # "one of the …": some of the owner's CRCs, named apart if at all
    ("an inspection of one of the Working Links CRCs, Dorset, Devon and Cornwall (DDC)",
     "2019-02-15", ["Dorset, Devon and Cornwall"], ["Working Links"]),
    ("two of the three Working Links CRCs", "2018", [], ["Working Links"]),
    ("the Working Links CRCs", None, [], ["Working Links"]),  # no date: no expansion
    ("Working Links has three CRCs", "2018", [], ["Working Links"]),  # not a group phrase
    ("Sodexo's CRCs", "2013-10", [], ["Sodexo"]),  # before any bid
    # negatives: places, the NPS, trusts, other words
    ("services in England and Wales", None, [], []),
    ("NPS Wales and the NPS South West South Central division", None, [], []),
    ("I wonder if West Yorkshire Probation Trust might wish to comment", None, [], []),
    ("Short of staff in London.", None, [], []),
    ("Sodexo's failures in South Yorkshire", None, [], ["Sodexo"]),
    # "probation in" is context: the probation of a CRC's area is its CRC's business
    ("bids to run probation in London, Wales and the west", None, ["London", "Wales"], []),
    ("the bench mark, the Benches and the kss", None, [], []),
    ("Nacro, Ingeus and St Giles Trust", None, [], []),
    ("The Devon and Dorset teams", None, [], []),
    ("please write to media@seetec.co.uk or see www.sodexo.com/justice", None, [], []),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "when", "crcs", "owners"), CASES)
def test_entities_find_gives_crcs_and_owners_in_order(finder, sentence, when, crcs, owners):
    found = finder.find(sentence, PartialDate.parse(when) if when else None)
    assert (found.crcs, found.owners) == (crcs, owners)


@pytest.mark.parametrize(("sentence", "when", "crcs", "owners"), CASES)
def test_entities_mentions_point_at_the_text_as_written(finder, sentence, when, crcs, owners):
    found = finder.find(sentence, PartialDate.parse(when) if when else None)
    for mention in found.mentions:
        assert sentence[mention.start : mention.end] == mention.text
    assert [m.start for m in found.mentions] == sorted(m.start for m in found.mentions)


def test_entities_mentions_give_kind_canonical_name_and_offsets(finder):
    sentence = "Seetec owns KSS CRC; Purple Futures runs West Yorkshire CRC."
    assert finder.find(sentence).mentions == [
        EntityMention("owner", "Seetec", "Seetec", 0, 6),
        EntityMention("crc", KSS, "KSS CRC", 12, 19),
        EntityMention("owner", "Interserve", "Purple Futures", 21, 35),
        EntityMention("crc", "West Yorkshire", "West Yorkshire CRC", 41, 59),
    ]


def test_entities_group_reference_is_one_span_per_crc_and_the_owner(finder):
    sentence = "Napo will ensure the three Working Links CRCs keep their staff."
    found = finder.find(sentence, PartialDate.parse("2019-01"))
    group = [m for m in found.mentions if m.kind == "crc"]
    assert [m.name for m in group] == WORKING_LINKS_CRCS
    assert {m.text for m in group} == {"three Working Links CRCs"}
    owner = [m for m in found.mentions if m.kind == "owner"]
    assert [(m.text, m.start) for m in owner] == [("Working Links", sentence.index("Working"))]


def test_entities_group_reference_follows_ownership_on_the_date(finder):
    before = finder.find("the Seetec CRCs", PartialDate.parse("2018-06"))
    after = finder.find("the Seetec CRCs", PartialDate.parse("2019-06"))
    assert before.crcs == [KSS]
    assert after.crcs == [KSS, *WORKING_LINKS_CRCS]


@given(st.text(alphabet="DKSBGWalesCRC NPS,&'()and", max_size=80))
def test_entities_find_never_fails_and_offsets_hold_on_any_text(finder, sentence):
    found = finder.find(sentence, PartialDate.parse("2019"))
    for mention in found.mentions:
        assert sentence[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "crc"),
    [
        ("DDC", DDC),
        ("ddc", DDC),  # names typed by people resolve in any case; prose matches are strict
        ("Kent Surrey & Sussex CRC", KSS),
        ("NPS Wales", None),
    ],
)
def test_entities_names_typed_by_people_resolve_to_a_crc(text, crc):
    assert load_vocabulary().names.unit(text) == crc


@pytest.mark.parametrize(
    ("text", "owner"), [("Purple Futures", "Interserve"), ("MTC", "MTCnovo"), ("Nacro", None)]
)
def test_entities_names_typed_by_people_resolve_to_an_owner(text, owner):
    assert load_vocabulary().names.owner(text) == owner


def test_entities_suggest_names_the_crc_meant():
    crcs = load_vocabulary().crc_names
    assert suggest("Dorset Devon & Cornwal", crcs) == DDC
    assert suggest("Lancashire", ["Sodexo", "Seetec"]) is None


RAIL_REGISTER = """
context:
  after: [franchise]
  group: [franchises]
owners:
  - name: Go-Ahead Group
    aliases: [Go-Ahead]
crcs:
  - name: Southern
    needs_context: true
    ownership:
      - {owner: Go-Ahead Group, start: "2015-07-26", end: "2022-04-01", source: test}
  - name: Thameslink, Southern and Great Northern
    abbreviations: [TSGN]
    ownership:
      - {owner: Go-Ahead Group, start: "2014-09-14", end: "2022-04-01", source: test}
not_crcs: ["{crc} Water"]
"""


def test_entities_another_corpus_needs_only_a_new_register(tmp_path: Path):
    with resources.as_file(resources.files("timeline") / "data" / "taxonomy.yaml") as taxonomy:
        shutil.copy(taxonomy, tmp_path / "taxonomy.yaml")
    (tmp_path / "crcs.yaml").write_text(RAIL_REGISTER, encoding="utf-8")
    finder = EntityFinder(load_vocabulary(tmp_path))

    def names(sentence: str, when: str | None = None) -> tuple[list[str], list[str]]:
        found = finder.find(sentence, PartialDate.parse(when) if when else None)
        return found.crcs, found.owners

    assert names("the Southern franchise was stripped") == (["Southern"], [])
    assert names("Southern Water and the southern coast") == ([], [])
    assert names("TSGN, run by Go-Ahead") == (
        ["Thameslink, Southern and Great Northern"],
        ["Go-Ahead Group"],
    )
    assert names("the Go-Ahead franchises", "2016")[0] == [
        "Southern",
        "Thameslink, Southern and Great Northern",
    ]


def test_a_sentence_read_again_is_read_for_its_own_date(finder):
    sentence = "all three Working Links CRCs"
    dated = finder.find(sentence, PartialDate.parse("2017-03-01"))
    undated = finder.find(sentence, None)
    assert dated.crcs == WORKING_LINKS_CRCS and undated.crcs == []
    assert finder.find(sentence, PartialDate.parse("2017-03-01")) == dated
    finder.forget()
    assert finder.find(sentence, None) == undated
