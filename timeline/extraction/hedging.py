"""Whether a hedge word ("could", "if", "likely") hedges a frame's happening: only one in the
frame's own clause does. A hedge after ", and", outside the aside the frame is told in, or
across a word that opens another clause ("after", "which", a said "that") hedges something
else; a "should" a decision decides ("agreed that the contract should not be extended") is no
hedge."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.frame_text import aside_around, aside_tokens
from timeline.extraction.frames import FrameMatch
from timeline.extraction.happenings import decision_verb, telling
from timeline.extraction.lemmas import Token

__all__ = ["hedged"]

_AUXILIARY_REACH = 16  # characters from a "should" (lemma "shall") to its verb: "should not be"


_CLAUSE_TURNS = frozenset(
    ["after", "before", "because", "but", "while", "when", "since", "following", "until"]
    + ["which", "who", "whereas", ";", "—", "what", "whether", "how", "if", "why", "where"]
    + ["so", "according"]  # "… should …, according to a review published yesterday"
)
# After the frame, "that" opens what was said: "said that it could never work" hedges that.
_SAID_TURNS = _CLAUSE_TURNS | {"that"} | {"say", "doubt", "believe", "think", "fear", "warn"}


def hedged(match: FrameMatch, hedges: Sequence[tuple[int, int]]) -> bool:
    """Give whether a hedge word at one of the sentence spans hedges stands in the frame's own
    clause: no word opening another clause stands between them ("could be renationalised after
    the firm fails an audit" supposes the renationalisation, not the failed audit; "said that
    it could fail" hedges what was said)."""
    start, end = match.tokens[match.first].start, match.tokens[match.last - 1].end
    verb = match.verb
    decided = verb is not None and "shall" in verb.auxiliaries and decision_verb(match)
    aside = _aside_span(match)  # "the committee, which criticised the deal in a report, is likely"
    for hedge_start, hedge_end in hedges:
        if aside is not None and not aside[0] <= hedge_start < aside[1]:
            continue  # the frame told in an aside; the hedge is the sentence's
        if _multiplies(match, hedge_end):
            continue  # "twice the value of the contracts": how much, not how often
        if decided and 0 <= verb.start - hedge_end <= _AUXILIARY_REACH:
            continue  # "agreed that the contract should not be extended": decided, not supposed
        if hedge_end > start and hedge_start < end:
            if _asks(match, hedge_start):
                continue  # "questioned whether": the asking happened
            return True
        if _asks_after(match, end, hedge_start) or _told_after(match, start, hedge_end):
            continue
        if hedge_start >= end and _ends_on_that(match):
            continue  # "ruled that the register should be published": what was ruled
        low, high = (hedge_end, start) if hedge_end <= start else (end, hedge_start)
        turns = _SAID_TURNS if hedge_start >= end else _CLAUSE_TURNS
        between = [t for t in match.tokens if low <= t.start < high]
        joined = hedge_start >= end and _comma_and(between)  # "…, and if you were hoping"
        joined = joined or hedge_end <= start and _finite(match) and _and_a_subject(between)
        if not joined and not any(t.lemma in turns for t in between):
            return True
    return False


def _multiplies(match: FrameMatch, hedge_end: int) -> bool:
    """Give whether a count of times ending at hedge_end multiplies what follows it ("twice the
    value", "three times as many"): a sum, not happenings summed up."""
    tokens = match.tokens
    ending = [i for i, t in enumerate(tokens) if t.end == hedge_end]
    if not ending or tokens[ending[0]].lemma not in ("twice", "time"):
        return False
    after = tokens[ending[0] + 1] if ending[0] + 1 < len(tokens) else None
    return after is not None and after.lemma in ("the", "as", "that", "its", "their")


def _asks_after(match: FrameMatch, end: int, hedge_start: int) -> bool:
    """Give whether the hedge after the frame is "whether", which asks what follows it ("set up
    a panel to work out whether any woman had come to harm": the panel was set up)."""
    return hedge_start >= end and any(
        token.start == hedge_start and token.lemma == "whether" for token in match.tokens
    )


def _ends_on_that(match: FrameMatch) -> bool:
    """Give whether the frame tells or rules, its own words holding the "that" opening what it
    tells ("{actor} rule that the"), or asks, holding its "whether" ("{actor} question
    whether"): a hedge after it stands in what was told or asked."""
    verb = match.verb
    told = telling(match) or verb is not None and verb.lemma == "rule"
    own = {t.lemma for t in match.tokens[match.first : match.last]}
    return told and "that" in own or match.frame.reporting_body and "whether" in own


def _asks(match: FrameMatch, hedge_start: int) -> bool:
    """Give whether the hedge is the own "whether" of a reporting body's frame ("{actor}
    question whether"): the asking is its finding, not a supposition ("asked whether")."""
    own = match.tokens[match.first : match.last] if match.frame.reporting_body else []
    return any(t.start == hedge_start and t.lemma == "whether" for t in own)


def _told_after(match: FrameMatch, start: int, hedge_end: int) -> bool:
    """Give whether the frame tells, after a comma, what a hedge before it stood in ("letters
    they should have received, the government told MPs on Thursday": the telling happened)."""
    before = [t for t in match.tokens if hedge_end <= t.start < start]
    return telling(match) and any(token.text.endswith(",") for token in before)


def _aside_span(match: FrameMatch) -> tuple[int, int] | None:
    """Give where the aside holding the frame's words begins and ends, or None when they
    stand in the sentence's own clause."""
    inside = aside_tokens(match.tokens)
    if not all(index in inside for index in range(match.first, match.last)):
        return None
    around = aside_around(inside, match.first)
    return match.tokens[around.start].start, match.tokens[around.stop - 1].end


def _comma_and(tokens: Sequence[Token]) -> bool:
    """Give whether tokens hold ", and": a clause of its own begins after the frame's."""
    pairs = zip(tokens, tokens[1:], strict=False)  # "2020," is one word: a figure takes its comma
    return any(a.text.endswith(",") and b.lemma == "and" for a, b in pairs)


def _finite(match: FrameMatch) -> bool:
    """Give whether the frame's verb is a clause's own: with auxiliaries or in the past tense."""
    verb = match.verb
    return verb is not None and bool(verb.auxiliaries or "VBD" in verb.forms)


def _and_a_subject(tokens: Sequence[Token]) -> bool:
    """Give whether tokens hold "and" before a subject of its own ("the company could not carry
    on and the Official Receiver was put in charge"): the hedge was the clause before."""
    pairs = zip(tokens, tokens[1:], strict=False)
    return any(a.lemma == "and" and (b.lemma in _SUBJECT_OPENERS or b.entity) for a, b in pairs)


_SUBJECT_OPENERS = frozenset({"the", "its", "their", "his", "her"})
