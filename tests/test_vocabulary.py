"""The shipped CRC register, ownership look-ups, did-you-mean and bad data files.

Written names becoming canonical ones: test_names.py.
"""

from __future__ import annotations

import shutil
from collections import Counter
from importlib import resources
from pathlib import Path

import pytest

from timeline.errors import VocabularyError
from timeline.names import suggest
from timeline.partial_date import PartialDate
from timeline.register import ALL_ROLES
from timeline.vocabulary import load_vocabulary

WORKING_LINKS_CRCS = [
    "Bristol, Gloucestershire, Somerset and Wiltshire",
    "Dorset, Devon and Cornwall",
    "Wales",
]

# reference/crcs.md, "The 21 CRCs"
CANONICAL_CRCS = {
    "Northumbria",
    "Cumbria and Lancashire",
    "South Yorkshire",
    "Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire",
    "Norfolk and Suffolk",
    "Essex",
    "Durham Tees Valley",
    "Humberside, Lincolnshire and North Yorkshire",
    "West Yorkshire",
    "Cheshire and Greater Manchester",
    "Merseyside",
    "Hampshire and Isle of Wight",
    "Staffordshire and West Midlands",
    "Derbyshire, Nottinghamshire, Leicestershire and Rutland",
    "Warwickshire and West Mercia",
    "London",
    "Thames Valley",
    "Kent, Surrey and Sussex",
    *WORKING_LINKS_CRCS,
}


def on(text: str) -> PartialDate:
    return PartialDate.parse(text)


def test_vocabulary_shipped_register_has_the_21_crcs_by_canonical_name(vocabulary):
    assert len(vocabulary.crc_names) == 21
    assert set(vocabulary.crc_names) == CANONICAL_CRCS


def test_vocabulary_every_ownership_period_names_a_known_owner_and_a_source(vocabulary):
    owners = set(vocabulary.owner_names)
    for crc in vocabulary.register.crcs:
        assert crc.ownership, crc.name
        for period in crc.ownership:
            assert period.owner in owners, (crc.name, period.owner)
            assert period.source.strip(), (crc.name, period.owner)


def test_vocabulary_every_crc_ends_on_2021_06_26(vocabulary):
    for crc in vocabulary.register.crcs:
        assert vocabulary.ownership_bands(crc.name)[-1].end == "2021-06-26", crc.name


def test_vocabulary_owner_counts_in_march_2018_match_napo_evidence(vocabulary):
    counts = Counter(
        owner
        for crc in vocabulary.crc_names
        for owner in vocabulary.owners_of(crc, on("2018-03"), roles=["owner"])
    )
    assert counts == {
        "Sodexo": 6,
        "Interserve": 5,
        "Working Links": 3,
        "Reducing Reoffending Partnership": 2,
        "MTCnovo": 2,
        "Seetec": 1,
        "EOS": 1,
        "ARCC": 1,
    }


@pytest.mark.parametrize(
    ("crc", "when", "owners"),
    [
        ("Wales", "2018-06", {"Working Links", "Aurelius"}),
        ("Wales", "2019-03", {"Seetec"}),
        ("Wales", "2019-02", {"Working Links", "Aurelius", "Seetec"}),  # handover month
        ("Wales", "2019-02-14", {"Working Links", "Aurelius"}),
        ("Wales", "2019-02-15", {"Seetec"}),
        ("Dorset, Devon and Cornwall", "2017", {"Working Links", "Aurelius"}),
        ("Dorset, Devon and Cornwall", "2015-06", {"Working Links"}),
        ("Essex", "2016", {"Sodexo"}),
        ("Kent, Surrey and Sussex", "2019-02-15", {"Seetec"}),
        ("Merseyside", "2019-03-15", {"Interserve"}),
        ("Essex", "2015-01-31", set()),  # before the share sale: preferred bidder only
        ("London", "2014-06", set()),
        ("London", "2021-06-26", set()),  # contracts ended
        ("London", "2021-06", {"MTCnovo"}),
    ],
)
def test_vocabulary_owners_of_gives_owners_and_parents_on_a_date(vocabulary, crc, when, owners):
    assert set(vocabulary.owners_of(crc, on(when))) == owners


@pytest.mark.parametrize(
    ("when", "bidders"),
    [
        ("2014-10-28", []),
        ("2014-11-01", ["Geo Mercia Willowdene"]),
        ("2014-11", ["Geo Mercia Willowdene", "EOS"]),
        ("2014-12-05", ["EOS"]),
        ("2015-03", ["EOS"]),
    ],
)
def test_vocabulary_all_roles_adds_preferred_bidders(vocabulary, when, bidders):
    crc = "Warwickshire and West Mercia"
    assert vocabulary.owners_of(crc, on(when), roles=ALL_ROLES) == bidders


def test_vocabulary_preferred_bidders_do_not_own_by_default(vocabulary):
    assert vocabulary.owners_of("Warwickshire and West Mercia", on("2014-11")) == []
    assert vocabulary.crcs_owned_by("Sodexo", on("2014-12")) == []
    assert len(vocabulary.crcs_owned_by("Sodexo", on("2014-12"), roles=ALL_ROLES)) == 6


def test_vocabulary_crcs_owned_by_working_links_on_the_eve_of_collapse(vocabulary):
    assert vocabulary.crcs_owned_by("Working Links", on("2019-02-01")) == WORKING_LINKS_CRCS
    assert vocabulary.crcs_owned_by("Working Links", on("2019-02-15")) == []
    assert vocabulary.crcs_owned_by("Aurelius", on("2017")) == WORKING_LINKS_CRCS


