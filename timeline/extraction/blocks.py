"""The shuffle between extraction's map and reduce: candidates grouped into blocks, by event
type, kept on disk until the reduce merges one block at a time.

Types are the blocks because they never meet in the merge (a happening admits only its own
type) and event ids are counted within a type (the type is part of every id), so merging each
block alone and reading the blocks' events back in file order (event_spill.py) gives the events
of merging everything at once. Time buckets
are not blocks of their own: an undated report joins the first happening that names it at any
time, so cutting a type at a date would change which happening it joins. Within a block the
merge's index (merge.py) files happenings by time bucket, which keeps the work linear.
"""

from __future__ import annotations

import pickle
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO

from timeline.extraction.event_spill import SpilledEvents, spilled
from timeline.extraction.events import Candidate
from timeline.extraction.merge import merge_candidates
from timeline.extraction.packed_sources import packed
from timeline.model import Event


def block_of(candidate: Candidate) -> str:
    """Give the name of the block candidate belongs to: its event type."""
    return candidate.type


def by_block(candidates: Iterable[Candidate]) -> dict[str, list[Candidate]]:
    """Give candidates grouped by block, each group in the order given."""
    blocks: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        blocks.setdefault(block_of(candidate), []).append(candidate)
    return blocks


def merge_block(*parts: list[Candidate]) -> list[Event]:
    """Give the events of one block, its parts given in document order (the reduce step)."""
    return merge_candidates(candidate for part in parts for candidate in part)


class SpilledBlocks:
    """Candidates written to one temporary file per block as the map gives them, so that only
    the block being merged is held in memory, and that with its sources packed."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="timeline-blocks-")
        self._files: dict[str, IO[bytes]] = {}
        self.count = 0

    def __enter__(self) -> SpilledBlocks:
        return self

    def __exit__(self, *_exc: object) -> None:
        for file in self._files.values():
            file.close()
        self._folder.cleanup()

    def add(self, candidates: list[Candidate]) -> None:
        """Append one document's candidates to their blocks' files."""
        self.count += len(candidates)
        for block, part in by_block(packed(candidate) for candidate in candidates).items():
            if block not in self._files:
                self._files[block] = (Path(self._folder.name) / f"{len(self._files)}.pickle").open(
                    "wb"
                )
            pickle.dump(part, self._files[block], protocol=pickle.HIGHEST_PROTOCOL)

    def merged(self) -> SpilledEvents:
        """Give the events of all blocks, merged and stored one block at a time: a block's
        candidates are let go as soon as its events are made, before the next is read."""
        return spilled(merge_candidates(self._candidates(file)) for file in self._files.values())

    def _candidates(self, file: IO[bytes]) -> Iterator[Candidate]:
        file.flush()
        with open(file.name, "rb") as reading:
            for part in _pickles(reading):
                yield from part


def _pickles(file: IO[bytes]) -> Iterator[list[Candidate]]:
    while True:
        try:
            yield pickle.load(file)
        except EOFError:
            return
