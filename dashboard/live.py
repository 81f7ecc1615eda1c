"""The events file as the dashboard sees it: reloaded when it changes, last good data kept."""

from __future__ import annotations

import gc
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from timeline import Event, EventsFile, TimelineError

Loader = Callable[[Path], EventsFile]


@dataclass(frozen=True)
class Snapshot:
    """The last good events, a version that changes whenever they do, and why a reload failed."""

    events: tuple[Event, ...]
    version: int
    errors: tuple[str, ...] = ()
    signature: tuple[int, int] | None = field(default=None, compare=False)


class LiveEvents:
    """The visible events of one file, reloaded through loader when its mtime or size changes.

    A file that no longer loads leaves the last good events in place and reports its errors
    (one "file:line: message" per line); the first load must succeed, so the app never starts
    with nothing to show.
    """

    def __init__(self, path: Path, loader: Loader) -> None:
        self.path = Path(path)
        self._loader = loader
        self._lock = threading.Lock()
        signature = self._signature()
        events = tuple(loader(self.path).visible())
        self._snapshot = Snapshot(events, version=1, signature=signature)
        settle_memory()

    def _signature(self) -> tuple[int, int] | None:
        try:
            status = os.stat(self.path)
        except OSError:
            return None
        return (status.st_mtime_ns, status.st_size)

    def snapshot(self) -> Snapshot:
        """Give the current events, reloading the file first if it changed on disk."""
        signature = self._signature()
        current = self._snapshot
        if signature == current.signature:
            return current
        with self._lock:
            current = self._snapshot
            if signature == current.signature:
                return current
            self._snapshot = self._reload(current, signature)
            return self._snapshot

    def _reload(self, current: Snapshot, signature: tuple[int, int] | None) -> Snapshot:
        if signature is None:
            message = f"{self.path}: cannot read the file (was it moved or deleted?)"
            return Snapshot(current.events, current.version, (message,), signature)
        try:
            events = tuple(self._loader(self.path).visible())
        except TimelineError as error:
            lines = tuple(line for line in str(error).splitlines() if line.strip())
            return Snapshot(current.events, current.version, lines, signature)
        snapshot = Snapshot(events, current.version + 1, (), signature)
        settle_memory()
        return snapshot


def settle_memory() -> None:
    """Set the loaded events aside from Python's garbage collector.

    With 10,000 events loaded, a full collection walks some 300,000 objects that never die
    while the file is unchanged, and one could land inside a filter callback: 0.6 s of a
    draw. Freezing them (after collecting what an earlier version left) spares every later
    collection that walk; unfreezing first lets a reload's old events go.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
