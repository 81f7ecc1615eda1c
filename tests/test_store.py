"""events.yaml on disk: safe loading, round-trip rewriting, atomic saving, and bad input."""

from __future__ import annotations

import os
import re
import stat
import time
from pathlib import Path

import pytest
from factories import extracted

from timeline.errors import StoreError
from timeline.model import Event, Source
from timeline.store import events_file
from timeline.store.events_file import (
    SCHEMA_HEADER,
    add_event,
    has_comment,
    load_events,
    open_document,
    save_document,
    validate_file,
    write_extraction,
)
from timeline.store.swap import backups_of
from timeline.vocabulary import load_vocabulary

FIXTURES = Path(__file__).parent / "fixtures" / "store"

HAND_WRITTEN = """\
# yaml-language-server: $schema=events.schema.json
# The curated timeline. Keep it sorted; `timeline validate` before committing.
version: 1
events:

  # The big one.
  - title: 'Working Links collapses'   # my wording
    id: wl-collapse
    date: 2019-02-15
    type: company_collapsed
    crcs: [Wales, 'Dorset, Devon and Cornwall']
    owners: [Working Links]
    origin: manual

  - id: extracted-one
    date: "2020-01"
    type: report_published
    title: An inspection report
    crcs: []
    owners: []
    sources:
      - document: documents/a.txt
        line: 3
    origin: extracted
    locked: false
    digest: DIGEST
"""


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(FIXTURES)


def hand_written_file(tmp_path: Path) -> Path:
    """Give a file a person wrote, whose extracted event is unedited (its digest matches)."""
    path = tmp_path / "events.yaml"
    stub = HAND_WRITTEN.replace("digest: DIGEST", "digest: x")
    path.write_text(stub, encoding="utf-8")
    digest = load_events(path).events[1].content_digest()
    path.write_text(HAND_WRITTEN.replace("DIGEST", digest), encoding="utf-8")
    return path


def test_write_extraction_new_file_has_schema_header_and_sorted_events(tmp_path):
    path = tmp_path / "events.yaml"
    report = write_extraction(path, [extracted("b", date="2020"), extracted("a", date="2015-02")])
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# {SCHEMA_HEADER}\n")
    assert [e.id for e in load_events(path).events] == ["a", "b"]
    assert report.added == ["b", "a"]
    assert '    date: "2015-02"\n' in text
    assert not (tmp_path / "events.yaml.bak").exists()


def test_write_extraction_keeps_comments_order_quoting_and_blank_lines(tmp_path):
    path = hand_written_file(tmp_path)
    write_extraction(path, [extracted("extracted-one", "Refreshed title", date="2020-01")])
    text = path.read_text(encoding="utf-8")
    person_part = HAND_WRITTEN.split("  - id: extracted-one")[0]
    assert text.startswith(person_part)
    assert "title: Refreshed title" in text


def test_write_extraction_keeps_unquoted_date_as_written(tmp_path):
    path = hand_written_file(tmp_path)
    write_extraction(path, [extracted("new", date="2021")])
    assert "    date: 2019-02-15\n" in path.read_text(encoding="utf-8")
    assert load_events(path).events[0].date == "2019-02-15"


def test_write_extraction_refresh_changes_only_changed_lines(tmp_path):
    path = hand_written_file(tmp_path)
    before = path.read_text(encoding="utf-8").splitlines()
    write_extraction(
        path,
        [
            extracted(
                "extracted-one",
                "An inspection report",
                date="2020-01",
                type="report_published",
                sources=[Source(document="documents/a.txt", line=4)],
            )
        ],
    )
    after = path.read_text(encoding="utf-8").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert [new.strip() for _, new in changed][:1] == ["line: 4"]
    assert all(new.strip().startswith(("line:", "digest:")) for _, new in changed)


def test_write_extraction_keeps_the_last_five_versions_as_time_named_backups(tmp_path):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    versions = [path.read_bytes()]
    for number in range(6):
        write_extraction(path, [extracted("a", f"Title {number}")])
        versions.append(path.read_bytes())
    backups = backups_of(path)
    assert [backup.read_bytes() for backup in backups] == versions[-6:-1]
    assert all(re.fullmatch(r"events\.yaml\.\d{8}T\d{6}Z(-\d+)?\.bak", b.name) for b in backups)
    assert not (tmp_path / "events.yaml.bak").exists()


