"""The JSON Schema of events.yaml, which editors use to complete and check it as it is typed.

Generated from the pydantic models, with field help and the vocabulary's names as enums, so
VS Code (through `# yaml-language-server: $schema=events.schema.json`) offers the event types,
CRCs and owners while a person types.
"""

from __future__ import annotations

from typing import Any

from timeline.model import EventsFile
from timeline.vocabulary import Vocabulary

_DATE_PATTERN = r"^\d{4}(-\d{2}(-\d{2})?|-(Q[1-4]|H[12]|spring|summer|autumn|winter))?$"
_FIELD_HELP = {
    "id": "Stable identifier; re-extracting the same documents gives the same id.",
    "date": (
        'When it happened, at the precision known: "YYYY", "YYYY-MM", "YYYY-MM-DD", a quarter'
        ' "YYYY-Q3", a half "YYYY-H1" or a season "YYYY-summer" (winter: the year it starts).'
    ),
    "end": "When a period ends (same forms as date); not before date.",
    "type": "The event type, one of the taxonomy's types.",
    "title": "One line saying what happened.",
    "crcs": "The CRCs the event is about (canonical names).",
    "owners": "The owner groups the event names (canonical names).",
    "national": "True when the event concerns every CRC; it then shows under every CRC filter.",
    "rating": "An inspection rating, when the event is a rated report.",
    "sources": "Where the event is told: document, post, line and quote.",
    "origin": "extracted (written by `timeline extract`) or manual (added by a person).",
    "locked": "True: re-extraction never changes or removes this event.",
    "rejected": "True: the event is wrong; it stays hidden and is never extracted again.",
    "digest": "Written by the extractor; an event that no longer matches it counts as edited.",
}

_MARK_HELP = (
    "Where the marked words start in the quote (0: its first character).",
    "Where they end: the offset just after their last character.",
    "What they did: the trigger, the date, a role's name (actor, target, successor), the "
    "rating or the amount.",
)


def events_schema(vocabulary: Vocabulary | None = None) -> dict[str, Any]:
    """Give the JSON Schema of events.yaml, with the vocabulary's names as completions."""
    schema = EventsFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "events.yaml"
    event = schema["$defs"]["Event"]["properties"]
    for name, text in _FIELD_HELP.items():
        event[name]["description"] = text
    for name in ("date", "end"):
        _add_pattern(event[name])
    _add_pattern(schema["$defs"]["Source"]["properties"]["post_date"])
    for item, text in zip(schema["$defs"]["Mark"]["prefixItems"], _MARK_HELP, strict=True):
        item["description"] = text
    if vocabulary is not None:
        event["type"]["enum"] = list(vocabulary.type_names)
        event["crcs"]["items"]["enum"] = list(vocabulary.crc_names)
        event["owners"]["items"]["enum"] = list(vocabulary.owner_names)
        if vocabulary.taxonomy.ratings:
            event["rating"] = {
                "anyOf": [{"enum": list(vocabulary.taxonomy.ratings)}, {"type": "null"}],
                "description": _FIELD_HELP["rating"],
                "default": None,
            }
    return schema


def _add_pattern(field_schema: dict[str, Any]) -> None:
    for option in field_schema.get("anyOf", [field_schema]):
        if option.get("type") == "string":
            option["pattern"] = _DATE_PATTERN
