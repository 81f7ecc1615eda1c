"""A headline within its limit: the last whole phrase of a clause that fits in HEADLINE_LIMIT
characters, never cut inside a name, a count, a list or a pair; a noun phrase kept with the
participle that ends it, said in fewer words when it must be."""

from __future__ import annotations

import re

from timeline.extraction.headline_cuts import (
    EDGE_PUNCTUATION,
    gerund_breaks,
    infinitive_breaks,
    inside_list,
    left_open,
    paired_modifiers,
    splits_phrase,
    wants_its_and,
    wants_its_of,
    wants_its_with,
    without_open_noun_phrase,
    without_short_tail,
    without_verbless_clause,
)
from timeline.extraction.lemmas import can_be_noun, lemma_of
from timeline.extraction.main_verbs import BE_FORMS, PARTICLES

__all__ = ["HEADLINE_LIMIT", "PHRASE_BREAK", "inside_name", "participle_kept", "within_limit"]

HEADLINE_LIMIT = 80
# Where a long headline may end on a whole phrase: before a preposition, conjunction or comma.
PHRASE_BREAK = re.compile(
    r",\s|\s(?=(?:and|but|while|after|before|because|following|when|where|which|who|as|"
    r"of|in|into|on|at|for|with|from|by|over|under|about|rather|than|that|amid|despite|since|until"
    r"|throughout|across(?=\s+(?:the|a|an|much|most|all|its|their|[A-Z]))"
    r"|to(?=\s+(?:all|every|each)\b))\s)"  # "issues National Standards 2005 | to all 42 areas"
)

# "a handful | of large providers": a count is no phrase without what it counts.
_COUNTING_BEFORE = re.compile(
    r"\b(?:handful|number|lot|lots|series|range|majority|couple|part|pair|dozens?|hundreds"
    r"|thousands|millions|one|some|many|most|all|each|none|both|several)$",
    re.I,
)


def inside_name(text: str, position: int) -> bool:
    """Give whether a break at position would split a name ("Cheshire and Greater Manchester",
    "Ministry of Justice", "Dorset, Devon and Cornwall"): capitals on both sides of a joining
    word or a comma."""
    before = text[:position].rsplit(" ", 1)[-1]
    after = text[position:].split()
    if text.startswith(", ", position):  # "Dorset, Devon and Cornwall"
        following = text[position + 2 :].split()
        return bool(before[:1].isupper()) and bool(following) and following[0][:1].isupper()
    return (
        bool(before[:1].isupper())
        and len(after) > 1
        and after[0] in ("and", "of", "&", "for")
        and after[1][:1].isupper()
    )


def _counted(text: str, end: int) -> bool:
    """Give whether a break at end parts a count from what it counts ("a handful | of"), or a
    participle after a noun from its agent when a verb came before ("announces the conclusions
    of the review led | by Andrew Davies"; "Contract awarded | by the MoJ" is whole)."""
    if _reduced_relative(text, end):
        return True
    return text[end:].lstrip().startswith("of ") and bool(_COUNTING_BEFORE.search(text[:end]))


_AUXILIARIES = BE_FORMS | {"has", "have", "had"}


def _reduced_relative(text: str, end: int) -> bool:
    """Give whether a break at end stands between a participle after a noun and its agent, a
    verb having come before: "announces the conclusions of the review led | by Andrew Davies"
    (the break before "led" is whole; "Contract awarded | by the MoJ" is whole as it is)."""
    if not text[end:].lstrip().startswith("by "):
        return False
    words = text[:end].split()
    participle = len(words) > 2 and "VBN" in lemma_of(words[-1].lower())[1]
    participle = participle and words[-2].lower() not in _AUXILIARIES
    return participle and any(_main_verb(words, index) for index in range(1, len(words) - 1))


def _main_verb(words: list[str], index: int) -> bool:
    """Give whether words[index] reads as a verb in the present ("publishes"; "wins" after a
    name), not a plural noun ("the 35 probation trusts")."""
    word = words[index].lower()
    if "VBZ" not in lemma_of(word)[1]:
        return False
    return not can_be_noun(word) or words[index - 1][:1].isupper()


def participle_kept(text: str) -> str:
    """Give a noun phrase and the participle ending it within HEADLINE_LIMIT, the phrase cut and
    never the participle ("Lord Bradley's review of people with mental health problems or
    learning disabilities in the criminal justice system published": "… problems published")."""
    phrase, _, participle = re.sub(r"\s+", " ", text).strip(EDGE_PUNCTUATION).rpartition(" ")
    if len(text) <= HEADLINE_LIMIT or "VBN" not in lemma_of(participle.lower())[1]:
        return within_limit(text)  # short enough, or it ends on its agent ("by Chris Grayling")
    room = HEADLINE_LIMIT - len(participle) - 1
    whole = next((short for short in _shortened(phrase) if len(short) <= room), None)
    cut = whole or within_limit(phrase, room)
    return f"{cut} {participle}" if cut else ""


def _shortened(phrase: str) -> list[str]:
    """Give a noun phrase said in fewer words, each whole: without whose it is before a title
    ("the coalition government's Transforming Rehabilitation: …"), without a title's subtitle
    ("The Future of Unpaid Work: Payback with a purpose")."""
    shorter = []
    owner = _OWNER_OF_TITLE.match(phrase)
    if owner:
        shorter.append(phrase[owner.end() :])
    subtitle = _SUBTITLE.search(phrase)
    if subtitle:
        shorter.append(phrase[: subtitle.start()])
    return shorter


