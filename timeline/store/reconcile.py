"""Merging a new extraction into events.yaml without losing anything a person did.

A pure decision over event ids: which events in the file are kept as they are, which are
refreshed from the extraction, which are removed and which extracted events are added.
timeline/store/events_file.py applies the decisions to the round-trip YAML so comments survive.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from timeline.errors import StoreError
from timeline.model import Event


@dataclass
class ReconcileReport:
    """What a re-extraction did to events.yaml, as lists of event ids."""

    added: list[str] = field(default_factory=list)
    refreshed: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    # Extracted events not found again, kept because none of their documents was read this run.
    unread: list[str] = field(default_factory=list)
    # Extracted events a person's event already covers (same id, or all their sources cited).
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """Give one line saying how many events were added, refreshed, kept and removed."""
        parts = [
            f"added {len(self.added)}",
            f"refreshed {len(self.refreshed)}",
            f"kept {len(self.kept)} edited, rejected or hand-added",
            f"removed {len(self.removed)}",
            f"unchanged {len(self.unchanged)}",
        ]
        if self.unread:
            parts.append(f"kept {len(self.unread)} of documents not read in this run")
        if self.skipped:
            parts.append(f"skipped {len(self.skipped)} already covered by a person's event")
        return ", ".join(parts)


@dataclass
class ReconcilePlan:
    """The file's events after a re-extraction, and the report that describes the change.

    kept: indices into the existing events that stay exactly as they are written;
    refreshed: index → the extracted event that replaces that unedited event's content;
    added: extracted events new to the file.
    """

    kept: list[int]
    refreshed: dict[int, Event]
    added: list[Event]
    report: ReconcileReport


def is_persons(event: Event, commented: bool = False) -> bool:
    """Give whether an event is a person's work, which re-extraction never changes or removes."""
    return (
        event.origin == "manual" or event.locked or event.rejected or commented or event.is_edited()
    )


def _cited(event: Event) -> set[tuple[str, int | None]]:
    return {(source.document, source.line) for source in event.sources}


def _read_again(event: Event, read_documents: frozenset[str] | None) -> bool:
    """Give whether this run read one of the documents the event was found in."""
    if read_documents is None:
        return True
    return any(source.document in read_documents for source in event.sources)


def plan_reconcile(
    existing: list[Event],
    extracted: list[Event],
    commented: frozenset[int] = frozenset(),
    read_documents: frozenset[str] | None = None,
) -> ReconcilePlan:
    """Give how to merge extracted events into the existing ones, keeping every person's edit.

    commented holds the indices of existing events that carry a person's comment; such an
    event counts as touched, like an edited one. read_documents names the documents this
    extraction read (None: all of them): an event not found again is removed only when one of
    its sources is among them, so a document that failed to read, or was not part of the run,
    keeps its events.
    """
    by_id: dict[str, Event] = {}
    for event in extracted:
        if event.id in by_id:
            raise StoreError(f"the extraction gave the id {event.id!r} twice")
        by_id[event.id] = event

    report = ReconcileReport()
    kept: list[int] = []
    refreshed: dict[int, Event] = {}
    claimed: set[str] = set()
    persons_sources: set[tuple[str, int | None]] = set()
    for index, event in enumerate(existing):
        claimed.add(event.id)
        if is_persons(event, index in commented):
            kept.append(index)
            report.kept.append(event.id)
            persons_sources |= _cited(event)
            continue
        fresh = by_id.get(event.id)
        if fresh is None and not _read_again(event, read_documents):
            kept.append(index)
            report.unread.append(event.id)
        elif fresh is None:
            report.removed.append(event.id)
        elif fresh.content_digest() == event.content_digest():
            kept.append(index)
            report.unchanged.append(event.id)
        else:
            refreshed[index] = fresh
            report.refreshed.append(event.id)

    added = []
    for event in extracted:
        if event.id in claimed:  # refreshed, unchanged, or the person's version wins
            continue
        # A person who merged this event into another (or rejected it and the extractor later
        # changed its id) already cites its sources; adding it again would undo their work.
        if event.sources and _cited(event) <= persons_sources:
            report.skipped.append(event.id)
            continue
        added.append(event)
        report.added.append(event.id)
    return ReconcilePlan(kept, refreshed, added, report)
