"""Checks of events.yaml text that point at the line: syntax, fields, dates, vocabulary, ids.

The file is read as YAML 1.2 (like ruamel.yaml, which writes it, and the editors people use):
`yes` is a word and an unquoted 2019-02-15 stays the string the person wrote. A valid file is
read by yaml-rs (Rust), fast. Anything else goes to PyYAML's safe loader, which keeps the node
tree so every problem can name its line and column. It refuses every tag, anchor and alias
(an alias is never expanded, so an alias bomb costs nothing) and every control character or
noncharacter, written or escaped, and reads on so one run reports every problem.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

import yaml_rs
from pydantic import ValidationError

from timeline.model import FORMAT_VERSION, Event, EventsFile, Source
from timeline.names import Kind
from timeline.names import suggest as suggest_name
from timeline.store.yaml_source import (
    Locator,
    Problem,
    duplicate_keys,
    needs_full_parser,
    parse_text,
)
from timeline.vocabulary import Vocabulary

_EVENT_FIELDS = tuple(Event.model_fields)
_SOURCE_FIELDS = tuple(Source.model_fields)
_FILE_FIELDS = tuple(EventsFile.model_fields)
_SUGGEST_CUTOFF = 70
_NO_ALIASES = yaml_rs.AliasLimits(max_total_replayed_events=0)


def check_text(text: str, name: str, vocabulary: Vocabulary | None = None) -> list[Problem]:
    """Give every problem in events.yaml text, in file order (none when it is valid)."""
    return check_events(text, name, vocabulary)[1]


def check_events(
    text: str, name: str, vocabulary: Vocabulary | None = None
) -> tuple[EventsFile | None, list[Problem]]:
    """Give the events in text and every problem with them; the events are None if any."""
    events_file = _read_fast(text)
    if events_file is not None and not _has_cross_event_problems(events_file, vocabulary):
        return events_file, []
    parsed, problems = parse_text(text, name)
    if parsed is None or not parsed.plain:
        # Past a tag or an alias the data is not what the person wrote: more would be noise.
        return None, problems
    locate = Locator(name, parsed.root)
    if parsed.data is None:
        return (EventsFile(), []) if not problems else (None, problems)
    if not isinstance(parsed.data, dict):
        found = f"expected a mapping with 'version' and 'events', found {_kind(parsed.data)}"
        return None, [*problems, locate.problem((), found)]
    problems += duplicate_keys(parsed.root, locate)
    try:
        events_file = EventsFile.model_validate(parsed.data)
    except ValidationError as error:
        events_file = None
        problems.extend(_model_problems(error, locate, parsed.data))
    if events_file is not None and events_file.version != FORMAT_VERSION:
        problems.append(
            locate.problem(
                ("version",),
                f"version {events_file.version} is not supported "
                f"(this timeline reads version {FORMAT_VERSION})",
            )
        )
    # Across events and against the vocabulary, from what is written: an event with a bad
    # date still has its unknown CRC reported, so one run of validate lists every problem.
    written = _written_events(parsed.data)
    problems.extend(_duplicate_ids(written, locate))
    if vocabulary is not None:
        problems.extend(_vocabulary_problems(written, vocabulary, locate))
    problems = sorted(dict.fromkeys(problems), key=lambda found: (found.line, found.column))
    return (events_file if not problems else None), problems


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a file's objects are made.

    Reading 50,000 events makes millions of objects, none of them in a cycle; the collector,
    started again and again by their number, took over half the time of the read.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_fast(text: str) -> EventsFile | None:
    """Give the events of text read by yaml-rs, or None when only the full parser can tell."""
    if needs_full_parser(text):
        return None
    with _collector_paused():
        return _validated_fast(text)


def _validated_fast(text: str) -> EventsFile | None:
    try:
        data = yaml_rs.loads(
            text,
            parse_datetime=False,
            alias_limits=_NO_ALIASES,
            duplicate_key_policy=yaml_rs.DuplicateKeyPolicy.Error,
        )
        events_file = EventsFile.model_validate(data if data is not None else {})
    except (ValueError, TypeError):  # YAMLDecodeError and ValidationError are ValueErrors
        return None
    return events_file if events_file.version == FORMAT_VERSION else None


def _has_cross_event_problems(events_file: EventsFile, vocabulary: Vocabulary | None) -> bool:
    """Give whether duplicate ids or unknown names need the full check to be reported."""
    events = events_file.events
    if len({event.id for event in events}) != len(events):
        return True
    if vocabulary is None:
        return False
    names, ratings = vocabulary.names, set(vocabulary.taxonomy.ratings)
    return any(
        not names.is_canonical("type", event.type)
        or not all(names.is_canonical("unit", crc) for crc in event.crcs)
        or not all(names.is_canonical("owner", owner) for owner in event.owners)
        or (event.rating is not None and ratings and event.rating not in ratings)
        for event in events
    )


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return f'"{value}"'
    return f"the value {value!r}"


def _written_events(data: dict) -> list[tuple[int, dict]]:
    """Give (index, mapping) for each event written as a mapping, valid or not."""
    raw_events = data.get("events")
    if not isinstance(raw_events, list):
        return []
    return [(index, raw) for index, raw in enumerate(raw_events) if isinstance(raw, dict)]


def _model_problems(error: ValidationError, locate: Locator, data: dict) -> list[Problem]:
    details = [(tuple(detail["loc"]), detail) for detail in error.errors()]
    # A misspelt required field gives "unknown titel" and "missing title"; say it once.
    misspelt = set()
    for loc, detail in details:
        if detail["type"] == "extra_forbidden":
            hint = suggest(str(loc[-1]), _fields_at(loc[:-1]))
            detail["hint"] = hint
            misspelt.add(loc[:-1] + (hint,))
    problems = []
    for loc, detail in details:
        kind = detail["type"]
        if "marks" in loc:
            problems.append(locate.problem(loc, _mark_problem(detail, _event_id(data, loc))))
            continue
        if kind == "missing":
            if loc not in misspelt:
                message = f'required field "{loc[-1]}" is missing'
                problems.append(locate.problem(loc[:-1], message, path=loc))
            continue
        if kind == "extra_forbidden":
            hint = detail["hint"]
            message = f'unknown field "{loc[-1]}"' + (f' (did you mean "{hint}"?)' if hint else "")
        elif kind in {"dict_type", "model_type", "model_attributes_type"}:
            message = f"expected a mapping, found {_kind(detail.get('input'))}"
        elif kind == "list_type":
            message = f"expected a list, found {_kind(detail.get('input'))}"
        elif kind in _EXPECTED:
            message = _expected(kind, detail.get("input"))
        else:
            message = str(detail["msg"]).removeprefix("Value error, ")
        problems.append(locate.problem(loc, message))
    return problems


_EXPECTED = {
    "bool_type": "true or false",
    "int_type": "a whole number",
    "float_type": "a number",
}


def _expected(kind: str, value: object) -> str:
    """Give what a strict field wanted and what was written instead, with what to write."""
    message = f"expected {_EXPECTED[kind]}, found {_kind(value)}"
    if not isinstance(value, str):
        return message
    if kind == "bool_type":
        return message + " (only true and false are booleans, as in YAML 1.2)"
    if not value.isascii() and any(character.isdigit() for character in value):
        return message + " (write the digits 0-9)"
    return message + " (write it without quotes)"


def _mark_problem(detail: dict, event_id: str | None) -> str:
    """Give what is wrong with a source's marks, naming the event they belong to."""
    if detail["type"] in ("missing", "too_long", "named_tuple_type"):
        message = "a mark is written [start, end, kind]"
    elif detail["type"] == "list_type" and detail["loc"][-1] == "marks":
        message = f"expected a list of marks, found {_kind(detail.get('input'))}"
    else:
        message = str(detail["msg"]).removeprefix("Value error, ")
    return message + (f' (event "{event_id}")' if event_id else "")


