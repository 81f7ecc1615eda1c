"""How the verb among the words a frame's pattern hit reads as written: a passive or an active
verb, a finite verb after its subject, a participle that describes the noun after it, a negated
verb. The matcher (frames.py) keeps or drops a hit by these."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.date_patterns import is_month_name
from timeline.extraction.frame_text import token_index, trigger_verb
from timeline.extraction.lemmas import PREPOSITIONS, Token, ly_adverb, word_set

__all__ = [
    "agent_inside",
    "describes_a_noun",
    "finite_after_subject",
    "negated_verb",
    "participle_as_written",
    "passive",
]


def participle_as_written(view: Sequence[Token], low: int, high: int) -> bool:
    """Give whether a frame written in the passive found its verb as a passive verb: with
    auxiliaries or in a past form, not a noun ("a direct award"), and not a past tense with its
    object after it ("and rated it inadequate")."""
    verb = trigger_verb(view[low:high])
    if verb is None or not (verb.auxiliaries or verb.forms & {"VBD", "VBN"}):
        return False
    at = view.index(verb)
    if not verb.auxiliaries and at and view[at - 1].lemma in _RELATIVE_SUBJECTS:
        return False  # "which referred to an issue": the relative's own verb, active
    if not verb.auxiliaries and at and view[at - 1].lemma in _BEFORE_DESCRIBING_WORDS:
        return False  # "the elected mayor", "Croydon's first directly elected mayor"
    if not verb.auxiliaries and at and view[at - 1].text.lower() in _PEOPLE_OF_A_KIND:
        return verb.lemma in _FREED  # "men convicted of sexual offences": a kind of people
    return (
        bool(verb.auxiliaries) or at + 1 == len(view) or view[at + 1].lemma not in _OBJECT_PRONOUNS
    )


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her", "us", "me"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their"})
_RELATIVE_SUBJECTS = frozenset({"which", "who"})
# Words before a participle with no auxiliary that make it describe the noun after it: the
# determiners describes_a_noun reads too, and adverbs that only describe ("directly elected").
_BEFORE_DESCRIBING_WORDS = _DETERMINERS | {"his", "her", "our", "directly", "newly", "wholly"}
# People named by a kind a participle after them says ("men convicted of sexual offences",
# "people sentenced to short terms", "every man convicted of"): who they are, not what was done.
_PEOPLE_OF_A_KIND = word_set(
    "man men woman women people person offenders prisoners children adults those anyone everyone"
    " personnel veterans soldiers sailors airmen"
)
_FREED = frozenset({"release", "free"})  # "the first group of offenders released … left custody"


def describes_a_noun(view: Sequence[Token], low: int, high: int) -> bool:
    """Give whether a match of one word, a participle, describes the noun after it, as a
    determiner or "of" before it shows ("of collapsed Yorkshire academy chain", "the
    collapsed firm")."""
    verb = view[low]
    if high - low != 1 or verb.auxiliaries or "VBN" not in verb.forms:
        return False
    return low > 0 and view[low - 1].lemma in _BEFORE_A_DESCRIBING_WORD


_BEFORE_A_DESCRIBING_WORD = _DETERMINERS | {"of", "this", "that"}


def noun_after_preposition(view: Sequence[Token], low: int, high: int) -> bool:
    """Give whether a match's telling verb, a present form before "that", follows a
    preposition: a noun, no one's ("after reports that 535 staff had tested positive")."""
    verb, at = _bare_present(view, low, high)
    if verb is None or not at:
        return False
    telling = at + 1 < len(view) and view[at + 1].lemma == "that"
    return telling and view[at - 1].lemma in _BEFORE_A_NOUN


_BEFORE_A_NOUN = PREPOSITIONS - {"to"}  # not "with a report that": whose report, it says


def owned_noun(view: Sequence[Token], low: int, high: int) -> bool:
    """Give whether a match's verb is a noun someone's possessive owns ("The Care Quality
    Commission's report, published …": a report, not the commission reporting), unless a time
    follows it ("the committee's report last month": the report made then)."""
    verb, at = _bare_present(view, low, high)
    if verb is None or at is None or at < 2:
        return False  # "the ministry's preferred bidder": a participle describes the noun
    if any(t.auxiliaries or t.forms & {"VBD", "VBZ"} for t in view[at + 1 : high]):
        return False  # "Napo's campaign … starts now": the match's verb comes after the noun
    following = [token.text for token in view[at + 1 : at + 3]]
    dated = following[:1] in (["last"], ["this"], ["earlier"])  # "… report last month"
    dated = dated or following[:1] in (["of"], ["in"]) and _a_time(following[1:])  # "of May 2015"
    return view[at - 1].text == "s" and view[at - 2].text in ("'", "’") and not dated


def _bare_present(view: Sequence[Token], low: int, high: int) -> tuple[Token | None, int | None]:
    """Give a match's verb and where it stands in view when it is a present or base form with
    no auxiliary (a word that may be a noun), else (None, None)."""
    verb = trigger_verb(view[low:high])
    if verb is None or verb.auxiliaries or verb.forms & {"VBD", "VBN"}:
        return None, None
    return verb, token_index(view, verb)


def passive(words: Sequence[Token], view: Sequence[Token] = ()) -> bool:
    """Give whether the verb among a match's words is passive ("is found"), or a participle
    with its agent after it in view, the sentence's tokens ("evidence found by Mersey Care")."""
    verb = trigger_verb(words)
    if verb is None or verb.passive:
        return verb is not None
    after = view.index(verb) + 1 if verb in view else len(view)
    if after < len(view) and view[after].lemma in _PARTICLES:
        after += 1  # "a review set up by the Prison Reform Trust"
    bare = not verb.auxiliaries and "VBN" in verb.forms  # "published", "set", "run"
    return bare and after < len(view) and view[after].lemma == "by"


def finite_after_subject(view: Sequence[Token], low: int) -> bool:
    """Give whether a match opens on a finite verb after its subject or an adverb ("Lord Myners
    reported", "has since reported"), not a noun ("several reports in", "final report was")."""
    verb = view[low]
    before = view[low - 1] if low else None
    after_subject = before is not None and (before.entity is not None or before.text[:1].isupper())
    after_adverb = before is not None and (ly_adverb(before) or before.lemma in _PLAIN_ADVERBS)
    return verb.finite and (after_subject or after_adverb)


_PARTICLES = frozenset({"up", "out", "off", "over", "down"})
_PLAIN_ADVERBS = frozenset({"since", "later", "also", "first", "then", "finally", "again"})


def agent_inside(frame, view: Sequence[Token], low: int, high: int) -> bool:
    """Give whether a frame written actively, with a slot after its verb, found its verb in the
    passive with "by" after it: that slot holds the agent ("Malcolm Newsam was appointed by the
    Department for Education as commissioner" appoints no department)."""
    if frame.written_passive or not frame.inner:
        return False
    verb = trigger_verb(view[low:high])
    if verb is None or not verb.passive:
        return False
    after = view.index(verb) + 1
    return after < high and view[after].lemma == "by"


def negated_verb(words: Sequence[Token]) -> bool:
    """Give whether the verb among a match's words is negated ("would not renew"), or the
    infinitive its words go on to ("had agreed not to sell the loan book")."""
    verb = trigger_verb(words)
    return verb is not None and (verb.negated or denied_infinitive(words))


def denied_infinitive(words: Sequence[Token]) -> bool:
    """Give whether words hold an infinitive denied before its "to" ("agreed not to sell")."""
    return any(t.negated and i and words[i - 1].lemma == "to" for i, t in enumerate(words))


def _a_time(words: Sequence[str]) -> bool:
    """Give whether words open a time: a month's name or a year."""
    return bool(words) and (is_month_name(words[0]) or words[0].isdigit() and len(words[0]) == 4)
