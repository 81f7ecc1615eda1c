"""A post's lead: its opening sentences, where news is told without a date, and the lines of
prose among them that may name what the post is about (not its chrome, bylines or mastheads)."""

from __future__ import annotations

import re

__all__ = ["LEAD_SENTENCES", "is_prose"]

LEAD_SENTENCES = 3  # a post's opening sentences, where the present perfect reports news
_LINE_WORDS = 3  # lower-case words: fewer, and a line at a post's top is a name or a mark
_BYLINE = re.compile(r"\W*(?:(?:posted|written|words|reporting)\s+)?by\s", re.IGNORECASE)
_SERIES = re.compile(r"\s*(?:[A-Z][\w'’&-]*\s+){1,5}[A-Z][\w'’&-]*\s*")  # a name, then "|"


def is_prose(text: str) -> bool:
    """Give whether a line may name what a post is about: not a byline ("By Priya Raman"), a
    menu ("News | Sport | …"), a masthead ("Western Daily Record", "UK NEWS") nor a series'
    running head ("Committee Report Summaries | No. 6/2016 …") nor a wire story's slug."""
    words = len(re.findall(r"\b[a-z]{2,}", text))  # a masthead's words are all capitals
    series = "|" in text and _SERIES.fullmatch(text.split("|")[0]) is not None
    return (
        words >= _LINE_WORDS
        and text.count("|") < 2
        and not series
        and not _BYLINE.match(text)
        and not _WIRE_SLUG.match(text)
    )


# A wire story's slug: "HEALTH-CORONAVIRUS/BRITAIN-HOSPITAL (UPDATE 2, adds detail …)".
_WIRE_SLUG = re.compile(r"[A-Z]{2,}(?:[-/][A-Z]{2,})+\b")
