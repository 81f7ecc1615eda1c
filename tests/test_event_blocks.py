"""Cutting events.yaml into one block per event, and rewrites that keep unchanged events' bytes."""

from __future__ import annotations

import pytest
from factories import extracted
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_reconcile import ACTIONS, IDS, READ, Person, extractions

from timeline.model import Event, Source
from timeline.store import event_blocks, events_file
from timeline.store.event_blocks import block_mapping, block_text, cut_events
from timeline.store.events_file import add_event, load_events, write_extraction
from timeline.store.round_trip import round_trip_yaml

HAND_FORMATTED = """\
# Kept by hand: items at column 0, odd spacing, comments.
version: 1
events:
# The first one.
- id: first
  date:   "2015"
  type: company_collapsed
  title:  First, as I wrote it
  crcs: [ Wales ]
  origin: manual

- id: second
  date: "2016"
  type: company_collapsed
  title: Second
  sources:
  - document: documents/second.txt
    line: 2
  digest: DIGEST

- id: third
  date: "2017"
  type: company_collapsed
  title:  Third, mine   # fixed by hand
  origin: manual
"""


def whole_file_round_trip(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every rewrite go through ruamel.yaml whole, as every rewrite did before blocks."""
    monkeypatch.setattr(events_file, "cut_events", lambda text, count: None)
    monkeypatch.setattr(events_file, "fresh_blocks", lambda head: None)


def test_cut_events_blocks_hold_each_event_and_the_comments_below_it():
    cut = cut_events(HAND_FORMATTED, 3)
    assert cut is not None and cut.column == 0
    assert cut.head.endswith("events:\n# The first one.\n")
    assert [block.split("\n")[0] for block in cut.blocks] == [
        "- id: first",
        "- id: second",
        "- id: third",
    ]
    assert cut.blocks[0].endswith("  origin: manual\n\n")
    assert cut.joined(cut.blocks) == HAND_FORMATTED


@pytest.mark.parametrize(
    ("name", "text", "count"),
    [
        ("an item line inside a quoted value", 'events:\n  - id: a\n    title: "x\n  - y"\n', 1),
        ("a key after the list", "events:\n  - id: a\nversion: 1\n", 1),
        ("a less indented line", "events:\n  - id: a\n title: x\n", 1),
        ("a tab before an item", "events:\n  - id: a\n  -\tid: b\n", 2),
        ("CRLF line ends", "version: 1\r\nevents:\r\n  - id: a\r\n", 1),
        ("an empty list", "version: 1\nevents: []\n", 0),
        ("a flow list", "events:\n  [{id: a}]\n", 1),
        ("a document end", "events:\n  - id: a\n...\n", 1),
    ],
)
def test_cut_events_gives_none_where_a_line_scan_could_be_wrong(name, text, count):
    assert cut_events(text, count) is None


@pytest.mark.parametrize("column", [0, 2, 4])
def test_block_text_puts_the_dash_at_the_files_column_and_reads_back(column):
    yaml = round_trip_yaml()
    source = Source(document="documents/a.txt", line=2, quote="q", marks=[(0, 1, "trigger")])
    mapping = events_file.event_to_yaml(extracted("a", sources=[source]))
    block = block_text(mapping, column, yaml)
    assert block.startswith(" " * column + "- id: a\n")
    assert block_mapping(block, yaml) == mapping


@pytest.mark.parametrize(
    ("line", "commented"),
    [
        ("    url: https://example.org/post#comment-12\n", False),
        ("    title: 'Item #3'\n", False),
        ("    title: Item 3  # mine\n", True),
        ("  # about the next one\n", True),
    ],
)
def test_block_has_comment_parses_only_blocks_that_may_hold_one(monkeypatch, line, commented):
    block = "  - id: a\n" + line
    parsed = []
    monkeypatch.setattr(event_blocks, "block_mapping", lambda *args: parsed.append(1) or {})
    event_blocks.block_has_comment(block, round_trip_yaml())
    assert bool(parsed) == (commented or "'" in line)  # a quoted " #" costs a parse, no more
    monkeypatch.undo()
    assert event_blocks.block_has_comment(block, round_trip_yaml()) is commented


def test_rewrite_keeps_every_byte_of_unchanged_events_in_a_hand_formatted_file(tmp_path):
    path = tmp_path / "events.yaml"
    stub = HAND_FORMATTED.replace("DIGEST", "x")
    path.write_text(stub, encoding="utf-8")
    second = load_events(path).events[1]
    path.write_text(HAND_FORMATTED.replace("DIGEST", second.content_digest()), encoding="utf-8")
    before = path.read_text(encoding="utf-8")
    third = before[before.index("- id: third") :]

    fresh = extracted("second", "Second, found again", date="2016", sources=second.sources)
    report = write_extraction(path, [fresh, extracted("new", date="2018")])
    after = path.read_text(encoding="utf-8")
    assert report.refreshed == ["second"] and report.added == ["new"]
    # The head and the first event as written; the refreshed one keeps its blank line below.
    assert after.startswith(before[: before.index("- id: second")] + "- id: second\n")
    assert "  title: Second, found again\n" in after and "\n\n" + third in after
    assert after.endswith(third + "- id: new\n" + after.split("- id: new\n")[1])
    assert "\n  - " not in after  # the events written anew have their dash at column 0 too
    assert [event.id for event in load_events(path).events] == ["first", "second", "third", "new"]


def test_rewrite_of_a_file_that_cannot_be_cut_goes_through_ruamel_whole(tmp_path):
    path = tmp_path / "events.yaml"
    text = (
        'version: 1\nevents:\n  - id: a\n    date: "2019"\n    type: company_collapsed\n'
        '    title: "A title\n  - running over a line"\n    origin: manual\n'
    )
    path.write_text(text, encoding="utf-8")
    write_extraction(path, [extracted("b", date="2020")])
    events = load_events(path).events
    assert [event.id for event in events] == ["a", "b"]
    assert events[0].title == "A title - running over a line"


def test_add_event_writes_what_the_whole_file_round_trip_writes(tmp_path, monkeypatch):
    spliced, whole = tmp_path / "spliced.yaml", tmp_path / "whole.yaml"
    events = [extracted(f"e{number}", date=f"201{number}") for number in range(4)]
    hand = Event(id="hand", date="2013-05", type="report_published", title="Typed: by 'hand'")
    write_extraction(spliced, events)
    add_event(spliced, hand)
    whole_file_round_trip(monkeypatch)
    write_extraction(whole, events)
    add_event(whole, hand)
    assert spliced.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(first=extractions(), actions=ACTIONS, found=extractions(), read=READ)
def test_rewrite_writes_what_the_whole_file_round_trip_writes(
    tmp_path_factory, first, actions, found, read
):
    folder = tmp_path_factory.mktemp("events")
    spliced, whole = folder / "spliced.yaml", folder / "whole.yaml"
    write_extraction(spliced, first)
    with pytest.MonkeyPatch.context() as patch:
        whole_file_round_trip(patch)
        write_extraction(whole, first)
    assert spliced.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")

    person = Person(spliced)  # edits, comments, rejections, merges and events typed by hand
    for action, pick in actions:
        person.act(action, pick)
    whole.write_bytes(spliced.read_bytes())
    extraction = [
        event
        for event in found
        if read is None or {source.document for source in event.sources} <= read
    ]
    report = write_extraction(spliced, extraction, read_documents=read)
    with pytest.MonkeyPatch.context() as patch:
        whole_file_round_trip(patch)
        assert write_extraction(whole, extraction, read_documents=read) == report
    assert spliced.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("2019", "Plain now"),
        ("a: b", "c: d"),
        ("a: b", "it's"),
        ("Plain", "2020"),
        ("it's: x", "a: b"),
        ("it's: x", "that's: y"),
        ("x", "y"),
    ],
)
def test_refresh_writes_what_the_whole_file_round_trip_writes(tmp_path, before, after):
    spliced, whole = tmp_path / "spliced.yaml", tmp_path / "whole.yaml"
    for path in (spliced, whole):
        write_extraction(path, [extracted("a", before), extracted("b", "2021")])
    write_extraction(spliced, [extracted("a", after), extracted("b", "Other")])
    with pytest.MonkeyPatch.context() as patch:
        whole_file_round_trip(patch)
        write_extraction(whole, [extracted("a", after), extracted("b", "Other")])
    assert spliced.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("before", "after", "written"),
    [
        ("a: b", "Plain now", "title: Plain now"),
        ("2019", "Sodexo wins contract", "title: Sodexo wins contract"),
        ("Plain", "2020", "title: '2020'"),
        ("a: b", "it's: x", 'title: "it\'s: x"'),
    ],
)
def test_refreshed_title_is_quoted_only_when_it_needs_quotes(tmp_path, before, after, written):
    # A title that once held a colon does not stay quoted once the extractor rewrites it.
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a", before)])
    write_extraction(path, [extracted("a", after)])
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [line.strip() for line in lines if line.strip().startswith("title:")] == [written]
    assert load_events(path).events[0].title == after


# Values whose quoting ruamel.yaml decides when written.
TITLES = ["Plain", "2019", "a: b", "it's: x", "it's", "Item #3", "true", "x, y", "- list"]
NAMES = ["Wales", "Dorset, Devon and Cornwall", "2019", "it's"]


@st.composite
def quoted_extractions(draw) -> list[Event]:
    """Give what one extractor run finds, with titles and names that need quotes or not."""
    chosen = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=5))
    return [
        extracted(
            event_id,
            draw(st.sampled_from(TITLES)),
            date=draw(st.sampled_from(["2019", "2019-02", "2020-Q3"])),
            crcs=draw(st.lists(st.sampled_from(NAMES), unique=True, max_size=2)),
            confidence=draw(st.none() | st.sampled_from([0.5, 1.0, 1e-7])),
        )
        for event_id in chosen
    ]


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(runs=st.lists(quoted_extractions(), min_size=2, max_size=4))
def test_rewrites_of_quoted_values_write_what_the_whole_file_round_trip_writes(
    tmp_path_factory, runs
):
    folder = tmp_path_factory.mktemp("events")
    spliced, whole = folder / "spliced.yaml", folder / "whole.yaml"
    for run in runs:
        write_extraction(spliced, run)
        with pytest.MonkeyPatch.context() as patch:
            whole_file_round_trip(patch)
            write_extraction(whole, run)
        assert spliced.read_text(encoding="utf-8") == whole.read_text(encoding="utf-8")
