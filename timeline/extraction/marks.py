"""The marks of a frame's candidate: where in its sentence the words are that made the event.

A source keeps them (`Source.marks`) so a view shows the very words the extractor used rather
than finding them again: the frame's own words, the names in its roles as written, the date it
was dated by. (The recognisers add the rating and the sum a title gives; events.py marks the
trigger phrase and date of a sentence no frame matched.)
"""

from __future__ import annotations

from timeline.extraction.dates import DateMention
from timeline.extraction.events import ENTITY_ROLES
from timeline.extraction.frame_patterns import CompiledFrame
from timeline.extraction.frames import FrameMatch
from timeline.extraction.lemmas import Token, pattern_lemma
from timeline.model import Mark
from timeline.taxonomy import SLOT


def frame_marks(match: FrameMatch, date: DateMention | None) -> list[Mark]:
    """Give the marks of a frame found in a sentence: its words, its roles' names, its date.

    The words between two of the frame's own ("went into compulsory liquidation") are marked
    with them; those a role's slot or a wildcard takes at either end ("rated the") are not.
    """
    in_roles = {id(token) for tokens in match.roles.values() for token in tokens}
    literals = _literal_words(match.frame)
    marks = []
    run: list[Token] = []  # trigger words up to a name in a role make one mark
    for token in match.tokens[match.first : match.last]:
        if id(token) in in_roles or token.entity is not None:
            marks += _run_mark(run, literals)
            run = []
        else:
            run.append(token)
    marks += _run_mark(run, literals)
    for role in ENTITY_ROLES:
        marks += [
            Mark(token.start, token.end, role)
            for token in match.roles.get(role, ())
            if token.entity is not None
        ]
    if date is not None and date.end > date.start:  # not an entry's date carried on
        marks.append(Mark(date.start, date.end, "date"))
    return marks


def _run_mark(run: list[Token], literals: list[str]) -> list[Mark]:
    """Give the trigger mark of a run of words, trimmed to the frame's own words; none when
    they are only punctuation (a quote mark before a rating)."""
    own = [token for token in run if _is_literal(token, literals)]
    if not any(character.isalnum() for token in own for character in token.text):
        return []
    return [Mark(own[0].start, own[-1].end, "trigger")]


def _literal_words(frame: CompiledFrame) -> list[str]:
    """Give the lemmas (or "prefix*") the frame's pattern writes out, as tokens carry them."""
    return [
        option if option.endswith("*") else pattern_lemma(option)
        for word in frame.pattern.split()
        if not SLOT.match(word) and word not in ("*", "**")
        for option in word.lower().split("|")
    ]


def _is_literal(token: Token, literals: list[str]) -> bool:
    return any(
        token.lemma.startswith(option[:-1]) if option.endswith("*") else token.lemma == option
        for option in literals
    )