def test_write_extraction_same_extraction_leaves_file_untouched(tmp_path):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a"), extracted("b")])
    modified = path.stat().st_mtime_ns
    report = write_extraction(path, [extracted("a"), extracted("b")])
    assert report.unchanged == ["a", "b"] and report.added == report.refreshed == []
    assert path.stat().st_mtime_ns == modified


def test_write_extraction_keeps_file_mode(tmp_path):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    path.chmod(0o640)
    write_extraction(path, [extracted("a", "Changed")])
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


def test_has_comment_sees_hash_comments_but_not_blank_lines(tmp_path):
    path = hand_written_file(tmp_path)
    document = open_document(path)
    assert [has_comment(mapping) for mapping in document.sequence] == [True, False]


def test_load_events_reads_what_was_written(tmp_path):
    path = tmp_path / "events.yaml"
    events = [extracted("a", national=True, end="2019-03"), extracted("b", crcs=["Wales"])]
    write_extraction(path, events)
    assert load_events(path).events == events


def test_write_extraction_writes_each_mark_as_start_end_kind_on_its_line(tmp_path):
    path = tmp_path / "events.yaml"
    quote = "Working Links went into administration."
    marks = [(0, 13, "actor"), (14, 38, "trigger")]
    source = Source(document="documents/a.txt", line=2, quote=quote, marks=marks)
    event = extracted("a", sources=[source, Source(document="documents/b.txt", quote=quote)])
    write_extraction(path, [event])
    text = path.read_text(encoding="utf-8")
    assert "        marks:\n          - [0, 13, actor]\n          - [14, 38, trigger]\n" in text
    assert text.count("marks:") == 1  # a source without marks has no marks line
    assert load_events(path).events == [event]


def test_add_event_appends_a_manual_event_in_date_order(tmp_path, vocabulary):
    path = hand_written_file(tmp_path)
    event = Event(id="hand", date="2019-06", type="report_published", title="Report")
    added = add_event(path, event, vocabulary)
    assert added.origin == "manual" and added.digest is None
    assert [e.id for e in load_events(path).events] == ["wl-collapse", "hand", "extracted-one"]
    assert "# my wording" in path.read_text(encoding="utf-8")


def test_add_event_refuses_unknown_type_with_suggestion(tmp_path, vocabulary):
    path = hand_written_file(tmp_path)
    before = path.read_bytes()
    event = Event(id="hand", date="2019-06", type="report_publishd", title="Report")
    with pytest.raises(StoreError, match='did you mean "report_published"'):
        add_event(path, event, vocabulary)
    assert path.read_bytes() == before


def test_add_event_refuses_a_taken_id(tmp_path):
    path = hand_written_file(tmp_path)
    event = Event(id="wl-collapse", date="2019-06", type="report_published", title="Report")
    with pytest.raises(StoreError, match="already exists"):
        add_event(path, event)


# --- bad input: a one-line error naming the file (and line), and the file left as it was ----

VALID = 'version: 1\nevents:\n  - id: a\n    date: "2019-02-15"\n    type: company_collapsed\n'
VALID += "    title: Something\n"
BOMB = "".join(
    [f'a0: &a0 ["{"lol" * 3}"]\n']
    + [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]\n" for i in range(1, 12)]
)


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("malformed YAML", VALID + "    crcs: [Wales\n", "events.yaml:8:"),
        ("tab-indented", VALID.replace("  - id", "\t- id"), "events.yaml:3:1: a tab character"),
        ("list for mapping", "- id: a\n", "events.yaml:1:1: expected a mapping"),
        (
            "impossible date",
            VALID.replace("-15", "-30"),
            'events.yaml:4:5: events[0].date: "2019-02-30"',
        ),
        (
            "unknown type",
            VALID.replace("company_collapsed", "colapse"),
            "events.yaml:5:5: events[0].type",
        ),
        (
            "duplicate id",
            VALID + VALID.split("events:\n")[1],
            'events.yaml:7:5: events[1].id: duplicate id "a"',
        ),
        (
            "python tag",
            VALID + "    crcs: !!python/object/apply:os.system [ls]\n",
            "events.yaml:7:11:",
        ),
        ("alias bomb", BOMB, "events.yaml:1:5: an anchor (&a0) is not allowed"),
    ],
)
def test_bad_file_is_refused_in_one_line_and_left_as_it_was(
    tmp_path, vocabulary, name, text, message
):
    path = tmp_path / "events.yaml"
    path.write_text(text, encoding="utf-8")
    before = path.read_bytes()
    started = time.perf_counter()
    for attempt in (
        lambda: load_events(path, vocabulary),
        lambda: write_extraction(path, [extracted("b")], vocabulary),
        lambda: add_event(path, extracted("c"), vocabulary),
    ):
        with pytest.raises(StoreError) as caught:
            attempt()
        assert "\n" not in str(caught.value)
        assert message in str(caught.value)
        assert path.read_bytes() == before
    assert time.perf_counter() - started < 5
    assert len(validate_file(path, vocabulary)) >= 1


