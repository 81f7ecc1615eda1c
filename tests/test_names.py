"""Written names: one table run through every entry point, which must agree on each name.

The entry points are the names module itself, `timeline list --crc/--owner/--type`, `timeline
add`, the dashboard address (`?crc=…`) and validation of events.yaml, all with the shipped
vocabulary (whose short forms are abbreviations, "DDC", "MTC", where the test stories use
aliases: the difference that let the entry points drift apart).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from dashboard.state import parse_query
from timeline.cli import main
from timeline.model import FORMAT_VERSION, Event
from timeline.names import Names, UnknownName
from timeline.store.events_file import load_events, write_extraction
from timeline.store.validate import check_text
from timeline.vocabulary import load_vocabulary

DDC = "Dorset, Devon and Cornwall"
STAFFS = "Staffordshire and West Midlands"
BENCH = "Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire"

# (kind, written, the canonical name it stands for, or None and the did-you-mean offered)
WRITTEN = [
    ("unit", "Dorset, Devon and Cornwall", DDC, None),
    ("unit", "DDC", DDC, None),
    ("unit", "ddc", DDC, None),
    ("unit", "Dorset Devon & Cornwall", DDC, None),
    ("unit", "dorset, devon and cornwall", DDC, None),
    ("unit", " Dorset Devon and Cornwall CRC ", DDC, None),
    ("unit", "Wales", "Wales", None),
    ("unit", "wales crc", "Wales", None),
    ("unit", "kss", "Kent, Surrey and Sussex", None),
    ("unit", "Staffs & West Mids", STAFFS, None),
    ("unit", "bench", BENCH, None),
    ("unit", "Walse", None, "Wales"),
    ("unit", "Dorset Devon & Cornwal", None, DDC),
    ("unit", "Atlantis", None, None),
    ("owner", "Working Links", "Working Links", None),
    ("owner", "working links", "Working Links", None),
    ("owner", "Purple Futures", "Interserve", None),
    ("owner", "purple futures", "Interserve", None),
    ("owner", "MTC", "MTCnovo", None),
    ("owner", "mtc novo", "MTCnovo", None),
    ("owner", "rrp", "Reducing Reoffending Partnership", None),
    ("owner", "Seetek", None, "Seetec"),
    ("type", "company_collapsed", "company_collapsed", None),
    ("type", "Company collapsed", "company_collapsed", None),
    ("type", "COMPANY COLLAPSED", "company_collapsed", None),
    ("type", "report published", "report_published", None),
    ("type", "collapse", None, "company_collapsed"),
    ("type", "earthquake", None, None),
]

# A canonical name of each kind that no written name above stands for: the decoy event's.
DECOY = {"unit": "Northumbria", "owner": "Sodexo", "type": "job_cuts"}
OPTION = {"unit": "--crc", "owner": "--owner", "type": "--type"}
FIELD = {"unit": "crcs", "owner": "owners", "type": "type"}
QUERY_KEY = {"unit": "crc", "owner": "owner", "type": "type"}


SHIPPED = load_vocabulary()


@pytest.fixture(scope="module")
def names() -> Names:
    return SHIPPED.names


@pytest.fixture
def in_no_story(tmp_path, monkeypatch) -> Path:
    """Run commands from a folder that holds no story, so they use the shipped one."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _event(event_id: str, kind: str, name: str) -> Event:
    fields: dict = {"type": "report_published"}
    fields[FIELD[kind]] = name if kind == "type" else [name]
    return Event(id=event_id, date="2019-06", title=event_id, **fields)


def _run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def _rejection(hint: str | None) -> str:
    return f'(did you mean "{hint}"?)' if hint else "unknown"


def _validation_message(kind: str, written: str) -> str:
    event = {"id": "e", "date": "2019-06", "type": "report_published", "title": "T"}
    event[FIELD[kind]] = written if kind == "type" else [written]
    text = json.dumps({"version": FORMAT_VERSION, "events": [event]})
    problems = check_text(text, "events.yaml", SHIPPED)
    return "; ".join(problem.message for problem in problems)


CASES = pytest.mark.parametrize(("kind", "written", "canonical", "hint"), WRITTEN)


