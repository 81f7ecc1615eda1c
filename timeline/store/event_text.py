"""Events as the text ruamel.yaml writes for them, without ruamel.yaml's cost for each event.

ruamel.yaml spends milliseconds an event walking its nodes, most of a write into a new file.
The layout of an event is fixed (timeline/store/round_trip.py's event_to_yaml: fields in model
order, dates double-quoted, names as [a, b]), so only each string needs ruamel.yaml's
judgement: plain, 'single-quoted' or "double-quoted" with escapes. Each distinct string is
decided once a write, by ruamel.yaml's own emitter analysis and resolver; the rare ones that
need an escape (a tab) and numbers come from one dump of them all. An event with a string that
could run over lines (a line break, a thousand characters) is left to ruamel.yaml (None).
"""

from __future__ import annotations

import contextlib
import io
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.nodes import ScalarNode

from timeline.model import Event
from timeline.store.round_trip import ALWAYS_WRITTEN, DATE_FIELDS, FLOW_LISTS

_LINE_BREAKS = re.compile("[\n\r\x85\u2028\u2029]")
_DATE = re.compile(r"[0-9A-Za-z-]+")
_LONGEST_STRING = 1000  # ruamel.yaml folds lines only past 4096 columns
_LONGEST_LINE = 4000
_LONGEST_KEY = 100  # past 128 characters ruamel.yaml writes a key as "? key"

# Where a scalar stands decides how it may be written: a mapping's value, an item of a [flow]
# list (no plain `,`), or a mapping's key. Keys hold the type too: 1, 1.0 and True are equal.
_VALUE, _ITEM, _KEY = "value", "item", "key"
Scalar = tuple[str, type, object]
_STRING = "tag:yaml.org,2002:str"
_UNESCAPED = re.compile("[\x20-\x7e\xa0-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]*")


class _Unwritable(Exception):
    """An event holds something only ruamel.yaml itself can lay out."""


def events_text(events: Sequence[Event], column: int, yaml: YAML) -> list[str | None]:
    """Give the block ruamel.yaml writes for each event, as event_blocks.block_text does for
    event_to_yaml(event), its dash at column; None for an event ruamel.yaml must write."""
    dumped = [event.model_dump(mode="json") for event in events]
    wanted: set[Scalar] = set()
    for data in dumped:
        with contextlib.suppress(_Unwritable):  # such an event is left to ruamel.yaml below
            wanted.update(_scalars_of(data))
    written = _written_scalars(wanted, yaml)
    texts: list[str | None] = []
    for data in dumped:
        try:
            texts.append(_event_text(data, column, written))
        except (_Unwritable, KeyError):
            texts.append(None)
    return texts


def _fields(data: dict) -> Iterator[tuple[str, object]]:
    for name, value in data.items():
        if name in ALWAYS_WRITTEN or value not in (None, False, [], "", {}):
            yield name, value


def _source_parts(source: dict) -> Iterator[tuple[str, object]]:
    for key, part in source.items():
        if part not in (None, "", []):
            yield key, part


def _scalars_of(data: dict) -> Iterator[Scalar]:
    """Give the scalars of an event whose text ruamel.yaml decides."""
    for name, value in _fields(data):
        if name == "sources":
            for source in value:
                for key, part in _source_parts(source):
                    if key == "marks":
                        yield from (_scalar(_ITEM, kind) for _, _, kind in part)
                    elif key not in DATE_FIELDS and not isinstance(part, int):
                        yield _scalar(_VALUE, part)
        elif name == "roles":
            for role, names in value.items():
                yield _scalar(_KEY, role)
                yield from (_scalar(_ITEM, each) for each in names)
        elif name in FLOW_LISTS:
            yield from (_scalar(_ITEM, each) for each in value)
        elif name not in DATE_FIELDS and not isinstance(value, int):  # bool is an int too
            yield _scalar(_VALUE, value)


def _scalar(place: str, value: object) -> Scalar:
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        raise _Unwritable
    if isinstance(value, str) and (
        len(value) > (_LONGEST_KEY if place == _KEY else _LONGEST_STRING)
        or _LINE_BREAKS.search(value)
    ):
        raise _Unwritable
    return (place, type(value), value)


def _written_scalars(wanted: set[Scalar], yaml: YAML) -> dict[Scalar, str]:
    """Give how ruamel.yaml writes each scalar: plain and single-quoted ones as its emitter
    decides, the others (double-quoted with escapes, numbers) from one dump of them all."""
    written: dict[Scalar, str] = {}
    emitter, resolver = yaml.emitter, yaml.resolver
    asked = []
    for scalar in wanted:
        place, kind, value = scalar
        text = _decided(place, value, emitter, resolver) if kind is str and value else None
        if text is None:
            asked.append(scalar)
        else:
            written[scalar] = text
    return written | _dumped_scalars(asked, yaml)


