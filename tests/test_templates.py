"""Headline templates filled with names: a verb after a plural name agrees with it."""

import pytest

from timeline.extraction.templates import fill_template


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Parole Board Rules", "Parole Board Rules come into force"),
        ("Offender Rehabilitation Act", "Offender Rehabilitation Act comes into force"),
        ("Commissioner for Standards", "Commissioner for Standards comes into force"),
    ],
)
def test_a_set_of_rules_named_heads_a_plural_verb(name, expected):
    assert fill_template("{actor} comes into force", {"actor": [name]}) == expected
