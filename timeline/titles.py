"""Short event titles, cut from the clause of the sentence that carries the trigger."""

from __future__ import annotations

import re

TITLE_LIMIT = 100
# Clause edges: semicolons, colons, dashes between spaces.
_CLAUSE_EDGE = re.compile(r"\s*(?:[;:]|\s[-–—]\s)\s*")
# Asides in brackets say something about a word, not what happened.
_ASIDE = re.compile(r"\s*[(\[][^()\[\]]{0,200}[)\]]")
# Openings that say how the writer got to the point, not what happened.
_LEAD_IN = re.compile(
    r"^(?:(?:and|but|so|also|however|meanwhile|now|today|yesterday|this morning|last night|"
    r"in addition|furthermore|further to (?:this|that)|as a result|it seems|it appears|"
    r"we (?:now )?(?:learn|hear|understand)|this comes (?:after|as)|it comes (?:after|as)|"
    r"i can confirm|i am pleased to (?:announce|confirm)|pleased to announce)"
    r"(?:\s+that)?[\s,]+)+",
    re.IGNORECASE,
)
_ADVERBIAL_OPENING = re.compile(
    r"\s*(?:following|after|as|with|in|despite|further to|since|on|at|during|before|while|"
    r"although|though|given|having|when|once|for|from|under|amid)\b[^,]{0,120},\s*",
    re.IGNORECASE,
)
_EDGE_PUNCTUATION = " \t\"'‘’“”.,;:-–—…!*•"


def make_title(sentence: str, trigger_span: tuple[int, int]) -> str:
    """Give a one-line title for the event the sentence reports around trigger_span."""
    sentence, trigger_span = _without_asides(sentence, trigger_span)
    clause_start, clause_end = _clause_around(sentence, trigger_span[0])
    clause = sentence[clause_start:clause_end]
    if len(clause.split()) < 4:  # too little on its own: "Dorset" or "(DDC)"
        clause, clause_start = sentence, 0
    clause = _from_trigger_phrase(clause, trigger_span[0] - clause_start)
    clause = _LEAD_IN.sub("", clause.strip(_EDGE_PUNCTUATION)).strip(_EDGE_PUNCTUATION)
    clause = re.sub(r"\s+", " ", clause)
    if len(clause) > TITLE_LIMIT:
        clause = clause[: TITLE_LIMIT - 1].rsplit(" ", 1)[0].rstrip(_EDGE_PUNCTUATION) + "…"
    return clause[:1].upper() + clause[1:] if clause else sentence.strip()[:TITLE_LIMIT]


def _without_asides(sentence: str, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """Give sentence without bracketed asides that do not hold the trigger, and the moved span."""
    kept, position, shift = [], 0, 0
    for aside in _ASIDE.finditer(sentence):
        if aside.start() < span[1] and span[0] < aside.end():
            continue
        kept.append(sentence[position : aside.start()])
        if aside.end() <= span[0]:
            shift += aside.end() - aside.start()
        position = aside.end()
    kept.append(sentence[position:])
    return "".join(kept), (span[0] - shift, span[1] - shift)


def _clause_around(sentence: str, position: int) -> tuple[int, int]:
    """Give the span of the clause of sentence that holds position."""
    start, end = 0, len(sentence)
    for edge in _CLAUSE_EDGE.finditer(sentence):
        if edge.end() <= position:
            start = edge.end()
        elif edge.start() >= position:
            end = edge.start()
            break
    return start, end


def _from_trigger_phrase(clause: str, position: int) -> str:
    """Give clause without the adverbial openings that come before position.

    "Following a long process, we have today confirmed the bidders" keeps what follows the
    comma: the opening says when or why, the rest says what happened.
    """
    start = 0
    while True:
        opening = _ADVERBIAL_OPENING.match(clause, start)
        if opening is None or opening.end() > position:
            return clause[start:]
        start = opening.end()