def _event_id(data: dict, loc: tuple) -> str | None:
    """Give the id written on the event at loc ("events", 3, ...), if it has one."""
    events = data.get("events")
    if len(loc) < 2 or loc[0] != "events" or not isinstance(events, list):
        return None
    index = loc[1]
    event = events[index] if isinstance(index, int) and index < len(events) else None
    event_id = event.get("id") if isinstance(event, dict) else None
    return str(event_id) if event_id is not None else None


def _fields_at(loc: tuple) -> tuple[str, ...]:
    """Give the field names allowed in the mapping at loc (an event, a source, the file)."""
    if len(loc) == 2 and loc[0] == "events":
        return _EVENT_FIELDS
    if len(loc) == 4 and loc[2] == "sources":
        return _SOURCE_FIELDS
    if not loc:
        return _FILE_FIELDS
    return ()


def _duplicate_ids(written: list[tuple[int, dict]], locate: Locator) -> list[Problem]:
    first_index: dict[str, int] = {}
    problems = []
    for index, event in written:
        event_id = event.get("id")
        if not isinstance(event_id, str):
            continue
        if event_id in first_index:
            first_line = locate.position(("events", first_index[event_id], "id"))[0]
            message = f'duplicate id "{event_id}" (first used on line {first_line})'
            problems.append(locate.problem(("events", index, "id"), message))
        else:
            first_index[event_id] = index
    return problems


def _vocabulary_problems(
    written: list[tuple[int, dict]], vocabulary: Vocabulary, locate: Locator
) -> list[Problem]:
    names, ratings = vocabulary.names, set(vocabulary.taxonomy.ratings)
    problems = []
    for index, event in written:
        named: list[tuple[tuple, Kind, str]] = []
        if isinstance(event.get("type"), str):
            named.append((("type",), "type", event["type"]))
        named += [(("crcs", at), "unit", crc) for at, crc in _indexed(event.get("crcs"))]
        named += [(("owners", at), "owner", owner) for at, owner in _indexed(event.get("owners"))]
        for where, kind, name in named:
            message = names.problem(kind, name)
            if message is not None:
                problems.append(locate.problem(("events", index, *where), message))
        rating = event.get("rating")
        if isinstance(rating, str) and ratings and rating not in ratings:
            hint = suggest(rating, sorted(ratings))
            problems.append(
                locate.problem(
                    ("events", index, "rating"),
                    f'unknown rating "{rating}"' + (f' (did you mean "{hint}"?)' if hint else ""),
                )
            )
    return problems


def _indexed(value: object) -> list[tuple[int, str]]:
    """Give (position, name) for each string in a list as written; others are the model's."""
    if not isinstance(value, list):
        return []
    return [(at, item) for at, item in enumerate(value) if isinstance(item, str)]


def suggest(value: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """Give the field or rating value was most likely meant to be, if one is close enough.

    Names of units, owners and types get theirs from timeline/names.py.
    """
    return suggest_name(value, choices, cutoff=_SUGGEST_CUTOFF)
