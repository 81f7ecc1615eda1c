"""The reduce's output kept on disk: each block's merged events in a file of its own, read back
in file order by merging those files, so that no step holds every event at once.

An event held in memory costs some 6 KB (its sources and quotes as pydantic models); pickled,
under 1 KB. A million-document corpus gives millions of events: they are written as each block
is merged and read back, a few at a time from each block, by whoever writes them out.
"""

from __future__ import annotations

import heapq
import pickle
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from timeline.model import Event, file_order

CHUNK = 64  # events a pickle: what reading a block back holds of it at a time


class SpilledEvents:
    """Events in file order (by date, then id), stored one block at a time; iterable again and
    again. The files go with the object (or at exit)."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="timeline-events-")
        self._files: list[Path] = []
        self._types: Counter[str] = Counter()
        self._first: dict[str, tuple] = {}  # by type: the file order of its first event

    def add(self, events: Iterable[Event]) -> None:
        """Store one block's events, given in file order."""
        path = Path(self._folder.name) / f"{len(self._files)}.pickle"
        with path.open("wb") as file:
            for chunk in _chunks(events):
                for event in chunk:
                    order = file_order(event)
                    self._types[event.type] += 1
                    self._first[event.type] = min(self._first.get(event.type, order), order)
                pickle.dump(chunk, file, protocol=pickle.HIGHEST_PROTOCOL)
        self._files.append(path)

    def __len__(self) -> int:
        return self._types.total()

    def counts_by_type(self) -> dict[str, int]:
        """Give how many events there are of each type, most first, then the type met first."""
        ranked = sorted(self._types, key=lambda kind: (-self._types[kind], self._first[kind]))
        return {kind: self._types[kind] for kind in ranked}

    def __iter__(self) -> Iterator[Event]:
        return heapq.merge(*(_read(path) for path in self._files), key=file_order)


def spilled(blocks_events: Iterable[list[Event]]) -> SpilledEvents:
    """Give the events of every block, each block's in file order, stored as they come."""
    events = SpilledEvents()
    for block in blocks_events:
        events.add(block)
        del block  # not held while the next block is merged
    return events


def _chunks(events: Iterable[Event]) -> Iterator[list[Event]]:
    remaining = iter(events)
    return iter(lambda: list(islice(remaining, CHUNK)), [])


def _read(path: Path) -> Iterator[Event]:
    with path.open("rb") as file:
        while True:
            try:
                yield from pickle.load(file)
            except EOFError:
                return
