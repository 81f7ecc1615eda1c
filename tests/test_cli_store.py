"""`timeline validate`, `schema`, `list` and `add` from the command line."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import main
from timeline.model import Event, Source
from timeline.store.events_file import load_events, write_extraction
from timeline.vocabulary import load_vocabulary

FIXTURES = Path(__file__).parent / "fixtures" / "store"


@pytest.fixture
def fixed_vocabulary():
    """The small test vocabulary the commands run with (its folder is a story: --story)."""
    return load_vocabulary(FIXTURES)


@pytest.fixture
def events_path(tmp_path) -> Path:
    events = [
        Event(
            id="wl",
            date="2019-02-15",
            type="company_collapsed",
            title="Working Links collapses",
            owners=["Working Links"],
            crcs=["Wales"],
            sources=[Source(document="documents/a.txt", line=3, quote="into administration")],
        ),
        Event(
            id="kss-report",
            date="2017-06",
            type="report_published",
            title="KSS inspected",
            crcs=["Kent, Surrey and Sussex"],
            rating="Requires improvement",
        ),
        Event(
            id="split", date="2014-06", type="report_published", title="The split", national=True
        ),
    ]
    path = tmp_path / "events.yaml"
    write_extraction(path, events)
    return path


def run(*args: str):
    """Run a command on the small test story (tests/fixtures/store) rather than the shipped one."""
    command, *rest = [str(arg) for arg in args]
    story = [] if command in ("--help", "--version") else ["--story", str(FIXTURES)]
    return CliRunner().invoke(main, [command, *story, *rest], catch_exceptions=False)


def test_validate_valid_file_exits_zero(events_path):
    result = run("validate", events_path)
    assert result.exit_code == 0
    assert "valid" in result.output


def test_validate_prints_every_problem_one_per_line_and_exits_one(events_path):
    text = events_path.read_text(encoding="utf-8")
    text = text.replace('date: "2019-02-15"', 'date: "2019-02-30"')
    text = text.replace("type: report_published", "type: report_publishd", 1)
    events_path.write_text(text, encoding="utf-8")
    result = run("validate", events_path)
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 3
    assert f"{events_path}:" in lines[0] and 'did you mean "report_published"' in lines[0]
    assert '"2019-02-30" is not a valid date' in lines[1]
    assert lines[2] == f"Error: {events_path}: 2 problems"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("version: 1\nevents: [\n", ":3:1:"),
        ("version: 1\nevents:\n\t- id: a\n", "tab character"),
        ("version: 1\nevents: !!python/object:os.system {}\n", "is not allowed"),
    ],
)
def test_validate_bad_yaml_is_one_line_and_exit_one(tmp_path, text, message):
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    result = run("validate", path)
    assert result.exit_code == 1
    assert message in result.output.splitlines()[0]
    assert path.read_text(encoding="utf-8") == text


def test_validate_missing_file_is_one_line_error(tmp_path):
    result = run("validate", tmp_path / "nothing.yaml")
    assert result.exit_code == 1
    assert "no such file" in result.output


def test_schema_writes_json_schema_with_vocabulary(tmp_path, fixed_vocabulary):
    output = tmp_path / "events.schema.json"
    result = run("schema", "--output", output)
    assert result.exit_code == 0
    schema = json.loads(output.read_text(encoding="utf-8"))
    assert schema["$defs"]["Event"]["properties"]["type"]["enum"] == fixed_vocabulary.type_names


def test_schema_on_a_full_disk_leaves_the_old_schema_whole(tmp_path, monkeypatch):
    output = tmp_path / "events.schema.json"
    output.write_text('{"old": "schema"}\n', encoding="utf-8")

    def full(_handle: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("timeline.store.swap.os.fsync", full)
    result = CliRunner().invoke(main, ["schema", "--story", str(FIXTURES), "-o", str(output)])
    assert result.exit_code == 1
    assert result.output == f"Error: {output}: cannot save: No space left on device\n"
    assert output.read_text(encoding="utf-8") == '{"old": "schema"}\n'
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]


def test_list_prints_table_in_date_order(events_path):
    result = run("list", events_path)
    assert result.exit_code == 0
    assert result.output.index("The split") < result.output.index("KSS inspected")
    assert result.output.index("KSS inspected") < result.output.index("Working Links collapses")
    assert "3 events" in result.output


@pytest.mark.parametrize(
    ("options", "ids"),
    [
        ([], ["split", "kss-report", "wl"]),
        (["--crc", "Wales"], ["split", "wl"]),
        (["--crc", "Wales", "--no-national"], ["wl"]),
        (["--owner", "Seetec", "--no-national"], ["kss-report", "wl"]),
        (["--type", "company_collapsed"], ["wl"]),
        (["--from", "2017", "--to", "2018"], ["kss-report"]),
        (["--search", "administration"], ["wl"]),
    ],
)
def test_list_json_applies_dashboard_filters(events_path, options, ids):
    result = run("list", events_path, "--json", *options)
    assert result.exit_code == 0, result.output
    assert [event["id"] for event in json.loads(result.output)] == ids


def test_list_hides_rejected_events(events_path):
    text = events_path.read_text(encoding="utf-8")
    events_path.write_text(text.replace("    locked: false\n", "    rejected: true\n", 1))
    result = run("list", events_path, "--json")
    assert [event["id"] for event in json.loads(result.output)] == ["kss-report", "wl"]


def test_list_unknown_crc_suggests(events_path):
    result = run("list", events_path, "--crc", "Walse")
    assert result.exit_code == 1
    assert 'did you mean "Wales"' in result.output


def test_add_appends_manual_event_with_aliases_resolved(events_path):
    result = run(
        "add",
        events_path,
        "--date",
        "2016-03",
        "--type",
        "report_published",
        "--title",
        "DDC audit",
        "--crc",
        "DDC",
        "--owner",
        "wl",
        "--source",
        "documents/b.txt:12",
    )
    assert result.exit_code == 0, result.output
    added = {event.id: event for event in load_events(events_path).events}["2016-03-ddc-audit"]
    assert added.origin == "manual"
    assert added.crcs == ["Dorset, Devon and Cornwall"] and added.owners == ["Working Links"]
    assert added.sources == [Source(document="documents/b.txt", line=12)]


def test_add_twice_gives_distinct_ids(events_path):
    for _ in range(2):
        assert (
            run(
                "add",
                events_path,
                "--date",
                "2016",
                "--type",
                "report_published",
                "--title",
                "Audit",
            ).exit_code
            == 0
        )
    ids = [event.id for event in load_events(events_path).events]
    assert "2016-audit" in ids and "2016-audit-2" in ids


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (
            ["--date", "2019-02-30", "--type", "report_published"],
            '--date: "2019-02-30" is not a valid date',
        ),
        (["--date", "2019", "--type", "report_publishd"], 'did you mean "report_published"'),
        (
            ["--date", "2019", "--type", "report_published", "--crc", "Walse"],
            'did you mean "Wales"',
        ),
        (["--date", "2019", "--type", "report_published", "--end", "2018"], "--end: end"),
        (["--date", "2019", "--type", "report_published", "--id", "wl"], "already exists"),
    ],
)
def test_add_bad_event_is_one_line_error_and_file_untouched(events_path, options, message):
    before = events_path.read_bytes()
    result = run("add", events_path, "--title", "Something", *options)
    assert result.exit_code == 1
    assert len(result.output.strip().splitlines()) == 1
    assert message in result.output
    assert events_path.read_bytes() == before


def test_add_creates_a_new_file(tmp_path):
    path = tmp_path / "events.yaml"
    result = run("add", path, "--date", "2019", "--type", "report_published", "--title", "First")
    assert result.exit_code == 0
    assert [event.id for event in load_events(path).events] == ["2019-first"]


# --- strict reading: every command refuses the same things, in one line, leaving the file ----

STRICT_BASE = """\
version: 1
events:
  - id: wl
    date: "2019-02-15"
    type: company_collapsed
    title: Working Links collapses
    crcs: [Wales]
    owners: [Working Links]
