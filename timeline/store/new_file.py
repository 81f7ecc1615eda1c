"""A new events.yaml written as the events come, a few hundred at a time, never held whole.

An extraction of a large corpus gives more events than are worth holding (some 6 KB each in
memory) and a file of tens of MB; a new file has nothing to merge with, so its text is the head
and each event's block in file order, exactly as the merge into an empty file writes it
(timeline/store/events_file.py). The events must come in file order: an extraction's do.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import chain, islice

from timeline.errors import StoreError
from timeline.model import Event, file_order
from timeline.store.event_blocks import changed_blocks, fresh_blocks
from timeline.store.reconcile import ReconcileReport
from timeline.store.round_trip import round_trip_yaml

CHUNK = 500  # events written at a time: ruamel.yaml's judgement of each string is made once


def new_file(head: str, events: Iterable[Event], report: ReconcileReport) -> Iterator[bytes] | None:
    """Give the bytes of a new file holding events (in file order), chunk by chunk, each event
    added to report as it is written; None when there is no event (the caller writes that)."""
    remaining = iter(events)
    first = next(remaining, None)
    if first is None:
        return None
    return chain([head.encode("utf-8")], _blocks(chain([first], remaining), report))


def _blocks(events: Iterator[Event], report: ReconcileReport) -> Iterator[bytes]:
    cut, yaml = fresh_blocks(""), round_trip_yaml()
    checked = _checked(events, report)
    while chunk := list(islice(checked, CHUNK)):
        pieces = changed_blocks(cut, [], {}, chunk, yaml)
        yield "".join(block for _, block in pieces).encode("utf-8")


def _checked(events: Iterator[Event], report: ReconcileReport) -> Iterator[Event]:
    """Give events stamped with their digest, refusing an id met twice or one out of order."""
    seen: set[str] = set()
    last: tuple | None = None
    for event in events:
        if event.id in seen:
            raise StoreError(f"the extraction gave the id {event.id!r} twice")
        if last is not None and file_order(event) < last:
            raise StoreError(f"the extraction gave {event.id!r} out of file order")
        seen.add(event.id)
        last = file_order(event)
        report.added.append(event.id)
        yield event if event.digest else event.model_copy(update={"digest": event.content_digest()})
