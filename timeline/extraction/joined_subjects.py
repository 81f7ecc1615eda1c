"""The subject of a verb joined to the clause before it by "and", or opening a participle
clause after a comma: the earlier clause's subject ("Purple Futures was selected by the MoJ,
and took ownership"), and no name after that clause's verb ("Circle was picked to run
Hinchingbrooke and signed": not Hinchingbrooke)."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.date_patterns import is_month_name
from timeline.extraction.frame_text import object_of_preposition
from timeline.extraction.lemmas import Token, word_set

# Words that end a clause for the nearest-entity search (English grammar, not vocabulary).
CLAUSE_BREAKS = frozenset(
    [
        ";",
        ":",
        "—",
        "–",
        "but",
        "while",
        "whereas",
        "although",
        "though",
        "because",
        "so",
        "after",
        "before",
        "when",
        "since",
        "until",
        "unless",
        "if",
        "whether",
        "which",
        "who",
        "whom",
        "whose",
        "that",
        "where",
        "following",
    ]
)


_PRONOUNS = frozenset({"it", "they", "he", "she", "we", "this", "that"})


def joined(tokens: Sequence[Token], index: int) -> bool:
    """Give whether "and" at index, or before the time told at index ("and two months later
    bought", "and then sold"), joins the frame's verb to the clause before it."""
    told = index
    while 0 <= told < len(tokens) and index - told < 4 and _told_time(tokens[told]):
        told -= 1
    return 0 <= told < len(tokens) and tokens[told].lemma == "and"


def _told_time(token: Token) -> bool:
    return token.lemma in _TIME_BETWEEN or token.text.isdigit() or is_month_name(token.text)


# Words of a time told between "and" and its verb: "and two months later", "and in 2006".
_TIME_BETWEEN = word_set(
    "then late later soon shortly subsequently afterwards eventually finally in on a one two"
    " three four five six day week month year"
)


def participle_after(tokens: Sequence[Token], index: int) -> bool:
    """Give whether a comma or a preposition at index opens a participle clause, whose doer is
    the sentence's subject ("Jo Farrar took up post as Chief Executive of HMPPS, succeeding
    Michael Spurr"; "Serco took over the network after winning the contract")."""
    if not 0 <= index < len(tokens) - 1 or tokens[index].lemma not in _PARTICIPLE_OPENINGS:
        return False
    verb = tokens[index + 1]
    return verb.text.endswith("ing") and "VBG" in verb.forms and not verb.auxiliaries


# Prepositions of time before a participle, which opens a clause of its own ("set out the plan
# a week after becoming Lord Chancellor").
TIME_BEFORE_PARTICIPLE = frozenset(["after", "before", "since", "upon"])
# What opens a participle clause: a comma, or a preposition of time or means ("took over the
# network in July 2012 after winning the contract").
_PARTICIPLE_OPENINGS = TIME_BEFORE_PARTICIPLE | {",", "by", "on"}


def joined_subject(tokens, index: int, kinds, asides) -> int | None:
    """Give where the subject of the clause before "and" at index stands, when "and" joins the
    frame's verb to that clause's ("Purple Futures was selected by the MoJ in December 2014,
    and took ownership …"): its first entity no preposition governs; None when there is none or
    the clause before has a subject of its own closer by ("X said …, and Y took")."""
    start = max((i + 1 for i in range(index) if tokens[i].lemma in CLAUSE_BREAKS), default=0)
    for position in range(start, index):
        token = tokens[position]
        if token.entity is not None and position not in asides:
            if token.lemma not in kinds or object_of_preposition(tokens, position):
                return None
            return position
        if token.finite:
            return None  # a verb before any name: the clause's subject is no name
    return None


def unnamed_subject(tokens, index: int, asides) -> bool:
    """Give whether the sentence opens with a verb before any name, and no pronoun or clause
    break before the "and" (or a participle's comma) at index: its subject is no name we know,
    and a name after that verb is its object."""
    if tokens[0].lemma in _PRONOUNS or any(t.lemma in CLAUSE_BREAKS for t in tokens[:index]):
        return False  # "it accepted the decision and apologised": whoever "it" is
    named = (i for i in range(index) if tokens[i].entity is not None and i not in asides)
    verbs = (i for i in range(index) if tokens[i].finite)
    return next(verbs, index) < next(named, index)
