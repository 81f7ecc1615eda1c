"""Checks of events.yaml text that point at the line: syntax, fields, dates, vocabulary, ids.

The file is read as YAML 1.2 (like ruamel.yaml, which writes it, and the editors people use):
`yes` is a word and an unquoted 2019-02-15 stays the string the person wrote. A valid file is
read by yaml-rs (Rust), fast. Anything else goes to PyYAML's safe loader, which keeps the node
tree so every problem can name its line and column; it refuses Python object tags and any
other non-data tag, and aliases, so an alias bomb fails before it expands.
"""

from __future__ import annotations

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
    parsed, problem = parse_text(text, name)
    if problem is not None:
        return None, [problem]
    assert parsed is not None
    locate = Locator(name, parsed.root)
    if parsed.data is None:
        return EventsFile(), []
    if not isinstance(parsed.data, dict):
        return None, [
            locate.problem(
                (), f"expected a mapping with 'version' and 'events', found {_kind(parsed.data)}"
            )
        ]
    problems = duplicate_keys(parsed.root, locate)
    try:
        events_file = EventsFile.model_validate(parsed.data)
        events = events_file.events
    except ValidationError as error:
        events_file = None
        problems.extend(_model_problems(error, locate, parsed.data))
        events = _valid_events(parsed.data)
    if events_file is not None and events_file.version != FORMAT_VERSION:
        problems.append(
            locate.problem(
                ("version",),
                f"version {events_file.version} is not supported "
                f"(this timeline reads version {FORMAT_VERSION})",
            )
        )
    problems.extend(_duplicate_ids(events, locate))
    if vocabulary is not None:
        problems.extend(_vocabulary_problems(events, vocabulary, locate))
    problems.sort(key=lambda found: (found.line, found.column))
    return (events_file if not problems else None), problems


def _read_fast(text: str) -> EventsFile | None:
    """Give the events of text read by yaml-rs, or None when only the full parser can tell."""
    if needs_full_parser(text):
        return None
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
    return f"the value {value!r}"


def _valid_events(data: dict) -> list[tuple[int, Event]]:
    """Give (index, event) for each event that is valid on its own, for the checks across events."""
    raw_events = data.get("events")
    if not isinstance(raw_events, list):
        return []
    valid = []
    for index, raw in enumerate(raw_events):
        try:
            valid.append((index, Event.model_validate(raw)))
        except ValidationError:
            continue
    return valid


def _indexed(events: list[Event] | list[tuple[int, Event]]) -> list[tuple[int, Event]]:
    if events and isinstance(events[0], Event):
        return list(enumerate(events))  # type: ignore[arg-type]
    return events  # type: ignore[return-value]


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
        else:
            message = str(detail["msg"]).removeprefix("Value error, ")
        problems.append(locate.problem(loc, message))
    return problems


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


def _duplicate_ids(events: list, locate: Locator) -> list[Problem]:
    first_index: dict[str, int] = {}
    problems = []
    for index, event in _indexed(events):
        if event.id in first_index:
            first_line = locate.position(("events", first_index[event.id], "id"))[0]
            message = f'duplicate id "{event.id}" (first used on line {first_line})'
            problems.append(locate.problem(("events", index, "id"), message))
        else:
            first_index[event.id] = index
    return problems


def _vocabulary_problems(events: list, vocabulary: Vocabulary, locate: Locator) -> list[Problem]:
    names, ratings = vocabulary.names, set(vocabulary.taxonomy.ratings)
    problems = []
    for index, event in _indexed(events):
        written: list[tuple[tuple, Kind, str]] = [(("type",), "type", event.type)]
        written += [(("crcs", at), "unit", crc) for at, crc in enumerate(event.crcs)]
        written += [(("owners", at), "owner", owner) for at, owner in enumerate(event.owners)]
        for where, kind, name in written:
            message = names.problem(kind, name)
            if message is not None:
                problems.append(locate.problem(("events", index, *where), message))
        if event.rating is not None and ratings and event.rating not in ratings:
            message = f'unknown rating "{event.rating}"'
            hint = suggest(event.rating, sorted(ratings))
            problems.append(
                locate.problem(
                    ("events", index, "rating"),
                    message + (f' (did you mean "{hint}"?)' if hint else ""),
                )
            )
    return problems


def suggest(value: str, choices: list[str] | tuple[str, ...]) -> str | None:
    """Give the field or rating value was most likely meant to be, if one is close enough.

    Names of units, owners and types get theirs from timeline/names.py.
    """
    return suggest_name(value, choices, cutoff=_SUGGEST_CUTOFF)
