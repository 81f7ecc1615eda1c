"""Names that hold "and", commas or "of", which a run of capitals would split: bodies ("Competition
and Markets Authority", "Department for Digital, Culture, Media and Sport"), things done
("Strategic Defence and Security Review") and laws ("Police, Crime, Sentencing and Courts Act
2022")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from timeline.extraction.entities import EntityMention

# Last words of a body's name that may hold "and" ("Public Administration and Constitutional
# Affairs Committee", "Kensington and Chelsea Tenant Management Organisation", "Local
# Government and Social Care Ombudsman"), where two names would otherwise be read.
BODY_WORDS = frozenset(
    [
        "Committee",
        "Commission",
        "Council",
        "Board",
        "Authority",
        "Department",
        "Agency",
        "Organisation",
        "Ombudsman",
        "Inspectorate",
        "Tribunal",
        "Partnership",
    ]
)


_AND_BODY = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their)\b)[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* and "
    rf"(?:[A-Z][\w'’-]* )*(?:{'|'.join(sorted(BODY_WORDS))})\b"
)


# A thing done whose name holds "and": "Strategic Defence and Security Review", "Root and Branch
# Review", but not the start of a body's name ("Pay Review Body").
_AND_THING = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their|In|On|By|Under)\b)[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    r" and (?:[A-Z][\w'’-]* )*(?:Review|Strategy|Report|Programme|Plan)\b(?! [A-Z])"
)


# A law's name, commas, "and", "of" and brackets in it and its year after it: "Legal Aid,
# Sentencing and Punishment of Offenders Act 2012", "Sentencing Guidelines (Pre-sentence Reports)
# Act".
_LAW = re.compile(
    r"\b(?!(?:The|A|An|This|That|Its|Their|In|On|By|Under)\b)[A-Z][\w'’-]*"
    r"(?:(?:,| and| of)? \(?[A-Z][\w'’-]*\)?)*? (?:Act|Bill)\b(?: \d{4}\b)?"
)


def is_law(name: str) -> bool:
    """Give whether a name is a law's ("Care Act", "the Act", "Media Bill 2023"): no doer."""
    return re.fullmatch(r"(?:.* )?(?:Act|Bill)(?: \d{4})?", name) is not None


# A department or committee named by a list: "Department for Digital, Culture, Media and
# Sport", "Commons Culture, Media and Sport Committee", "Business, Energy and Industrial
# Strategy Committee".
_LISTED_BODY = re.compile(
    r"\b(?:(?:Department|Ministry|Secretary of State) for [A-Z][\w'’-]*(?:, [A-Z][\w'’-]*)+"
    r" and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
    r"|(?!(?:The|A|An|This|That|Its|Their)\b)(?:[A-Z][\w'’-]* )?[A-Z][\w'’-]*(?:, [A-Z][\w'’-]*)+"
    r" and (?:[A-Z][\w'’-]* )*(?:Committee|Department|Council|Board))\b"
)


def and_bodies(sentence: str, spans: Sequence[tuple[int, int]]) -> list[EntityMention]:
    """Give the bodies whose names hold "and" and a common word ("Competition and Markets
    Authority", "Work and Pensions Committee"), the things done so named, and the laws whose
    names hold commas, "and" or "of" ("Police, Crime, Sentencing and Courts Act 2022"), which a
    run of capitals would split."""
    found: list[EntityMention] = []
    listed = [*_LISTED_BODY.finditer(sentence), *_AND_BODY.finditer(sentence)]
    listed += _AND_THING.finditer(sentence)
    for match in [*listed, *_LAW.finditer(sentence)]:
        taken = [*spans, *((m.start, m.end) for m in found)]
        if not any(start < match.end() and match.start() < end for start, end in taken):
            found.append(EntityMention("name", match.group(), match.group(), *match.span()))
    return found


def joined_bodies(found: list[EntityMention], sentence: str) -> list[EntityMention]:
    """Give found with two names joined by "and" made one when the second ends in a body's word
    ("Commons Public Administration and Constitutional Affairs Committee")."""
    joined: list[EntityMention] = []
    for mention in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and sentence[previous.end : mention.start] == " and "
            and mention.text.split()[-1] in BODY_WORDS
            and previous.text.split()[-1] not in BODY_WORDS
        ):
            text = sentence[previous.start : mention.end]
            joined[-1] = EntityMention("name", text, text, previous.start, mention.end)
        else:
            joined.append(mention)
    return joined
