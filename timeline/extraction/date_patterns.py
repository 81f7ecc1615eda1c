"""The candidate pattern for date expressions: where dates may be written. date_cues.py says
which candidates read as dates; dates.py reads them."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Final

from timeline.extraction.lemmas import word_set

_Group = Callable[[str], str | None]

# --- the candidate pattern -----------------------------------------------------------------------

_MONTH_WORD = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b"
)
# A weekday's name, to be read case-blind ("Tuesday", "on friday").
WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
# Participles that open a sentence with when something began ("Founded in 1982 as …,"): the
# phrase's time, which the clause after its comma does not share.
BEGINNING_PARTICIPLES = r"founded|formed|established|created|set\s+up|launched|born|built|opened"
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
_SEASON_WORD = r"(?P<season_name>(?i:spring|summer|autumn|winter))\b"
_ORDINAL_WORD = r"(?P<ordinal>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
# Counts in tens ("fifty years ago"), read by count_value and by the titles' times.
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_COUNT = (
    rf"(?P<count>\d{{1,3}}|(?i:(?:a|one)\s+hundred|(?:{'|'.join(TENS)})[-\s](?:{'|'.join(_UNITS)})"
    rf"|an?|{'|'.join(_UNITS)}|ten|eleven|twelve|{'|'.join(TEENS)}|{'|'.join(TENS)}))"
)

# Days the calendar names: "New Year's Day", "Christmas Eve", "Armistice Day".
HOLIDAY = (
    r"new\s+year['’]s\s+(?:day|eve)|christmas\s+(?:day|eve)|boxing\s+day|armistice\s+day"
    r"|remembrance\s+day|bonfire\s+night|valentine['’]s\s+day|halloween"
    r"|st\.?\s+(?:david|george|andrew|patrick)['’]s\s+day"
)

# (kind, pattern) in the order tried at one position: longer readings before shorter ones.
_KIND_PATTERNS: Final[tuple[tuple[str, str], ...]] = (
    ("iso", r"(?<![\w-])(?P<year>(?:19|20)\d\d)-(?P<month>0[1-9]|1[0-2])-(?P<day>[0-2]\d|3[01])\b"),
    ("numeric", r"(?<![\w/.])(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>\d{4}|\d\d)(?![\d/])"),
    # "30-Apr-2019", "07-Sep-2011": a regulatory announcement's release stamp.
    ("hyphenated", rf"(?<![\w-])(?P<day>3[01]|[12]\d|0?[1-9])-{_MONTH}-(?P<year>(?:19|20)\d\d)\b"),
    # "New Year's Day 1908", "on Christmas Eve": a day the calendar names.
    (
        "holiday",
        rf"(?P<name>(?i:{HOLIDAY}))(?:,?{_S}{_YEAR})?\b",
    ),
    # "just before Christmas", "over Christmas 2009": the days around it, so December.
    (
        "festive",
        rf"(?<!weeks\s)(?<!days\s)(?i:(?:just\s+)?(?:before|at|over)\s+)(?P<month>Christmas)(?:,?{_S}{_YEAR})?\b",
    ),
    (
        "day_month",
        rf"{_TIME}?(?:{_WEEKDAY},?{_S}(?:the{_S})?)?{_DAY}(?:{_S}(?i:of))?{_S}{_MONTH}"
        rf"(?:,?{_S}{_YEAR}|{_YEAR_REL})?",
    ),
    (
        "month_day",
        rf"{_TIME}?(?:{_WEEKDAY},?{_S})?{_MONTH}(?P<dot>\.)?{_S}(?P<day>3[01]|[12]\d|0?[1-9])"
        rf"(?P<ordinal>st|nd|rd|th)?\b(?![.,:/-]\d)(?:,?{_S}{_YEAR})?",
    ),
    ("fiscal_year", r"(?<![\w£$€.,/-])(?P<year>(?:19|20)\d\d)[-–/](?P<year2>\d\d)(?![\d%])"),
    ("month_year", rf"{_QUALIFIER}?{_MONTH}(?:,?{_S}(?:of{_S})?{_YEAR}|{_YEAR_REL})"),
    ("month_modified", rf"(?:(?P<rel>(?i:last|next|this)){_S}|{_QUALIFIER}){_MONTH}"),
    ("bare_month", _MONTH),
    # "the end of the year": December, at month precision; "the end of 2018" stays a year.
    (
        "year_end",
        rf"(?:the{_S})?(?i:end){_S}of{_S}(?:the{_S}(?i:year)|(?P<yearrel>(?i:this|last|next))"
        rf"{_S}(?i:year))\b",
    ),
    # "two summers ago": the summer before last.
    (
        "seasons_ago",
        rf"\b{_COUNT}{_S}(?P<season_name>(?i:spring|summer|autumn|winter))s{_S}(?i:ago)\b",
    ),
    (
        "season",
        rf"(?:(?P<rel>(?i:last|this|next)){_S}|(?P<the>(?i:the)){_S})?{_SEASON_WORD}"
        rf"(?:{_S}(?:of{_S})?{_YEAR})?",
    ),
    (
        "quarter",
        rf"(?:(?P<the>(?i:the)){_S})?{_ORDINAL_WORD}(?P<hyphen>-)?(?(hyphen)|{_S})"
        rf"(?P<part>(?i:quarter|half))\b(?:{_S}of{_S}(?:the{_S}year\b"
        rf"|(?P<yearrel>(?i:this|last|next)){_S}(?i:year)\b)|(?:{_S}of)?{_S}{_YEAR})?(?!{_S}of\b)",
    ),
    ("quarter_code", rf"\b(?P<code>[QH][1-4])(?:{_S}of)?{_S}{_YEAR}"),
    ("year_qualified", rf"{_QUALIFIER}{_YEAR}"),
    ("bare_year", _YEAR),
    # "the day before": the day before one already named in the sentence, or the reference.
    (
        "day_before",
        rf"\b(?i:the){_S}(?:(?i:day){_S}(?P<rel>(?i:before|after))|(?P<rel2>(?i:previous|following"
        rf"|next)){_S}(?i:day))\b(?!{_S}(?:the|a|an|his|her|its|their|yesterday|tomorrow)\b|{_S}[A-Z\d])",
    ),
    ("weekday_week", rf"{_WEEKDAY}(?:{_S}of)?{_S}(?P<rel>(?i:last|next|this)){_S}(?i:week)\b"),
    ("weekday_relative", rf"(?P<rel>(?i:last|next|this)){_S}{_WEEKDAY}(?:{_S}{_PART_OF_DAY})?"),
    ("bare_weekday", rf"(?P<time>{_TIME})?{_WEEKDAY}(?:{_S}(?P<part>{_PART_OF_DAY}))?"),
    # "over the weekend", "at the weekend", "last weekend": a Saturday or Sunday.
    (
        "weekend",
        rf"\b(?:(?i:over|at|during|on){_S}(?i:the)|(?P<rel>(?i:last|this|next))){_S}"
        rf"(?i:weekend)\b(?!{_S}(?i:of)\b)",
    ),
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
    # "two years ago today", "ten years ago this month": the anniversary, at its precision;
    # "it is six months since …": as long ago.
    (
        "ago",
        rf"\b(?P<since>(?i:it(?:{_S}is|'s|{_S}has{_S}been)){_S})?{_COUNT}{_S}"
        rf"(?P<unit>(?i:day|week|fortnight|month|year))s?{_S}(?(since)(?i:since)|(?i:ago))\b"
        rf"(?:{_S}(?P<anchor>(?i:today|yesterday|this{_S}(?:week|month)))\b)?",
    ),
    # "has run for 3 years", "we have been three years in dispute": a start that long ago.
    (
        "elapsed",
        rf"\b(?i:ha(?:s|ve)){_S}(?:(?i:been{_S}running|been{_S}going|run|lasted|gone{_S}on"
        rf"|continued){_S}(?i:for){_S}|(?i:been){_S}){_COUNT}{_S}(?P<unit>(?i:month|year))s?"
        rf"(?!{_S}(?i:ago|old|later))\b",
    ),
)


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
_TRIGGER_WORDS: Final = word_set(
    "monday tuesday wednesday thursday friday saturday sunday yesterday today tonight tomorrow"
    " week month year morning afternoon evening night spring summer autumn winter quarter half day"
    " eve christmas halloween"
)
_TRIGGER: Final = re.compile(
    r"19\d\d|20\d\d|/(?=\d)|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|ago|Q[1-4]|H[12]|"
    + "|".join(f"{word.capitalize()}|{word}" for word in sorted(_TRIGGER_WORDS))
)
# The farthest a mention can start before its first trigger ("5pm on Monday the 3rd of November").
_LONGEST_LEAD: Final = 40
# Word starts, and digits glued to a word ("Officer21 December 2015" in scraped pages).
_WORD_START: Final = re.compile(r"\b\w|(?<=[^\W\d])\d")

_MONTH_ALONE: Final = re.compile(_MONTH_WORD)


def is_month_name(text: str) -> bool:
    """Give whether text is a month's name alone ("July" of "in July's reshuffle")."""
    return _MONTH_ALONE.fullmatch(text) is not None


