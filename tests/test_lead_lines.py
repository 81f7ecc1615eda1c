"""What makes a line prose at a post's top: it may name what the post is about."""

import pytest

from timeline.extraction.lead_lines import is_prose


@pytest.mark.parametrize(
    ("line", "prose"),
    [
        ("Working Links has gone into administration, the firm said today.", True),
        ("By Priya Raman, Home Affairs Correspondent", False),
        ("News | Sport | Business | Opinion", False),
        ("WESTERN DAILY RECORD", False),
        ("HEALTH-CORONAVIRUS/BRITAIN-HOSPITAL (UPDATE 2, adds detail on regional sites)", False),
    ],
)
def test_a_line_is_prose_unless_it_is_page_furniture(line, prose):
    assert is_prose(line) is prose
