"""The cues a bare month, weekday or year needs to read as a date where it stands ("in May",
"said Friday", "a 2010 raid"), and the date that labels a chronology's entry."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from timeline.extraction.date_patterns import _MONTH_ALONE, _WEEKDAY_WORD
from timeline.extraction.lemmas import can_be_noun, word_set

__all__ = ["FUTURE_CUES", "accepts", "is_label", "word_before"]

_Group = Callable[[str], str | None]

# The word written just before a bare month, weekday or year that makes it a date.
_MONTH_CUES: Final = word_set(
    "in on since until till by during from for of before after as between through throughout around"
)
# "May" is also a verb and a Prime Minister: only the plainest cues.
_MAY_CUES: Final = word_set("in since until till during throughout")
_WEEKDAY_CUES: Final = word_set("on since until till by from before after between")
FUTURE_CUES: Final = word_set("by until till")  # "by Friday" looks ahead
_YEAR_CUES: Final = word_set(
    "in since by from until till during before after circa around throughout through year"
    " up_to as_of Act"
)
# The second of a range ("June and July", "from 2008 to 2012") needs no cue of its own.
_RANGE_WORDS: Final = word_set("to and or until till - – ,")
_NOT_DAY_WORD_CUES: Final = frozenset(["the", "'", "‘", '"', "“"])  # "the Today programme"
_TOKEN: Final = re.compile(r"\w+|[^\w\s]")
_WEEKDAY_ALONE: Final = re.compile(_WEEKDAY_WORD)
_YEAR_ALONE: Final = re.compile(r"(?:19|20)\d\d")
_YEAR_CUE_AFTER: Final = re.compile(
    r"\s{1,3}(?:Act|Order|Regulations)\b|\s{0,3}(?:to|and|or|-|–)\s{0,3}(?:19|20)\d\d\b"
)
# A year or month used as an adjective: after a determiner or possessive, before its lower-case
# noun ("a 2010 raid", "the company's 2014 annual report", "the July warning"); "the 1922
# Committee" is a name.
_YEAR_DETERMINERS: Final = word_set("a an the his her its their our my your this that whose")
_NOUN_AFTER: Final = re.compile(r"\s{1,3}[a-z]")
# "the 2014 Transforming Rehabilitation reforms": a noun after a name ("the 1922 Committee met"
# names a committee).
_NAMED_NOUN_AFTER: Final = re.compile(r"(?:\s{1,3}[A-Z][\w'’-]*){1,4}\s{1,3}([a-z]+)")
# A weekday straight after a verb or noun needs no cue in news copy ("said Friday", "pleaded
# guilty Thursday"), unless a determiner or a following name makes it part of a name.
_NOT_WEEKDAY_BEFORE: Final = word_set("the a an every each this that these those no per")
_NAME_AFTER: Final = re.compile(r"['’]?s?\s{1,3}[A-Z]")
_SEASON_CUES: Final = word_set(
    "in during by until till since over through throughout from before after for of"
)
# A time's own happening: "August's joint inspection", "Wednesday's Budget" (never "May's").
_POSSESSIVE_AFTER: Final = re.compile(r"['’]s\s+(?:[a-z]+\s+){0,2}[A-Za-z]")
# A month name and a number that count something rather than date it ("in March 2 people").
_COUNT_AFTER: Final = re.compile(
    r"\s{0,3}(?:%|(?i:percent|per|pc|m|bn|million|billion|thousand|hundred|people|staff|workers"
    r"|jobs|days|weeks|months|years|hours|minutes|times|of)\b)"
)
_NOT_DAY_WORD_AFTER: Final = re.compile(r"['’\"”]?\s{1,3}(?i:programme|show)\b|['’\"”](?!s\b)")


def _cue_before(sentence: str, start: int, cues: frozenset[str], alone: re.Pattern[str]) -> bool:
    """Give whether a cue word, or the first half of a range, comes just before start."""
    words = _TOKEN.findall(sentence, max(0, start - 30), start)[-2:]
    if not words:
        return False
    pair = "_".join(words).lower()
    if words[-1].lower() in cues or words[-1] in cues or pair in cues:
        return True
    return len(words) == 2 and words[1].lower() in _RANGE_WORDS and bool(alone.fullmatch(words[0]))


def _adjective(sentence: str, start: int, end: int) -> bool:
    """Give whether the year or month at [start, end) modifies a noun ("a 2010 raid", "its 2014
    report", "the July warning")."""
    words = _TOKEN.findall(sentence, max(0, start - 30), start)[-2:]
    possessive = len(words) == 2 and words[0] in ("'", "’") and words[1] == "s"
    determiner = bool(words) and words[-1].lower() in _YEAR_DETERMINERS
    if not (possessive or determiner):
        return False
    named = _NAMED_NOUN_AFTER.match(sentence, end)
    return bool(_NOUN_AFTER.match(sentence, end)) or bool(named and can_be_noun(named.group(1)))


def _after_verb(sentence: str, start: int, end: int) -> bool:
    """Give whether a weekday follows a lower-case word and is no part of a name ("said Friday")."""
    words = _TOKEN.findall(sentence, max(0, start - 30), start)
    return (
        bool(words)
        and words[-1].isalpha()
        and words[-1].islower()
        and words[-1] not in _NOT_WEEKDAY_BEFORE
        and not _NAME_AFTER.match(sentence, end)
    )


def word_before(sentence: str, start: int) -> str:
    words = _TOKEN.findall(sentence, max(0, start - 20), start)
    return words[-1].lower() if words else ""


def is_label(sentence: str, start: int, end: int) -> bool:
    """Give whether a date opens its sentence alone, closed by a full stop, as a chronology's
    entries do ("2006. Blackstone floats Southern Cross", "June: The firm starts paying …")."""
    return start == 0 and _LABEL_END.match(sentence, end) is not None


_LABEL_END = re.compile(r"(?:[.:]|\s[–—])\s")


def _of_year(sentence: str, start: int, end: int) -> bool:
    """Give whether a year after "of" ends its phrase, dating what it follows ("the Victim's
    Charter of 1990.", "the riots of 2011, when …"), not counting ("a total of 1998 staff")."""
    return _cue_before(sentence, start, _OF, _YEAR_ALONE) and bool(
        _PHRASE_END_AFTER.match(sentence, end)
    )


_OF: Final = frozenset({"of"})
# A capitalised word after a capitalised season: the season names something ("Autumn Budget").
_NAMED_AFTER = re.compile(r"\s+[A-Z][a-z]")
# ", is now judged": the year of a subject's noun, not the clause's time.
_PHRASE_END_AFTER = re.compile(r"\s*(?:[.;:)]|\Z|,\s+(?:when|which|and|but|after|before)\b)")


def accepts(kind: str, group: _Group, sentence: str, start: int, end: int) -> bool:
    """Give whether a candidate of kind at [start, end) reads as a date in its sentence."""
    if kind in ("bare_month", "bare_year") and is_label(sentence, start, end):
        return True
    if kind == "bare_month":
        if group("month") == "May":  # "the May government" is Theresa May's
            return _cue_before(sentence, start, _MAY_CUES, _MONTH_ALONE)
        return (
            _cue_before(sentence, start, _MONTH_CUES, _MONTH_ALONE)
            or _adjective(sentence, start, end)
            or bool(_POSSESSIVE_AFTER.match(sentence, end))
        )
    if kind == "bare_year":
        return (
            _cue_before(sentence, start, _YEAR_CUES, _YEAR_ALONE)
            or bool(_YEAR_CUE_AFTER.match(sentence, end))
            or _adjective(sentence, start, end)
            or _of_year(sentence, start, end)
        )
    if kind == "bare_weekday":
        return (
            bool(group("time") or group("part"))
            or _cue_before(sentence, start, _WEEKDAY_CUES, _WEEKDAY_ALONE)
            or _after_verb(sentence, start, end)
            or bool(_POSSESSIVE_AFTER.match(sentence, end))
        )
    if kind == "month_day" and not (group("ordinal") or group("year") or group("dot")):
        if _COUNT_AFTER.match(sentence, end):
            return False
        return group("month") not in ("May", "March") or _cue_before(
            sentence, start, _MONTH_CUES, _MONTH_ALONE
        )
    if kind == "season":
        named = group("season_name")[:1].isupper() and _NAMED_AFTER.match(sentence, end)
        if named and not group("year"):
            return False  # "the Autumn Budget of November 2017", "the Spring Statement": a name
        return bool(group("rel") or group("year")) or _cue_before(
            sentence, start, _SEASON_CUES, _MONTH_ALONE
        )
    if kind == "quarter":
        return bool(group("the") or group("hyphen") or group("year"))
    if kind == "day_word":
        return not (
            word_before(sentence, start) in _NOT_DAY_WORD_CUES
            or _NOT_DAY_WORD_AFTER.match(sentence, end)
        )
    if kind == "period":  # "over the last year" is a span of time, not last year
        return word_before(sentence, start) != "the"
    return True
