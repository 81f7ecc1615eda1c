"""The candidate pattern for date expressions, and the cues a bare month, weekday or year needs.

Split from dates.py: this module finds where dates may be written; dates.py reads them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

_Group = Callable[[str], str | None]

# --- the candidate pattern -----------------------------------------------------------------------

_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
)
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_WORD = (
    r"(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday)\b"
)
_S = r"\s{1,3}"  # bounded gaps keep every attempt short, so scanning stays linear
_MONTH = rf"(?P<month>{_MONTH_WORD})"
_WEEKDAY = rf"(?P<weekday>{_WEEKDAY_WORD})"
_DAY = r"(?<![\d£$€.,/:])(?P<day>3[01]|[12]\d|0?[1-9])(?P<ordinal>st|nd|rd|th)?\b"
_YEAR = r"(?<![\w£$€.,/])(?P<year>(?:19|20)\d\d)(?![\w%]|[.,]\d|[-–/]\d\d(?!\d))"
_YEAR_REL = rf"(?:{_S}of)?{_S}(?P<yearrel>(?i:this|last|next)){_S}(?i:year)\b"
_TIME = rf"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?\s?(?i:am|pm|a\.m\.|p\.m\.){_S}(?:(?i:on){_S})?)"
_PART_OF_DAY = r"(?i:morning|afternoon|evening|night)\b"
_QUALIFIER = (
    rf"(?P<qualifier>(?i:(?:early|late|mid)(?:-|{_S})"
    rf"|(?:the{_S})?(?:end|start|beginning|middle|turn){_S}of{_S}))"
)
_SEASON = rf"(?P<season>(?i:(?:the{_S})?(?:spring|summer|autumn|winter)(?:{_S}of)?{_S}))"
_COUNT = (
    r"(?P<count>\d{1,2}|(?i:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))"
)

# (kind, pattern) in the order tried at one position: longer readings before shorter ones.
_KIND_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("iso", r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b"),
    ("numeric", r"(?<![\w/.])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>\d{4}|\d\d)(?![\d/])"),
    (
        "day_month",
        rf"{_TIME}?(?:{_WEEKDAY},?{_S}(?:the{_S})?)?{_DAY}(?:{_S}(?i:of))?{_S}{_MONTH}"
        rf"(?:,?{_S}{_YEAR}|{_YEAR_REL})?",
    ),
    (
        "month_day",
        rf"{_TIME}?(?:{_WEEKDAY},?{_S})?{_MONTH}{_S}(?P<day>3[01]|[12]\d|0?[1-9])"
        rf"(?P<ordinal>st|nd|rd|th)?\b(?:,?{_S}{_YEAR}|(?(ordinal)|(?!)))",
    ),
    ("fiscal_year", r"(?<![\w£$€.,/-])(?P<year>(?:19|20)\d\d)[-–/](?P<year2>\d\d)(?![\d%])"),
    ("month_year", rf"{_QUALIFIER}?{_MONTH}(?:,?{_S}(?:of{_S})?{_YEAR}|{_YEAR_REL})"),
    ("month_modified", rf"(?:(?P<rel>(?i:last|next|this)){_S}|{_QUALIFIER}){_MONTH}"),
    ("bare_month", _MONTH),
    ("year_qualified", rf"(?:{_QUALIFIER}|{_SEASON}){_YEAR}"),
    ("bare_year", _YEAR),
    ("weekday_week", rf"{_WEEKDAY}(?:{_S}of)?{_S}(?P<rel>(?i:last|next|this)){_S}(?i:week)\b"),
    ("weekday_relative", rf"(?P<rel>(?i:last|next|this)){_S}{_WEEKDAY}(?:{_S}{_PART_OF_DAY})?"),
    ("bare_weekday", rf"(?P<time>{_TIME})?{_WEEKDAY}(?:{_S}(?P<part>{_PART_OF_DAY}))?"),
    (
        "day_word",
        rf"\b(?i:(?:yesterday|today|tomorrow)(?:{_S}{_PART_OF_DAY})?|tonight\b"
        rf"|(?:this|last){_S}{_PART_OF_DAY})",
    ),
    (
        "period",
        rf"\b(?:(?i:earlier|later|early|late){_S})?(?P<rel>(?i:this|last|next)){_S}"
        rf"(?P<unit>(?i:week|month|year))\b",
    ),
    ("ago", rf"\b{_COUNT}{_S}(?P<unit>(?i:day|week|month|year))s?{_S}(?i:ago)\b"),
    # "has run for 3 years", "we have been three years in dispute": a start that long ago.
    (
        "elapsed",
        rf"\b(?i:ha(?:s|ve)){_S}(?:(?i:been{_S}running|been{_S}going|run|lasted|gone{_S}on"
        rf"|continued){_S}(?i:for){_S}|(?i:been){_S}){_COUNT}{_S}(?P<unit>(?i:month|year))s?"
        rf"(?!{_S}(?i:ago|old|later))\b",
    ),
)


def _words(text: str) -> frozenset[str]:
    """Give the space-separated words of text as a set."""
    return frozenset(text.split())


def _scoped(kind: str, pattern: str) -> str:
    """Give pattern with its group names prefixed by kind, so kinds can share one regex."""
    pattern = re.sub(r"\(\?P<(\w+)>", rf"(?P<{kind}__\1>", pattern)
    return re.sub(r"\(\?\((\w+)\)", rf"(?({kind}__\1)", pattern)


_MENTION: Final = re.compile(
    "|".join(f"(?P<{kind}>{_scoped(kind, pattern)})" for kind, pattern in _KIND_PATTERNS)
)

# Every kind holds one of these, so a sentence without any costs one fast scan. Each branch
# starts with a literal character so the regex engine can skip ahead by first character instead
# of trying every kind everywhere ("[Mm]onday" would defeat that: both cases are listed).
_TRIGGER_WORDS: Final = _words(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow"
    " week month year morning afternoon evening night"
)
_TRIGGER: Final = re.compile(
    r"19\d\d|20\d\d|/(?=\d)|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|ago|"
    + "|".join(f"{word.capitalize()}|{word}" for word in sorted(_TRIGGER_WORDS))
)
# The farthest a mention can start before its first trigger ("5pm on Monday the 3rd of November").
_LONGEST_LEAD: Final = 40
# Word starts, and digits glued to a word ("Officer21 December 2015" in scraped pages).
_WORD_START: Final = re.compile(r"\b\w|(?<=[^\W\d])\d")

# The word written just before a bare month, weekday or year that makes it a date.
_MONTH_CUES: Final = _words(
    "in on since until till by during from for of before after as between through throughout around"
)
# "May" is also a verb and a Prime Minister: only the plainest cues.
_MAY_CUES: Final = _words("in since until till during throughout")
_WEEKDAY_CUES: Final = _words("on since until till by from before after between")
_FUTURE_CUES: Final = _words("by until till")  # "by Friday" looks ahead
_YEAR_CUES: Final = _words(
    "in since by from until till during before after circa around throughout through year"
    " up_to as_of Act"
)
# The second of a range ("June and July", "from 2008 to 2012") needs no cue of its own.
_RANGE_WORDS: Final = _words("to and or until till - – ,")
_NOT_DAY_WORD_CUES: Final = frozenset(["the", "'", "‘", '"', "“"])  # "the Today programme"
_TOKEN: Final = re.compile(r"\w+|[^\w\s]")
_MONTH_ALONE: Final = re.compile(_MONTH_WORD)
_WEEKDAY_ALONE: Final = re.compile(_WEEKDAY_WORD)
_YEAR_ALONE: Final = re.compile(r"(?:19|20)\d\d")
_YEAR_CUE_AFTER: Final = re.compile(
    r"\s{1,3}(?:Act|Order|Regulations)\b|\s{0,3}(?:to|and|or|-|–)\s{0,3}(?:19|20)\d\d\b"
)
_NOT_DAY_WORD_AFTER: Final = re.compile(r"['’\"”]?\s{1,3}(?i:programme|show)\b|['’\"”](?!s\b)")
_COUNT_WORDS = ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
_COUNT_WORDS += ("eleven", "twelve")
_ARTICLE: Final = {"an": "a"}


# --- acceptance: the cues a bare word needs ------------------------------------------------------


def _cue_before(sentence: str, start: int, cues: frozenset[str], alone: re.Pattern[str]) -> bool:
    """Give whether a cue word, or the first half of a range, comes just before start."""
    words = _TOKEN.findall(sentence, max(0, start - 30), start)[-2:]
    if not words:
        return False
    pair = "_".join(words).lower()
    if words[-1].lower() in cues or words[-1] in cues or pair in cues:
        return True
    return len(words) == 2 and words[1].lower() in _RANGE_WORDS and bool(alone.fullmatch(words[0]))


def _word_before(sentence: str, start: int) -> str:
    words = _TOKEN.findall(sentence, max(0, start - 20), start)
    return words[-1].lower() if words else ""


def _accepts(kind: str, group: _Group, sentence: str, start: int, end: int) -> bool:
    """Give whether a candidate of kind at [start, end) reads as a date in its sentence."""
    if kind == "bare_month":
        cues = _MAY_CUES if group("month") == "May" else _MONTH_CUES
        return _cue_before(sentence, start, cues, _MONTH_ALONE)
    if kind == "bare_year":
        return _cue_before(sentence, start, _YEAR_CUES, _YEAR_ALONE) or bool(
            _YEAR_CUE_AFTER.match(sentence, end)
        )
    if kind == "bare_weekday":
        return bool(group("time") or group("part")) or _cue_before(
            sentence, start, _WEEKDAY_CUES, _WEEKDAY_ALONE
        )
    if kind == "day_word":
        return not (
            _word_before(sentence, start) in _NOT_DAY_WORD_CUES
            or _NOT_DAY_WORD_AFTER.match(sentence, end)
        )
    if kind == "period":  # "over the last year" is a span of time, not last year
        return _word_before(sentence, start) != "the"
    return True


def _candidates(sentence: str) -> Iterator[re.Match[str]]:
    """Give the candidate matches in sentence, left to right, without overlaps.

    The full pattern is tried only at word starts shortly before each trigger word.
    """
    position = 0
    while (trigger := _TRIGGER.search(sentence, position)) is not None:
        window = max(position, trigger.start() - _LONGEST_LEAD)
        for word in _WORD_START.finditer(sentence, window, trigger.start() + 1):
            if match := _MENTION.match(sentence, word.start()):
                yield match
                position = match.end()
                break
        else:
            position = trigger.end()
