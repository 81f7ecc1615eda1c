"""A noun phrase and the bare participle after it, the headline a participle frame makes ("the
new model for Wales announced this summer": "the new model for Wales announced")."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.frame_text import _DETERMINERS, GOVERNING
from timeline.extraction.lemmas import Token, word_set
from timeline.extraction.participle_asides import may_open, opens
from timeline.extraction.proper_names import HONORIFICS

__all__ = ["participle_phrase"]

_PHRASE_REACH = 3  # words before a noun that may belong to its phrase: "the new proposed"


def participle_phrase(tokens: Sequence[Token], first: int, verb: Token | None) -> tuple[int, int]:
    """Give the span of a noun phrase and the bare participle after it ("the new model for
    Wales announced this summer": "the new model for Wales announced"), or (0, 0) when the
    frame's verb is not such a participle."""
    if verb is None or verb.auxiliaries or "VBN" not in verb.forms:
        return 0, 0
    index = tokens.index(verb)
    if index <= first or _object_after(tokens, index):
        return 0, 0  # "the scheme replaced three older schemes": a verb and its object
    if _after_participle_aside(tokens, first, index):
        return 0, 0  # "The review, launched in October, reported": an aside closed, then its verb
    start = first
    while first - start < _PHRASE_REACH and start > 0 and _in_noun_phrase(tokens, start - 1):
        start -= 1
    if start == 1 and _in_noun_phrase(tokens, 0):
        start = 0  # the phrase opens the sentence: "Part one of the review, published …"
    if tokens[start].lemma == "of" and start < first:
        start += 1  # "on top of | the estate plan announced": the phrase is after "of"
    if start > 1 and tokens[start].text == "s" and tokens[start - 1].text in _APOSTROPHES:
        start -= 2  # "HMIP's thematic review … published": whose it is opens the phrase
        if start and tokens[start - 1].text.lower().rstrip(".") in HONORIFICS:
            start -= 1  # "Lady Hale's review …": her title is part of her name
    end = verb.end
    agent = tokens[index + 2] if index + 2 < len(tokens) else None
    if agent is not None and agent.entity is not None and tokens[index + 1].lemma == "by":
        end = agent.end  # "the plans announced by Chris Grayling"
    return tokens[start].start, end


def _after_participle_aside(tokens: Sequence[Token], first: int, index: int) -> bool:
    """Give whether the verb at index follows the closing comma of an aside a participle opens
    ("The review, launched in October, reported"), not of a name's ("review of sentencing,
    Making Punishments Work, published")."""
    if tokens[index - 1].text != ",":
        return False
    opening = [i for i in range(first, index - 1) if tokens[i].text == ","]
    if not opening or opening[-1] + 2 >= index:
        return False
    return opens(*tokens[opening[-1] + 1 : opening[-1] + 3]) or may_open(tokens, opening[-1])


_APOSTROPHES = frozenset(["'", "’"])
_OBJECT_OPENINGS = word_set("its their his her the a an most many all several some two three four")
_TIME_NOUNS = word_set("summer spring autumn winter week month year day")


def _object_after(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the verb at index has an object after it ("replaced three older schemes"),
    so is no participle after a noun; a time after it ("announced this summer") is none."""
    following = tokens[index + 1 : index + 3]
    if not following or following[0].lemma not in _OBJECT_OPENINGS:
        return False
    return len(following) < 2 or following[1].lemma not in _TIME_NOUNS


def _in_noun_phrase(tokens: Sequence[Token], index: int) -> bool:
    """Give whether the word at index may open or modify a noun: not a preposition, and not a
    verb after its subject ("the Senedd discussed the new model")."""
    token = tokens[index]
    if token.lemma in _DETERMINERS:
        return True
    opening = index == 0 and token.entity is None and token.text[1:].islower()  # "Part one"
    if not (token.text.islower() or opening) or token.auxiliaries or token.lemma in _PREPOSITIONS:
        return False
    before = tokens[index - 1] if index else None
    after_subject = before is not None and (before.entity is not None or before.text[:1].isupper())
    return not (after_subject and token.forms & {"VBD", "VBZ"})


# Prepositions end a noun phrase on its left ("the same grade again in | a report published").
_PREPOSITIONS = GOVERNING | {"in", "by", "under", "during", "after", "before", "since", "across"}
