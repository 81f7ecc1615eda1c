"""A page's own web address as a page saved as text states it: on a line of its own among its
opening lines (the address bar, a print's header), or on a blog's "Permalink:" line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extraction.reference_dates import opening_lines
from timeline.extraction.sentences import Line

__all__ = ["opening_address"]


def opening_address(lines: Sequence[Line]) -> str | None:
    """Give the web address a page saved as text states on a line of its own among its opening
    lines (the address bar, or a print's header), or None."""
    for line in opening_lines(lines):
        found = _ADDRESS_LINE.fullmatch(line.text.strip())
        if found:
            return found.group("address")
    for line in lines:  # a blog's "Permalink:" line, under its post
        found = _PERMALINK.fullmatch(line.text.strip())
        if found:
            return found.group("address")
    return None


_ADDRESS = r"(?P<address>https?://[^\s/]+\.[^\s/]+/\S*)"
# A page's own address under its story: "Permalink: …", "Link to this story: …", "Share this
# story: …".
_PERMALINK = re.compile(
    r"(?:perma(?:nent\s+)?link|(?:link\s+to|share)\s+this\s+(?:story|article|page|post)"
    rf"|(?:story|article)\s+(?:url|link)|short\s*link)\s*:?\s*{_ADDRESS}",
    re.I,
)
# An address alone on its line, or after a label naming it ("Permalink: https://…").
_ADDRESS_LINE = re.compile(
    rf"(?:(?:permalink|url|link|address|web address|source|online at)\s*:?\s*)?{_ADDRESS}", re.I
)