"""
TITLE = "title: Working Links collapses"
LAST = "owners: [Working Links]"


@pytest.mark.parametrize(
    ("old", "new", "where", "message"),
    [
        (TITLE, 'title: "Working\\0Links"', "6:12", "control character U+0000 is not allowed"),
        (TITLE, "title: Working\x07Links", "6:19", "control character U+0007 is not allowed"),
        (TITLE, 'title: "Working\\eLinks"', "6:12", "control character U+001B is not allowed"),
        (TITLE, "title: Working\x7fLinks", "6:19", "control character U+007F is not allowed"),
        (TITLE, "title: Working\x80Links", "6:19", "control character U+0080 is not allowed"),
        (TITLE, 'title: "Working\\x85Links"', "6:12", "control character U+0085 is not allowed"),
        (TITLE, 'title: "Working\\uFFFELinks"', "6:12", "noncharacter U+FFFE is not allowed"),
        (TITLE, "title: Working\uffffLinks", "6:19", "noncharacter U+FFFF is not allowed"),
        (LAST, LAST + "  # a bell\x07", "8:38", "control character U+0007 is not allowed"),
        (TITLE, "title: !!binary V29ya2luZw==", "6:12", "the tag !!binary is not allowed"),
        (LAST, "owners: !!set {Working Links}", "8:13", "the tag !!set is not allowed"),
        ('date: "2019-02-15"', "date: !!timestamp 2019-02-15", "4:11", "!!timestamp is not"),
        (TITLE, "title: !!str Working Links", "6:12", "the tag !!str is not allowed"),
        (TITLE, "title: &t Working Links", "6:12", "an anchor (&t) is not allowed"),
        (LAST, LAST + "\n  - *first", "3:5", "an anchor (&first) is not allowed"),
        (LAST, LAST + "\n    national: yes", "9:5", 'expected true or false, found "yes"'),
        (LAST, LAST + "\n    national: on", "9:5", 'expected true or false, found "on"'),
        (LAST, LAST + "\n    locked: n", "9:5", 'expected true or false, found "n"'),
        ('"2019-02-15"', '"٢٠١٩-02-15"', "4:5", "write the digits 0-9"),
        ('"2019-02-15"', '"２０１９"', "4:5", "write the digits 0-9"),
        (LAST, LAST + "\n    confidence: ０.5", "9:5", "expected a number"),
        (LAST, LAST + '\n    sources:\n      - {document: a.txt, line: "3"}', "10:27", "whole"),
        ("[Wales]", "[Walse]", "7:12", 'unknown CRC "Walse" (did you mean "Wales"?)'),
    ],
)
def test_strict_reading_bad_file_is_one_line_exit_one_and_left_as_it_was(
    tmp_path, old, new, where, message
):
    path = tmp_path / "events.yaml"
    text = STRICT_BASE.replace(old, new, 1)
    if "*first" in text:
        text = text.replace("  - id: wl", "  - &first\n    id: wl").replace('"2019-02-15"', "2019")
        where = "3:5"
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    add = ["--date", "2020", "--type", "company_collapsed", "--title", "New"]
    for command in (["validate"], ["list"], ["list", "--json"], ["add", *add]):
        result = run(command[0], path, *command[1:])
        assert result.exit_code == 1, (command, result.output)
        first = result.output.splitlines()[0]
        assert first.removeprefix("Error: ").startswith(f"{path}:{where}: "), (command, first)
        assert message in first and "Traceback" not in result.output
        if command[0] != "validate":
            assert len(result.output.splitlines()) == 1
        assert path.read_bytes() == before


def test_strict_reading_extract_and_export_refuse_a_control_character_in_one_line(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text(STRICT_BASE.replace(TITLE, "title: Working\x07Links"), encoding="utf-8")
    before = path.read_bytes()
    document = tmp_path / "2019-03-01-post.txt"
    document.write_text("Working Links went into administration on 15 February 2019.\n")
    for command in (["extract", document, "-o", path], ["export", tmp_path / "out.csv", path]):
        result = run(*command)
        assert result.exit_code == 1
        assert result.output.splitlines()[-1].startswith(f"Error: {path}:6:19: a control")
        assert path.read_bytes() == before


def test_validate_every_problem_of_every_event_once_with_one_prefix(tmp_path):
    path = tmp_path / "events.yaml"
    second = STRICT_BASE.split("events:\n")[1].replace("id: wl", "id: two")
    text = STRICT_BASE.replace('"2019-02-15"', '"2019-02-30"').replace(
        "company_collapsed", "colapse", 1
    )
    text = text.replace(LAST, LAST + "\n    national: yes\n    titel: x") + second
    path.write_text(text.replace("[Wales]", "[Walse]", 2), encoding="utf-8")
    lines = run("validate", path).output.splitlines()
    assert [line.split(": ")[0].removeprefix(f"{path}:") for line in lines[:-1]] == [
        "4:5",
        "5:5",
        "7:12",
        "9:5",
        "10:5",
        "15:12",
    ]
    assert all(line.count(str(path)) == 1 for line in lines)
    assert lines[-1] == f"Error: {path}: 6 problems"


def test_validate_file_that_is_not_utf8_is_one_problem_with_one_prefix(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_bytes(STRICT_BASE.encode().replace(b"collapses", b"collaps\xe9s"))
    lines = run("validate", path).output.splitlines()
    assert lines[0] == f"{path}:6:33: not UTF-8 text (invalid continuation byte)"