_COUNT_WORDS = ("a", *_UNITS, "ten", "eleven", "twelve")
_ARTICLE: Final = {"an": "a"}


_HOLIDAYS: Final = {
    "new year's day": ("1", "January"),
    "new year's eve": ("31", "December"),
    "christmas day": ("25", "December"),
    "christmas eve": ("24", "December"),
    "boxing day": ("26", "December"),
    "armistice day": ("11", "November"),
    "remembrance day": ("11", "November"),
    "bonfire night": ("5", "November"),
    "valentine's day": ("14", "February"),
    "halloween": ("31", "October"),
    "st david's day": ("1", "March"),
    "st patrick's day": ("17", "March"),
    "st george's day": ("23", "April"),
    "st andrew's day": ("30", "November"),
}


def holiday_day(group: _Group) -> _Group:
    """Give a holiday mention's groups with the day and month it falls on ("Christmas Eve":
    24 December), for the day-and-month reading."""
    name = " ".join((group("name") or "").lower().replace("’", "'").replace(".", "").split())
    day, month = _HOLIDAYS[name]
    return lambda key: {"day": day, "month": month}.get(key) or group(key)


def christmas_month(group: _Group) -> _Group:
    """Give a Christmas mention's groups with December as its month ("just before Christmas")."""
    return lambda key: "December" if key == "month" else group(key)


def count_value(word: str) -> int:
    """Give the number a count word or figure says ("a", "two", "3", "fifty", "a hundred")."""
    word = " ".join(word.lower().split())
    if word.isdigit():
        return int(word)
    if word.endswith("hundred"):
        return 100
    if word in TENS:
        return 20 + 10 * TENS.index(word)
    if word in TEENS:
        return 13 + TEENS.index(word)
    tens, _, unit = word.replace("-", " ").partition(" ")
    if tens in TENS and unit in _UNITS:  # "twenty-one"
        return count_value(tens) + 1 + _UNITS.index(unit)
    return max(1, _COUNT_WORDS.index(_ARTICLE.get(word, word)))


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