_OWNER_OF_TITLE = re.compile(r"(?:[\w-]+\s+){1,4}?[\w-]+['’]s\s+(?=[A-Z])")
_SUBTITLE = re.compile(r":\s+[A-Z][^:]*\Z")


def within_limit(text: str, limit: int = HEADLINE_LIMIT) -> str:
    """Give text ended on the last whole phrase within limit, "the" before a noun and its "of"
    dropped where that lets a later phrase end it ("announces creation of the National
    Offender Management Service", not "announces the creation")."""
    text = re.sub(r"\s+", " ", text).strip(EDGE_PUNCTUATION)
    if len(text) <= limit:
        return text
    spared = _without_articles(text)
    if len(spared) <= limit:
        return spared
    breaks = _whole_breaks(text, limit, limit + _ARTICLES_SPARED)
    fitting = [end for end in breaks if len(_without_articles(text[:end])) <= limit]
    if not fitting:
        return ""  # no whole phrase ends within the limit: no headline rather than a cut one
    end = fitting[-1]
    cut = without_short_tail(without_verbless_clause(text[:end], text[end:]))
    cut = without_open_noun_phrase(cut, text[end:])
    cut = _CUT_APPOSITIVE.sub("", cut)  # "… from Siemens, the first trains | in its fleet …"
    return cut if len(cut) <= limit else _without_articles(cut)


# An appositive a cut left without its end: ", the first trains" of ", the first trains in its
# fleet able to run beyond France".
_CUT_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,3}\Z")
# How far past the limit a phrase may end when dropping articles brings it back within.
_ARTICLES_SPARED = 12
# "the" before a common noun and its "of", which a headline leaves out ("announces creation
# of …"); not before a noun alone ("the ministry" is named later, "the following April").
_THE_BEFORE_NOUN = re.compile(r"(?<=\s)the\s+(?=[a-z][\w-]*\s+of\s)")


def _without_articles(text: str) -> str:
    """Give text without "the" before a common noun and its "of", the first word's kept."""
    return _THE_BEFORE_NOUN.sub("", text)


def _whole_breaks(text: str, limit: int, reach: int) -> list[int]:
    """Give where text may end on a whole phrase within reach, in order, none in the first
    third of the limit."""
    phrases = [*PHRASE_BREAK.finditer(text), *infinitive_breaks(text), *gerund_breaks(text)]
    breaks = sorted(m.start() for m in phrases if m.start() <= reach)
    breaks += [text.rindex(" ", 0, end) for end in breaks if _reduced_relative(text, end)]
    breaks.sort()
    breaks = [end for end in breaks if end >= limit // 3 and not inside_name(text, end)]
    breaks = [end for end in breaks if not splits_phrase(text, end)]
    breaks = [end for end in breaks if not _counted(text, end) and not left_open(text[:end])]
    breaks = [end for end in breaks if not paired_modifiers(text, end)]
    breaks = [
        end
        for end in breaks
        if not wants_its_of(text, end)
        and not wants_its_with(text, end)
        and not wants_its_and(text, end)
    ]
    breaks = [end for end in breaks if not _relatives_preposition(text, end)]
    breaks = [end for end in breaks if not _moved_into(text, end) and not _object_cut(text, end)]
    breaks = [end for end in breaks if not _particle_cut(text, end)]
    return [end for end in breaks if not inside_list(text, end)]


def _particle_cut(text: str, end: int) -> bool:
    """Give whether a break at end parts a verb from its particle ("took | over the
    supervision", "handed | over")."""
    before, after = text[:end].split()[-1:], text[end:].split()[:1]
    if not before or not after or after[0].lower() not in PARTICLES | {"over"}:
        return False
    word = before[0].lower()
    return bool(lemma_of(word)[1] & {"VB", "VBD", "VBZ", "VBP", "VBN"}) and not can_be_noun(word)


def _object_cut(text: str, end: int) -> bool:
    """Give whether a break at end parts an infinitive from its object ("agreement with
    Microsoft to provide | that capability")."""
    before = text[:end].split()[-2:]
    after = text[end:].split()[:1]
    if len(before) < 2 or not after or before[0].lower() != "to":
        return False
    verb = "VB" in lemma_of(before[1].lower())[1]
    return verb and after[0].lower() in ("that", "this", "these", "those", "the", "a", "an")


def _moved_into(text: str, end: int) -> bool:
    """Give whether a break at end parts a verb from the "into" it moves something into ("comes
    | into force", "went | into administration"); after a noun "into" opens a phrase of its
    own ("an independent inquiry | into the deaths")."""
    if not text.startswith(" into ", end):
        return False
    before = text[:end].rsplit(" ", 1)[-1].lower()
    return bool(lemma_of(before)[1]) or not can_be_noun(before)


def _relatives_preposition(text: str, end: int) -> bool:
    """Give whether a break at end parts a relative from its preposition ("… for a service
    in | which partners would …")."""
    before, after = text[:end].split()[-1:], text[end:].split()[:1]
    if not before or not after:
        return False
    return before[0].lower() in _PREPOSITIONS and after[0].lower() in _RELATIVES


_PREPOSITIONS = frozenset({"in", "on", "of", "for", "to", "at", "by", "with", "from", "under"})
_RELATIVES = frozenset({"which", "whom", "whose"})