def test_alias_bomb_fails_fast(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text(BOMB, encoding="utf-8")
    started = time.perf_counter()
    with pytest.raises(StoreError, match=r"an anchor \(&a0\) is not allowed"):
        load_events(path)
    assert time.perf_counter() - started < 1


def test_file_over_size_limit_is_refused_before_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(events_file, "SIZE_LIMIT_BYTES", 2**20)
    path = tmp_path / "events.yaml"
    with path.open("wb") as stream:
        stream.truncate(3 * 2**20)
    with pytest.raises(StoreError, match=r"events.yaml: 3 MB is over the 1 MiB limit"):
        load_events(path)
    with pytest.raises(StoreError, match="over the"):
        write_extraction(path, [extracted("a")])
    assert path.stat().st_size == 3 * 2**20


def test_write_over_size_limit_is_refused_in_one_line_and_nothing_written(tmp_path, monkeypatch):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    before = path.read_bytes()
    monkeypatch.setattr(events_file, "SIZE_LIMIT_BYTES", len(before) + 100)
    many = [extracted(f"e{number}") for number in range(5)]
    with pytest.raises(StoreError) as caught:
        write_extraction(path, many)
    message = str(caught.value)
    assert "\n" not in message and "nothing was written" in message
    assert re.match(rf"{re.escape(str(path))}: the merged file would be \d+ MB, over the", message)
    with pytest.raises(StoreError, match="would be"):
        add_event(path, extracted("b", "A title " + "long " * 40))
    assert path.read_bytes() == before
    assert load_events(path).events[0].id == "a"  # what was written is always read back


def test_not_utf8_file_names_the_line(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_bytes(VALID.encode() + b"    title: caf\xe9\n")
    with pytest.raises(StoreError, match=r"events.yaml:7: not UTF-8"):
        load_events(path)


def test_missing_file_is_a_one_line_error(tmp_path):
    with pytest.raises(StoreError, match=r"events.yaml: no such file"):
        load_events(tmp_path / "events.yaml")


@pytest.mark.parametrize("read_only", ["file", "directory"])
def test_read_only_file_or_directory_is_not_saved(tmp_path, read_only):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    before = path.read_bytes()
    target = path if read_only == "file" else tmp_path
    mode = target.stat().st_mode
    target.chmod(mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    try:
        with pytest.raises(StoreError, match="read-only; not saving"):
            write_extraction(path, [extracted("a", "Changed")])
    finally:
        target.chmod(mode)
    assert path.read_bytes() == before
    assert backups_of(path) == []
    assert sorted(os.listdir(tmp_path)) == [".events.yaml.lock", "events.yaml"]


def test_file_deleted_between_load_and_save_is_not_recreated(tmp_path):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    document = open_document(path)
    path.unlink()
    with pytest.raises(StoreError, match="was deleted since it was read"):
        save_document(document)
    assert not path.exists()


def test_file_changed_on_disk_since_load_is_not_overwritten(tmp_path):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    document = open_document(path)
    path.write_text(path.read_text(encoding="utf-8") + "# a person's late edit\n")
    changed = path.read_bytes()
    document.tree["events"][0]["title"] = "The tool's change"
    with pytest.raises(StoreError, match="changed on disk since it was read"):
        save_document(document)
    assert path.read_bytes() == changed


def test_file_created_by_someone_else_meanwhile_is_not_overwritten(tmp_path):
    path = tmp_path / "events.yaml"
    document = open_document(path)
    path.write_text(VALID, encoding="utf-8")
    with pytest.raises(StoreError, match="was created by someone else"):
        save_document(document)
    assert path.read_text(encoding="utf-8") == VALID
