"""Candidates' sources packed while the reduce holds a block: what the merge reads of a source
(where it is from) kept plain, the rest pickled until an event is built from it.

A Source in memory is some 1.6 KB (a pydantic model, its quote and marks), most of what a
candidate costs; packed, under half of that. The largest block holds a quarter of a corpus's
candidates at once, so this is most of the reduce's memory.
"""

from __future__ import annotations

import pickle
from dataclasses import replace
from typing import NamedTuple

from timeline.extraction.events import Candidate
from timeline.model import Source


class PackedSource(NamedTuple):
    """A source as the merge orders and tells apart its reports by, with the whole of it packed."""

    document: str
    post_date: str | None
    post_title: str | None
    line: int | None
    packed: bytes


def packed(candidate: Candidate) -> Candidate:
    """Give candidate with its source packed."""
    source = candidate.source
    if isinstance(source, PackedSource):
        return candidate
    whole = pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
    return replace(
        candidate,
        source=PackedSource(
            source.document, source.post_date, source.post_title, source.line, whole
        ),
    )


def unpacked(source: Source | PackedSource) -> Source:
    """Give the Source a source packed (a Source is given back as it is)."""
    return pickle.loads(source.packed) if isinstance(source, PackedSource) else source
