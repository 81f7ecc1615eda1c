"""A participle phrase set off between commas as an aside ("The review, launched in October,
reported in May"; ", based on an inspection that July,"), told from the sentence's own verb."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.lemmas import Token

__all__ = ["before_verb_group", "may_open", "opens", "resumes"]

_PAST = frozenset({"VBD", "VBN"})
_PARTICLES = frozenset({"on", "in", "by", "out", "at", "for", "from", "after", "before"})
_PARTNERING = frozenset({"work", "partner", "team", "join"})


def opens(first: Token, second: Token) -> bool:
    """Give whether two words after a comma open a participle aside for certain ("based on",
    "carried out", "working with"): the first can be no verb told in the past."""
    participle = first.text.islower() and first.forms == {"VBN"} or first.lemma == "base"
    if participle and second.lemma in _PARTICLES:
        return True
    partner = first.text.islower() and first.lemma in _PARTNERING  # ", working with Nacro,"
    return partner and "VBG" in first.forms and second.lemma in ("with", "alongside")


def may_open(tokens: Sequence[Token], comma: int) -> bool:
    """Give whether the words after a comma read as a participle aside or as the sentence's
    verb ("The review, launched in October, reported"; "Serco, …, said on Monday"): an aside
    only if a verb resumes the sentence after a later comma."""
    following = tokens[comma + 1 : comma + 3]
    if len(following) < 2 or not following[0].text.islower():
        return False
    return following[0].forms == _PAST and following[1].lemma in _PARTICLES


def resumes(tokens: Sequence[Token], comma: int) -> bool:
    """Give whether the sentence's own clause resumes after a comma: its verb follows ("…,
    will not be renewed", "…, went into liquidation")."""
    after = tokens[comma + 1] if comma + 1 < len(tokens) else None
    return after is None or bool(after.auxiliaries) or bool(after.forms & {"VBD", "VBZ"})


def before_verb_group(tokens: Sequence[Token], comma: int) -> bool:
    """Give whether a participle aside opens at a comma and a verb group resumes the sentence
    after the aside's closing comma ("Its first full inspection, carried out only weeks later,
    was published on …"): the participle is not the sentence's verb."""
    following = tokens[comma + 1 : comma + 3]
    if len(following) < 2 or not (opens(*following) or may_open(tokens, comma)):
        return False
    closing = next((i for i in range(comma + 2, len(tokens)) if tokens[i].text == ","), None)
    verb = tokens[closing + 1] if closing is not None and closing + 1 < len(tokens) else None
    return verb is not None and bool(verb.auxiliaries) and bool(verb.forms)  # "was published"
