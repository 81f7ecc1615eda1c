"""events.yaml text cut into one block per event, so a rewrite touches only the events it changes.

A block is one item of the `events:` list as written: from its `- ` line up to the next item's,
so it holds the comment lines and blank lines below the event, which ruamel.yaml also gives to
the event above them. A rewrite copies the blocks of the events it keeps byte for byte, and
reads and writes with ruamel.yaml (timeline/store/round_trip.py) only the events it refreshes
or adds, each on its own: milliseconds an event changed instead of an event in the file.

The cut is a line scan, trusted only where it cannot be wrong: every line at or left of the
items' column is an item, a comment or blank, and the items found are exactly as many as the
events the validating parser read (a quoted value running over lines could otherwise hide a
`- ` line). Otherwise (CRLF line ends, a key after `events:`, an empty list) cut_events gives
None and the caller rewrites the whole file through ruamel.yaml.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from functools import lru_cache

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from timeline.model import Event
from timeline.store.event_text import events_text
from timeline.store.round_trip import event_to_yaml, has_comment, refresh_in_place

_EVENTS_KEY = re.compile(r"^events:[ \t]*(?:#[^\n]*)?\n", re.MULTILINE)
_FIRST_ITEM = re.compile(r"(?:[ \t]*(?:#[^\n]*)?\n)*( *)-(?:[ \n]|\Z)")
_WRAPPER = "events:\n"
_MAYBE_COMMENT = re.compile(r"(?:^|[ \t])#", re.MULTILINE)
_WRITTEN_COLUMN = 2  # round_trip_yaml() writes each item's dash two spaces in


@dataclass(frozen=True)
class EventBlocks:
    """events.yaml text as the part before the first event and one block per event."""

    head: str
    blocks: list[str]
    column: int  # where each item's dash is: a block written anew is moved there

    def joined(self, blocks: list[str]) -> str:
        """Give the file's text with these blocks in place of its events."""
        return self.head + "".join(blocks)


def cut_events(text: str, count: int) -> EventBlocks | None:
    """Give text cut at each of its count events, or None when a line scan cannot be trusted.

    count is the number of events a full parse of the same text found.
    """
    if count == 0 or "\r" in text:
        return None
    key = _EVENTS_KEY.search(text)
    first = _FIRST_ITEM.match(text, key.end()) if key is not None else None
    if first is None:
        return None
    start, column = first.start(1), len(first.group(1))
    starts = [found.start() for found in _items(column).finditer(text, start)]
    if len(starts) != count or _stray(column).search(text, start) is not None:
        return None
    blocks = [text[begin:end] for begin, end in zip(starts, [*starts[1:], len(text)], strict=True)]
    if not blocks[-1].endswith("\n"):
        blocks[-1] += "\n"
    return EventBlocks(text[:start], blocks, column)


def fresh_blocks(head: str) -> EventBlocks:
    """Give the blocks of a file that has only its head yet."""
    return EventBlocks(head, [], _WRITTEN_COLUMN)


@lru_cache
def _items(column: int) -> re.Pattern[str]:
    return re.compile(rf"^ {{{column}}}-(?:[ \n]|\Z)", re.MULTILINE)


@lru_cache
def _stray(column: int) -> re.Pattern[str]:
    """A line at or left of the items' column that is not an item, a comment or blank."""
    return re.compile(rf"^(?! {{{column}}}-(?:[ \n]|\Z)) {{0,{column}}}[^ \n#]", re.MULTILINE)


def block_mapping(block: str, yaml: YAML) -> CommentedMap:
    """Give the event a block holds as round-trip YAML, with the comments below it."""
    return yaml.load(_WRAPPER + block)["events"][0]


def block_text(mapping: CommentedMap, column: int, yaml: YAML) -> str:
    """Give the block ruamel.yaml writes for one event, its dash at column."""
    buffer = io.StringIO()
    yaml.dump(CommentedMap(events=CommentedSeq([mapping])), buffer)
    text = buffer.getvalue().removeprefix(_WRAPPER)
    if column > _WRITTEN_COLUMN:
        return re.sub(r"(?m)^(?=[^\n])", " " * (column - _WRITTEN_COLUMN), text)
    if column < _WRITTEN_COLUMN:
        return re.sub(rf"(?m)^ {{1,{_WRITTEN_COLUMN - column}}}", "", text)
    return text


def changed_blocks(
    cut: EventBlocks,
    events: list[Event],
    refreshed: dict[int, Event],
    added: list[Event],
    yaml: YAML,
) -> list[tuple[Event, str]]:
    """Give (event, block) for each refreshed event (index into events → its new version) and
    each added one, written at the file's column."""
    old = [events[index] for index in refreshed]
    texts = events_text([*old, *refreshed.values(), *added], cut.column, yaml)
    count = len(old)
    before, after, new = texts[:count], texts[count : 2 * count], texts[2 * count :]
    pieces = []
    for (index, fresh), old_text, fresh_text in zip(refreshed.items(), before, after, strict=True):
        block = cut.blocks[index]
        if fresh_text is not None and old_text == block:
            # The block is what the tool wrote, untouched: refreshing it field by field in
            # ruamel.yaml (below) gives the tool's text of the new version, in model order.
            pieces.append((fresh, fresh_text))
            continue
        mapping = block_mapping(cut.blocks[index], yaml)
        refresh_in_place(mapping, events[index], fresh)
        pieces.append((fresh, block_text(mapping, cut.column, yaml)))
    for event, text in zip(added, new, strict=True):
        pieces.append((event, text or block_text(event_to_yaml(event), cut.column, yaml)))
    return pieces


def block_has_comment(block: str, yaml: YAML) -> bool:
    """Give whether a block holds a `#` comment; only a block with a `#` after a space or at the
    start of a line is parsed (an address's `#fragment` is no comment)."""
    return _MAYBE_COMMENT.search(block) is not None and has_comment(block_mapping(block, yaml))


__all__ = [
    "EventBlocks",
    "block_has_comment",
    "block_mapping",
    "block_text",
    "changed_blocks",
    "cut_events",
    "fresh_blocks",
]