def test_vocabulary_crcs_last_held_by_reaches_back_after_a_handover(vocabulary):
    assert vocabulary.crcs_last_held_by("Working Links", on("2019-03")) == WORKING_LINKS_CRCS
    assert vocabulary.crcs_last_held_by("Seetec", on("2019-03")) == [
        "Kent, Surrey and Sussex",
        *WORKING_LINKS_CRCS,
    ]
    assert vocabulary.crcs_last_held_by("Sodexo", on("2013")) == []
    assert vocabulary.crcs_last_held_by("Working Links", on("2019-12")) == WORKING_LINKS_CRCS
    assert vocabulary.crcs_last_held_by("Working Links", on("2020-06")) == []  # over a year on
    assert vocabulary.crcs_last_held_by("Sodexo", on("2024-05")) == []


def test_vocabulary_ownership_bands_are_owner_role_only_in_order(vocabulary):
    bands = vocabulary.ownership_bands("Wales")
    assert [(band.owner, band.start, band.end) for band in bands] == [
        ("Working Links", "2015-02-01", "2019-02-15"),
        ("Seetec", "2019-02-15", "2021-06-26"),
    ]


@pytest.mark.parametrize(
    ("name", "meant"),
    [
        ("Dorset Devon & Cornwal", "Dorset, Devon and Cornwall"),
        ("Kent Surrey Sussex", "Kent, Surrey and Sussex"),
        ("Warwickshire and West Mercier", "Warwickshire and West Mercia"),
        ("Nowhere at all", None),
    ],
)
def test_vocabulary_suggest_gives_the_crc_meant(vocabulary, name, meant):
    assert suggest(name, vocabulary.crc_names) == meant


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    shipped = resources.files("timeline") / "data"
    for name in ("taxonomy.yaml", "crcs.yaml"):
        with resources.as_file(shipped / name) as path:
            shutil.copy(path, tmp_path / name)
    return tmp_path


def rewrite(data_dir: Path, old: str, new: str) -> int:
    """Replace the first old with new in the copied crcs.yaml; give the 1-based line of it."""
    path = data_dir / "crcs.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    index = text.index(old)
    path.write_text(text[:index] + new + text[index + len(old) :], encoding="utf-8")
    return text.count("\n", 0, index) + 1


def test_vocabulary_copied_data_loads_from_a_directory(data_dir):
    assert len(load_vocabulary(data_dir).crc_names) == 21


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("owner: Seetec\n", "owner: Seetek\n", "unknown owner 'Seetek' (did you mean 'Seetec'?)"),
        ("aliases: [South Yorks]", "aliases: [South Yorks, KSS]", "alias 'KSS'"),
        ("aliases: [Purple Futures,", "aliases: [Sodexo justice services,", "Sodexo"),
        ('start: "2015-02-01"', 'start: "2015-02-30"', "not a valid date"),
        ('start: "2015-02-01"', 'start: "1 Feb 2015"', "YYYY"),
        ("    needs_context: true", "    need_context: true", "need_context"),
        ("role: preferred_bidder", "role: bidder", "role"),
        ('end: "2019-02-15"', 'end: "2019-03-15"', "overlap"),
        ('end: "2021-06-26"', 'end: "2014-06-26"', "before it starts"),
        ("- NPS\n", "- NPS {area}\n", "placeholder {area}"),
        ("sits_in: [Senedd]", "sits_in: [Sened]", "sits in unknown body 'Sened' (did you mean"),
        ('until: "2017-04-01"', 'until: "April 2017"', "YYYY"),
    ],
)
def test_vocabulary_bad_crcs_file_is_an_error_naming_the_file(data_dir, old, new, message):
    rewrite(data_dir, old, new)
    with pytest.raises(VocabularyError) as raised:
        load_vocabulary(data_dir)
    assert str(data_dir / "crcs.yaml") in str(raised.value)
    assert message in str(raised.value)
    assert "\n" not in str(raised.value)


def test_vocabulary_field_typo_error_gives_its_line(data_dir):
    line = rewrite(data_dir, "    needs_context: true", "    need_context: true")
    with pytest.raises(VocabularyError, match=rf"crcs\.yaml:{line}: crcs\.\d+\.need_context"):
        load_vocabulary(data_dir)


def test_vocabulary_bad_date_error_gives_its_line(data_dir):
    line = rewrite(data_dir, 'start: "2015-02-01"', 'start: "2015-13-01"')
    with pytest.raises(VocabularyError, match=rf"crcs\.yaml:{line}: crcs\.\d+\.ownership\.\d"):
        load_vocabulary(data_dir)


def test_vocabulary_broken_yaml_is_an_error_with_a_line(data_dir):
    rewrite(data_dir, "owners:\n", "owners: [\n")
    with pytest.raises(VocabularyError, match=r"crcs\.yaml:\d+: "):
        load_vocabulary(data_dir)


def test_vocabulary_duplicate_alias_error_names_the_alias_and_both_holders(data_dir):
    rewrite(data_dir, "abbreviations: [KSS]", "abbreviations: [KSS, DDC]")
    with pytest.raises(VocabularyError) as raised:
        load_vocabulary(data_dir)
    assert str(raised.value) == (
        f"{data_dir / 'crcs.yaml'}: alias 'DDC' of CRC 'Dorset, Devon and Cornwall' "
        "also names CRC 'Kent, Surrey and Sussex'"
    )


def test_vocabulary_gives_a_bodys_former_names_and_when_each_ended(vocabulary):
    ((name, until),) = vocabulary.former_names["HMPPS"]
    assert (name, str(until)) == ("NOMS", "2017-04-01")
