"""Page chrome dropped from text saved from the web: share buttons, captions, cookie notices.

The phrases are data, timeline/data/page_chrome.yaml, validated on load.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict, Field, field_validator

from timeline.data_files import load_model
from timeline.extraction.sentences import Line, normalised

CHROME_FILE = "page_chrome.yaml"
_EDGES = " \t•·|*-–—>[]()"


class PageChrome(BaseModel):
    """The lines that are page chrome: whole phrases, whole-line patterns, link-list headings."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    max_chars: int = Field(gt=0)
    phrases: list[str] = Field(min_length=1)
    patterns: list[str] = []
    sections: list[str] = []
    section_patterns: list[str] = []

    @field_validator("patterns", "section_patterns")
    @classmethod
    def _patterns_compile(cls, patterns: list[str]) -> list[str]:
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"{pattern!r} is not a regular expression ({error})") from None
        return patterns

    def matcher(self) -> re.Pattern[str]:
        """Give one pattern matching a chrome line whole (after _key): a link list's heading
        is chrome too."""
        phrases = [re.escape(_key(phrase)) for phrase in self.phrases]
        return _whole([*phrases, *self.patterns, *self._headings()])

    def section_matcher(self) -> re.Pattern[str]:
        """Give one pattern matching a link list's heading whole (after _key)."""
        return _whole(self._headings())

    def _headings(self) -> list[str]:
        return [*(re.escape(_key(section)) for section in self.sections), *self.section_patterns]


def _whole(choices: list[str]) -> re.Pattern[str]:
    """Give one case-blind pattern of the choices (fullmatch makes each whole)."""
    return re.compile("|".join(f"(?:{choice})" for choice in choices), re.IGNORECASE)


@cache
def page_chrome() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    """Give the chrome matcher, the link-list headings' matcher and the longest chrome line."""
    chrome = load_model(resources.files("timeline") / "data" / CHROME_FILE, PageChrome)
    assert isinstance(chrome, PageChrome)
    return chrome.matcher(), chrome.section_matcher(), chrome.max_chars


def drop_chrome(lines: list[Line]) -> list[Line]:
    """Give lines with each chrome line, and each link list under a chrome heading, made blank.

    Blank lines keep their numbers, so the sentences around them keep theirs.
    """
    matcher, sections, max_chars = page_chrome()
    kept: list[Line] = []
    in_section = listed = False  # under a link-list heading; a link of it seen
    for line in lines:
        if line.blank:
            in_section = in_section and not listed  # "Related stories", a blank, then the list
            kept.append(line)
            continue
        text = line.text
        key = _key(text) if len(text) <= max_chars * 2 else ""
        if in_section or (key and len(key) <= max_chars and matcher.fullmatch(key)):
            listed = in_section
            in_section = in_section or sections.fullmatch(key) is not None
            kept.append(Line(line.number, ""))
        else:
            kept.append(line)
    return kept


def _key(text: str) -> str:
    """Give text as chrome is matched: spaces normalised, bullets and brackets off its ends."""
    return normalised(text).strip(_EDGES).rstrip(":")
