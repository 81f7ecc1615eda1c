"""Re-extraction never loses a person's work: the plan, and a property test over real files."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import extracted
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from timeline.errors import StoreError
from timeline.model import Event, Source
from timeline.store.events_file import has_comment, load_events, round_trip_yaml, write_extraction
from timeline.store.reconcile import ReconcileReport, plan_reconcile


def edited(event: Event, **changes) -> Event:
    """Give the event as a person left it after changing some fields (digest untouched)."""
    return event.model_copy(update=changes)


@pytest.mark.parametrize(
    ("existing", "outcome"),
    [
        (extracted("a", "Old title"), "refreshed"),
        (extracted("a", "New title"), "unchanged"),
        (edited(extracted("a", "Old title"), title="Fixed by hand"), "kept"),
        (edited(extracted("a", "Old title"), locked=True), "kept"),
        (edited(extracted("a", "Old title"), rejected=True), "kept"),
        (edited(extracted("a", "Old title"), origin="manual"), "kept"),
        (edited(extracted("a", "Old title"), digest=None), "kept"),
    ],
)
def test_plan_reconcile_same_id_outcome(existing, outcome):
    plan = plan_reconcile([existing], [extracted("a", "New title")])
    assert getattr(plan.report, outcome) == ["a"]
    assert plan.added == []
    assert (0 in plan.refreshed) == (outcome == "refreshed")


def test_plan_reconcile_commented_event_counts_as_touched():
    plan = plan_reconcile([extracted("a", "Old")], [extracted("a", "New")], frozenset({0}))
    assert plan.report.kept == ["a"] and plan.refreshed == {}


@pytest.mark.parametrize(
    ("existing", "removed"),
    [
        (extracted("gone"), True),
        (edited(extracted("gone"), title="Fixed"), False),
        (edited(extracted("gone"), locked=True), False),
        (edited(extracted("gone"), rejected=True), False),
        (edited(extracted("gone"), origin="manual"), False),
    ],
)
def test_plan_reconcile_removes_missing_event_only_if_untouched(existing, removed):
    plan = plan_reconcile([existing], [extracted("other")])
    assert (plan.report.removed == ["gone"]) is removed
    assert (0 in plan.kept) is not removed


@pytest.mark.parametrize(
    ("read_documents", "removed"),
    [
        (None, True),  # the extraction covers every document
        (frozenset({"documents/gone.txt"}), True),
        (frozenset({"documents/gone.txt", "documents/other.txt"}), True),
        (frozenset(), False),  # its document failed to read
        (frozenset({"documents/other.txt"}), False),  # its document was not part of the run
    ],
)
def test_plan_reconcile_removes_missing_event_only_if_its_document_was_read(
    read_documents, removed
):
    plan = plan_reconcile([extracted("gone")], [extracted("other")], read_documents=read_documents)
    assert (plan.report.removed == ["gone"]) is removed
    assert (plan.report.unread == ["gone"]) is not removed
    assert (0 in plan.kept) is not removed


def test_plan_reconcile_removes_event_when_one_of_its_documents_was_read():
    told_twice = [Source(document="documents/a.txt"), Source(document="documents/b.txt")]
    plan = plan_reconcile(
        [extracted("gone", sources=told_twice)], [], read_documents=frozenset({"documents/b.txt"})
    )
    assert plan.report.removed == ["gone"]


def test_plan_reconcile_adds_new_events():
    plan = plan_reconcile([extracted("a")], [extracted("a"), extracted("b")])
    assert [event.id for event in plan.added] == ["b"]
    assert plan.report.added == ["b"]


def test_plan_reconcile_does_not_readd_event_merged_into_persons_event():
    merged_away = extracted("b")
    keeper = edited(extracted("a"), sources=extracted("a").sources + merged_away.sources)
    plan = plan_reconcile([keeper], [extracted("a"), merged_away])
    assert plan.added == [] and plan.report.skipped == ["b"]


def test_plan_reconcile_does_not_readd_rejected_event_under_a_new_id():
    sentence = [Source(document="documents/post.txt", line=7)]
    rejected = edited(extracted("old-id", sources=sentence), rejected=True)
    plan = plan_reconcile([rejected], [extracted("new-id", sources=sentence)])
    assert plan.added == [] and plan.report.skipped == ["new-id"]


def test_plan_reconcile_refuses_extraction_with_duplicate_ids():
    with pytest.raises(StoreError, match="'a' twice"):
        plan_reconcile([], [extracted("a"), extracted("a")])


def test_reconcile_report_summary_is_one_line_with_counts():
    report = ReconcileReport(added=["a", "b"], refreshed=["c"], kept=["d"], removed=[])
    summary = report.summary()
    assert "\n" not in summary
    assert "added 2" in summary and "refreshed 1" in summary
    assert "kept 1" in summary and "removed 0" in summary


# --- property test: random hand work, then re-extraction, repeated ---------------------------

IDS = [f"e{number}" for number in range(8)]
DATES = ["2015-02", "2016-07-01", "2019", "2019-02-15", "2021-06-26"]


@st.composite
def extractions(draw) -> list[Event]:
    """Give what one extractor run finds: some of the ids, each in one of a few versions."""
    chosen = draw(st.lists(st.sampled_from(IDS), unique=True, max_size=len(IDS)))
    return [
        extracted(
            event_id,
            f"{event_id} version {draw(st.integers(0, 2))}",
            date=draw(st.sampled_from(DATES)),
            crcs=draw(st.sampled_from([[], ["Wales"], ["Wales", "Dorset, Devon and Cornwall"]])),
        )
        for event_id in chosen
    ]


# What became of each document a run was given since the last run: read again, unreadable
# (emptied, broken) or deleted. The run reads all (None) or those read again; the others give
# no events, like the documents the run was not given.
FATES = st.sampled_from(["read", "unreadable", "deleted"])
READ = st.one_of(
    st.none(),
    st.dictionaries(st.sampled_from([f"documents/{event_id}.txt" for event_id in IDS]), FATES).map(
        lambda fates: frozenset(document for document, fate in fates.items() if fate == "read")
    ),
)


def _documents(event: Event) -> frozenset[str]:
    return frozenset(source.document for source in event.sources)


ACTIONS = st.lists(
    st.tuples(
        st.sampled_from(["edit_title", "edit_date", "reject", "lock", "comment", "add", "merge"]),
        st.integers(0, 1000),
    ),
    max_size=5,
)


class Person:
    """Edits events.yaml the way a person does in an editor, and remembers what they did."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.owned: set[str] = set()  # ids of events that are the person's work
        self.comments: list[str] = []
        self.merged_away: set[str] = set()
        self.counter = 0

    def act(self, action: str, pick: int) -> None:
        yaml = round_trip_yaml()
        tree = yaml.load(self.path.read_text(encoding="utf-8"))
        events = tree["events"]
        self.counter += 1
        note = f"note-{self.counter}"
        if action == "add" or not events:
            events.append(
                {
                    "id": f"manual-{self.counter}",
                    "date": "2017-03",
                    "type": "report_published",
                    "title": f"added by hand {self.counter}",
                    "origin": "manual",
                }
            )
            self.owned.add(f"manual-{self.counter}")
        else:
            event = events[pick % len(events)]
            if action == "edit_title":
                event["title"] = f"fixed by hand {self.counter}"
            elif action == "edit_date":
                event["date"] = "2018-01-0" + str(1 + self.counter % 9)
            elif action == "reject":
                event["rejected"] = True
            elif action == "lock":
                event["locked"] = True
            elif action == "comment":
                free = [key for key in event if key not in event.ca.items]
                if not free:
                    return
                # A second comment on one line would replace the first: the person's own doing.
                event.yaml_add_eol_comment(f"# {note}", free[pick % len(free)])
                self.comments.append(note)
            elif action == "merge" and len(events) > 1:
                other = events[(pick + 1) % len(events)]
                if other["id"] in self.owned or has_comment(other):
                    return
                event["sources"] = list(event.get("sources", [])) + list(other["sources"])
                self.merged_away.add(other["id"])
                events.remove(other)
            else:
                return
            self.owned.add(event["id"])
        with self.path.open("w", encoding="utf-8") as stream:
            yaml.dump(tree, stream)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    first=extractions(),
    rounds=st.lists(st.tuples(ACTIONS, extractions(), READ), max_size=4),
)
def test_reextraction_never_loses_what_a_person_did(tmp_path_factory, first, rounds):
    path = tmp_path_factory.mktemp("events") / "events.yaml"
    write_extraction(path, first)
    person = Person(path)
    for actions, found, read in rounds:
        for action, pick in actions:
            person.act(action, pick)
        # A document that failed to read, or was not part of the run, reports nothing.
        extraction = [event for event in found if read is None or _documents(event) <= read]
        before = {event.id: event for event in load_events(path).events}
        report = write_extraction(path, extraction, read_documents=read)
        after = {event.id: event for event in load_events(path).events}
        text = path.read_text(encoding="utf-8")

        for event_id in person.owned:
            if event_id in before:
                assert after[event_id] == before[event_id], f"{event_id} changed: {report}"
        for note in person.comments:
            assert note in text
        assert not person.merged_away & set(after) - person.owned
        for event in extraction:
            if event.id not in person.owned and event.id not in person.merged_away:
                assert after[event.id] == event
        extracted_ids = {event.id for event in extraction}
        for event_id, event in before.items():
            if event_id in person.owned or event_id in extracted_ids:
                continue
            if read is None or _documents(event) & read:
                assert event_id not in after, f"{event_id} not found again yet kept: {report}"
            else:
                assert after[event_id] == event, f"{event_id} of an unread document: {report}"
        for event_id in set(after) - person.owned - extracted_ids:
            assert read is not None and not _documents(after[event_id]) & read
        ordered = list(after.values())
        assert ordered == sorted(ordered, key=lambda e: (e.when.sort_key(), e.id))