@CASES
def test_names_module_resolves_or_suggests(names, kind, written, canonical, hint):
    assert names.find(kind, written) == canonical
    if canonical is None:
        assert names.did_you_mean(kind, written) == hint
        with pytest.raises(UnknownName, match="did you mean" if hint else "known: "):
            names.canonical(kind, written)
    else:
        assert names.canonical(kind, written) == canonical


@CASES
def test_names_list_filter_option_agrees(in_no_story, kind, written, canonical, hint):
    events_path = in_no_story / "events.yaml"
    meant = canonical or DECOY[kind]  # an unknown name must fail, not match the decoy
    write_extraction(
        events_path, [_event("meant", kind, meant), _event("decoy", kind, DECOY[kind])]
    )
    result = _run("list", str(events_path), "--json", "--no-national", OPTION[kind], written)
    if canonical is None:
        assert result.exit_code == 1
        assert _rejection(hint) in result.output
    else:
        assert result.exit_code == 0, result.output
        assert [event["id"] for event in json.loads(result.output)] == ["meant"]


@CASES
def test_names_add_stores_the_canonical_name(in_no_story, kind, written, canonical, hint):
    events_path = in_no_story / "events.yaml"
    options = (
        ["--type", written] if kind == "type" else ["--type", "job_cuts", OPTION[kind], written]
    )
    result = _run("add", str(events_path), "--date", "2019", "--title", "Added", *options)
    if canonical is None:
        assert result.exit_code == 1
        assert _rejection(hint) in result.output
        assert not events_path.exists()
    else:
        assert result.exit_code == 0, result.output
        (added,) = load_events(events_path).events
        stored = getattr(added, FIELD[kind])
        assert stored == (canonical if kind == "type" else [canonical])


@CASES
def test_names_dashboard_address_agrees(kind, written, canonical, hint):
    state = parse_query("?" + urlencode({QUERY_KEY[kind]: written}), SHIPPED)
    chosen = {"unit": state.crcs, "owner": state.owners, "type": state.types}[kind]
    if canonical is None:
        assert chosen == ()
        assert _rejection(hint) in " ".join(state.notices)
    else:
        assert chosen == (canonical,)
        assert state.notices == ()


@CASES
def test_names_validation_names_the_canonical_name(kind, written, canonical, hint):
    message = _validation_message(kind, written)
    if canonical is None:
        assert _rejection(hint) in message
    elif written == canonical:
        assert message == ""
    else:  # events.yaml holds canonical names: another name is refused, saying which to write
        assert message.endswith(f'"{canonical}"; write that')


@pytest.mark.parametrize(
    ("kind", "written", "canonical"),
    [
        ("unit", "South Yorkshire Community Rehabilitation Company", "South Yorkshire"),
        ("unit", "Kent Surrey & Sussex CRCs", "Kent, Surrey and Sussex"),
        ("unit", "dorset, devon, and cornwall crc", DDC),
        ("unit", "BeNCH", BENCH),
        ("unit", "NPS Wales", None),
        ("unit", "CRC", None),
        ("unit", "Sodexo", None),  # an owner is not a unit
        ("owner", "sodexo justice services", "Sodexo"),
        ("owner", "People Plus", "EOS"),
        ("owner", "Nacro", None),  # a partner, not the owner
        ("owner", "Wales", None),
        ("owner", "Wales CRC", None),  # the context words belong to units only
        ("body", "NOMS", "HMPPS"),
        ("body", "ministry of justice", "MoJ"),
        ("body", "Seetec", None),
    ],
)
def test_names_find_knows_each_kind_apart(names, kind, written, canonical):
    assert names.find(kind, written) == canonical


@pytest.mark.parametrize(
    ("type_name", "label"),
    [("company_collapsed", "Company collapsed"), ("invented_type", "invented_type")],
)
def test_names_type_label_falls_back_to_the_name(names, type_name, label):
    assert names.type_label(type_name) == label


def test_names_nouns_and_national_label_are_the_story_own():
    rail = load_vocabulary(Path(__file__).parent.parent / "examples" / "rail-franchises").names
    assert (rail.noun("unit"), rail.noun("type")) == ("Franchise", "event type")
    assert rail.national == rail.nouns.national != load_vocabulary().names.national


def test_names_unknown_without_a_close_name_lists_the_known_ones_sorted(names):
    with pytest.raises(UnknownName) as raised:
        names.canonical("owner", "Zzzz")
    assert str(raised.value).startswith('unknown owner "Zzzz"; known: ARCC; Aurelius; EOS;')
