"""Golden cases of dates as news wire writes them: tests/golden/dates-newswire.yaml.

Each case is one sentence with its document's date and every date expression a careful reader
finds in it; the file's header states the resolution rules (tense, weekdays, quarters, ...).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from timeline.extraction.dates import find_dates

GOLDEN = Path(__file__).parent / "golden" / "dates-newswire.yaml"


def _cases() -> list[pytest.param]:
    cases = yaml.safe_load(GOLDEN.read_text(encoding="utf-8"))
    return [
        pytest.param(case, id=f"{re.sub(r'[^a-z0-9]+', '-', case['form'].lower())}-{index:03d}")
        for index, case in enumerate(cases)
    ]


def test_dates_newswire_golden_file_has_every_case():
    assert len(_cases()) == 121


@pytest.mark.parametrize("case", _cases())
def test_dates_newswire_finds_every_date_with_its_value_and_precision(case):
    reference = case["reference"]
    assert isinstance(reference, dt.date)
    expected = [(d["text"], d["value"], d["precision"]) for d in case["dates"]]
    found = [
        (m.text, str(m.value), m.value.precision if m.value else None)
        for m in find_dates(case["sentence"], reference)
    ]
    assert found == expected
