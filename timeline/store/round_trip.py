"""events.yaml through ruamel.yaml's round-trip mode: the settings every rewrite uses, an event
as round-trip YAML, a refresh that rewrites only the fields that changed, and comment finding.

Only the events a rewrite changes go through here (timeline/store/event_blocks.py keeps every
other event's text as it is): ruamel.yaml keeps comments, key order and quoting, but costs
milliseconds an event.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, PlainScalarString

from timeline.model import Event

# Written on every event, even at their default, so a person sees the switch they can flip.
ALWAYS_WRITTEN = {"id", "date", "type", "title", "crcs", "owners", "sources", "origin", "locked"}
DATE_FIELDS = {"date", "end", "post_date"}
FLOW_LISTS = {"crcs", "owners"}


def round_trip_yaml() -> YAML:
    """Give the ruamel.yaml round-trip settings every rewrite of events.yaml uses."""
    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # one value per line: long titles and quotes stay greppable and diff well
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def event_to_yaml(event: Event) -> CommentedMap:
    """Give an event as round-trip YAML: fields in model order, dates quoted, lists compact."""
    data = event.model_dump(mode="json")
    mapping = CommentedMap()
    for name, value in data.items():
        if name not in ALWAYS_WRITTEN and value in (None, False, [], "", {}):
            continue
        mapping[name] = _yaml_value(name, value)
    return mapping


def _yaml_value(name: str, value: Any) -> Any:
    if name in DATE_FIELDS and isinstance(value, str):
        return DoubleQuotedScalarString(value)
    if name == "sources":
        sources = CommentedSeq()
        for source in value:
            item = CommentedMap()
            for key, part in source.items():
                if part not in (None, "", []):
                    item[key] = _yaml_value(key, part)
            sources.append(item)
        return sources
    if name == "marks":  # one mark a line, each a compact [start, end, kind]
        return CommentedSeq(_flow_list(mark) for mark in value)
    if name == "roles":
        return CommentedMap((role, _flow_list(names)) for role, names in value.items())
    if name in FLOW_LISTS:
        return _flow_list(value)
    return value


def _flow_list(items: list) -> CommentedSeq:
    """Give items as a list written on one line: [a, b, c]."""
    written = CommentedSeq(items)
    written.fa.set_flow_style()
    return written


def refresh_in_place(mapping: CommentedMap, old: Event, new: Event) -> None:
    """Rewrite only the fields that changed, so the mapping keeps its key order and layout.

    A changed text is written as a new one would be: plain unless it needs quotes (assigned as
    a plain str, CommentedMap would keep the old value's quotes, so a title that once held a
    colon would stay quoted for good).
    """
    old_data = old.model_dump(mode="json")
    new_data = new.model_dump(mode="json")
    wanted = event_to_yaml(new)
    for key in list(mapping):
        if key not in wanted:
            del mapping[key]
    for position, key in enumerate(wanted):
        if key not in mapping:
            mapping.insert(min(position, len(mapping)), key, wanted[key])
        elif old_data.get(key) != new_data.get(key):
            value = wanted[key]
            mapping[key] = PlainScalarString(value) if type(value) is str else value


def has_comment(node: Any) -> bool:
    """Give whether a round-trip node holds a `#` comment anywhere inside it."""
    if isinstance(node, CommentedMap | CommentedSeq):
        if _comment_in(node.ca.comment) or any(_comment_in(i) for i in node.ca.items.values()):
            return True
        children = node.values() if isinstance(node, CommentedMap) else node
        return any(has_comment(child) for child in children)
    return False


def _comment_in(tokens: Any) -> bool:
    if tokens is None:
        return False
    if isinstance(tokens, list):
        return any(_comment_in(token) for token in tokens)
    return "#" in getattr(tokens, "value", "")


__all__ = [
    "ALWAYS_WRITTEN",
    "DATE_FIELDS",
    "FLOW_LISTS",
    "event_to_yaml",
    "has_comment",
    "refresh_in_place",
    "round_trip_yaml",
]
