"""The JSON Schema of events.yaml that editors use."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline.partial_date import PartialDate
from timeline.store.schema import events_schema
from timeline.vocabulary import load_vocabulary

FIXTURES = Path(__file__).parent / "fixtures" / "store"


@pytest.fixture(scope="module")
def vocabulary():
    return load_vocabulary(FIXTURES)


def test_events_schema_lists_vocabulary_names_and_date_pattern(vocabulary):
    schema = events_schema(vocabulary)
    event = schema["$defs"]["Event"]["properties"]
    assert event["type"]["enum"] == vocabulary.type_names
    assert event["crcs"]["items"]["enum"] == vocabulary.crc_names
    assert event["date"]["pattern"].startswith("^\\d{4}")
    assert schema["$defs"]["Event"]["additionalProperties"] is False


def test_events_schema_without_vocabulary_leaves_names_open():
    event = events_schema()["$defs"]["Event"]["properties"]
    assert "enum" not in event["type"] and "enum" not in event["crcs"]["items"]
    assert all(field.get("description") for field in event.values())


def test_events_schema_marks_are_start_end_kind_lists():
    schema = events_schema()
    marks = schema["$defs"]["Source"]["properties"]["marks"]
    assert marks["items"] == {"$ref": "#/$defs/Mark"}
    mark = schema["$defs"]["Mark"]
    assert (mark["type"], mark["minItems"], mark["maxItems"]) == ("array", 3, 3)
    start, end, kind = mark["prefixItems"]
    assert start["type"] == end["type"] == "integer" and start["minimum"] == 0
    assert {"trigger", "date", "actor"} <= set(kind["enum"])
    assert all(item["description"] for item in mark["prefixItems"])


@pytest.mark.parametrize(
    ("text", "accepted"),
    [
        ("2019", True),
        ("2019-02", True),
        ("2019-02-15", True),
        ("2019-Q3", True),
        ("2019-H2", True),
        ("2018-winter", True),
        ("2019-Q5", False),
        ("2019-fall", False),
        ("Q3 2019", False),
    ],
)
def test_events_schema_date_pattern_accepts_what_the_store_accepts(text, accepted):
    pattern = events_schema()["$defs"]["Event"]["properties"]["date"]["pattern"]
    assert bool(re.match(pattern, text)) is accepted
    try:
        PartialDate.parse(text)
    except ValueError:
        parsed = False
    else:
        parsed = True
    assert parsed is accepted
