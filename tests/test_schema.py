"""The JSON Schema of events.yaml that editors use."""

from __future__ import annotations

from pathlib import Path

import pytest

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
