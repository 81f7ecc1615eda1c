"""Where the clause that carries a headline's trigger begins and ends: at semicolons, colons
(not a title's), dashes, ", and" before a pronoun, and a clause of its own joined on by "and"
after the trigger."""

from __future__ import annotations

import re

__all__ = ["clause_span"]


def clause_span(sentence: str, trigger_span: tuple[int, int]) -> tuple[int, int]:
    """Give the span of the clause of sentence that holds the trigger, up to a clause of its
    own joined on after it ("was completed later that month and the proceeds were paid …")
    when four words stay."""
    start, end = _clause_around(sentence, trigger_span[0])
    joined = _JOINED_CLAUSE.search(sentence, trigger_span[1], end)
    if joined and len(sentence[start : joined.start()].split()) >= 4:
        end = joined.start()
    return start, end


# Semicolons, colons (not a title's: "Transforming Rehabilitation: A Strategy for Reform"),
# dashes, and ", and" before a pronoun or possessive: "Serco agreed to repay £68.5m, and its
# chairman apologised" is two clauses.
_CLAUSE_EDGE = re.compile(
    r"\s*(?:[;:]|\s[-–—]\s"
    r"|,\s+(?:and|but)\s+(?=(?:its|their|his|her|it|he|she|they|we)\s))\s*"
)
# A clause of its own joined on after the trigger: "was completed later that month and the
# proceeds were paid to the government", "…, and the auditors put the money lost at …".
_JOINED_CLAUSE = re.compile(
    r"\s+and\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:was|were|is|are|has|have|had)\s"
    r"|,\s+and\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,2}?(?:[a-z]+ed|put|set|cut|said|found)\s"
)


def _clause_around(sentence: str, position: int) -> tuple[int, int]:
    """Give the span of the clause of sentence that holds position."""
    start, end = 0, len(sentence)
    for edge in _CLAUSE_EDGE.finditer(sentence):
        if _title_colon(sentence, edge):
            continue
        if edge.end() <= position:
            start = edge.end()
        elif edge.start() >= position:
            end = edge.start()
            break
    return start, end


def _title_colon(sentence: str, edge: re.Match[str]) -> bool:
    """Give whether an edge is a colon between two words written in title case, inside a name:
    "Transforming Rehabilitation: A Strategy for Reform" (not a heading's "DISPUTES: FURTHER")."""
    return (
        edge.group().strip() == ":"
        and _TITLE_WORD_END.search(sentence, 0, edge.start()) is not None
        and _TITLE_WORD_START.match(sentence, edge.end()) is not None
    )


_TITLE_WORD_END = re.compile(r"\b[A-Z][a-z][\w'’-]*$")
_TITLE_WORD_START = re.compile(r"[A-Z](?:[a-z]|\s)")