def _decided(place: str, value: str, emitter: Any, resolver: Any) -> str | None:
    """Give value plain, single- or double-quoted, as ruamel.yaml's Emitter.choose_scalar_style
    picks for a string without a tag or style; None when an escape would be needed."""
    analysis = emitter.analyze_scalar(value)
    key = place == _KEY
    plain = analysis.allow_flow_plain if place == _ITEM else analysis.allow_block_plain
    if (
        resolver.resolve(ScalarNode, value, (True, False)) == _STRING
        and plain
        and not (key and (analysis.empty or analysis.multiline))
    ):
        return value
    if analysis.allow_single_quoted and not analysis.multiline and "'" not in value:
        return f"'{value}'"
    # Emitter.write_double_quoted escapes only \\ and " among these characters.
    if _UNESCAPED.fullmatch(value):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return None


def _dumped_scalars(order: list[Scalar], yaml: YAML) -> dict[Scalar, str]:
    """Give how ruamel.yaml writes each scalar, from one dump of them all, one a line."""
    if not order:
        return {}
    items = CommentedSeq()
    for place, _, value in order:
        if place == _VALUE:
            items.append(CommentedMap(k=value))
        elif place == _ITEM:
            listed = CommentedSeq([value])
            listed.fa.set_flow_style()
            items.append(listed)
        else:
            items.append(CommentedMap([(value, 1)]))
    buffer = io.StringIO()
    yaml.dump(items, buffer)
    lines = buffer.getvalue().split("\n")[:-1]
    if len(lines) != len(order):  # something ran over lines: leave it to ruamel.yaml
        return {}
    written = {}
    for scalar, line in zip(order, lines, strict=True):
        text = line.removeprefix("  - ")
        place = scalar[0]
        if place == _VALUE and text.startswith("k: "):
            written[scalar] = text[3:]
        elif place == _ITEM and text.startswith("[") and text.endswith("]"):
            written[scalar] = text[1:-1]
        elif place == _KEY and text.endswith(": 1"):
            written[scalar] = text[:-3]
    return written


def _event_text(data: dict, column: int, written: dict[Scalar, str]) -> str:
    lines: list[str] = []
    for name, value in _fields(data):
        lines += _field_lines(name, value, column + 2, written)
    lines[0] = " " * column + "- " + lines[0][column + 2 :]
    if any(len(line) > _LONGEST_LINE for line in lines):
        raise _Unwritable
    return "\n".join(lines) + "\n"


def _field_lines(name: str, value: object, indent: int, written: dict[Scalar, str]) -> list[str]:
    """Give the lines of one field at indent, as ruamel.yaml lays them out."""
    pad = " " * indent
    if name in DATE_FIELDS and isinstance(value, str):
        if not _DATE.fullmatch(value):
            raise _Unwritable
        return [f'{pad}{name}: "{value}"']
    if name in FLOW_LISTS:
        return [f"{pad}{name}: {_flow(value, written)}"]
    if name == "roles" and isinstance(value, dict):
        return [f"{pad}roles:"] + [
            f"{pad}  {written[_scalar(_KEY, role)]}: {_flow(names, written)}"
            for role, names in value.items()
        ]
    if name == "marks" and isinstance(value, list):
        return [f"{pad}marks:"] + [f"{pad}  - {_flow(mark, written)}" for mark in value]
    if name == "sources" and isinstance(value, list):
        if not value:
            return [f"{pad}sources: []"]
        lines = [f"{pad}sources:"]
        for source in value:
            item: list[str] = []
            for key, part in _source_parts(source):
                item += _field_lines(key, part, indent + 4, written)
            if not item:
                raise _Unwritable
            item[0] = f"{pad}  - {item[0][indent + 4 :]}"
            lines += item
        return lines
    if isinstance(value, bool):
        return [f"{pad}{name}: {'true' if value else 'false'}"]
    if isinstance(value, int):
        return [f"{pad}{name}: {value}"]
    return [f"{pad}{name}: {written[_scalar(_VALUE, value)]}"]


def _flow(items: object, written: dict[Scalar, str]) -> str:
    """Give a list written on one line: [a, b, c]."""
    if not isinstance(items, list):
        raise _Unwritable
    parts = [str(item) if type(item) is int else written[_scalar(_ITEM, item)] for item in items]
    return "[" + ", ".join(parts) + "]"


__all__ = ["events_text"]
