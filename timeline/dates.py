"""Date expressions in a sentence, normalised against the post's date at their stated precision.

A fast scan for trigger words (month and weekday names, "yesterday", "week", a 19xx/20xx
number, ...) rejects the many sentences without a date; one combined pattern is then tried only
at the word starts just before each trigger, so any input is scanned in linear time. Which parts
the pattern matched (day? month? year?) decide the precision; dateparser, called with the
settings in DATEPARSER_OPTIONS and the reference date as its relative base, reads the written
parts and relative words. Rules dateparser gets wrong or does not know ("last December",
"Monday last week", which year "3rd November" falls in) are computed here.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Final

import dateparser

from timeline.partial_date import PartialDate

# The only dateparser settings used anywhere; RELATIVE_BASE is added per call from the reference
# date so results never depend on the clock.
DATEPARSER_OPTIONS: Final[dict[str, Any]] = {
    "languages": ["en"],
    "settings": {
        "DATE_ORDER": "DMY",
        "PREFER_DATES_FROM": "current_period",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
        "PARSERS": ["relative-time", "absolute-time"],
    },
}
# Expressions without a reference are only parsed when complete, but a fixed base still keeps a
# slip from ever reading the clock.
_NO_REFERENCE_BASE: Final = dt.datetime(2000, 1, 1)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a sentence, with its value at the precision written."""

    text: str
    start: int
    end: int
    value: PartialDate | None
    relative: bool


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


# --- parsing with dateparser ---------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _parse(expression: str, reference: dt.date | None) -> dt.date | None:
    """Give the date dateparser reads in expression, relative to reference; None if none."""
    base = dt.datetime.combine(reference, dt.time()) if reference else _NO_REFERENCE_BASE
    settings = {**DATEPARSER_OPTIONS["settings"], "RELATIVE_BASE": base}
    parsed = dateparser.parse(
        expression, languages=DATEPARSER_OPTIONS["languages"], settings=settings
    )
    return parsed.date() if parsed else None


def _month_number(month_word: str) -> int:
    """Give the number of a written month name ("Sept" -> 9)."""
    parsed = _parse(f"{month_word} 2000", None)
    assert parsed is not None, month_word  # the pattern only lets real month names through
    return parsed.month


def _written_day(day: str, month: str, year: int) -> PartialDate | None:
    """Give the day dateparser reads in "day month year"; None when there is no such day."""
    parsed = _parse(f"{int(day)} {month} {year}", None)
    # dateparser may swap day and month to make a date; the written order is the truth here.
    if parsed is None or parsed.day != int(day) or (month.isdigit() and parsed.month != int(month)):
        return None
    return PartialDate.from_date(parsed)


def _calendar_day(year: int, month: int, day: int) -> PartialDate | None:
    """Give the day as a PartialDate, or None when that year has no such day (29 February)."""
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


# --- choosing among years ------------------------------------------------------------------------


def _distance(date: PartialDate, reference: dt.date) -> int:
    """Give how many days lie between reference and the span date stands for."""
    if reference < date.start():
        return (date.start() - reference).days
    if reference > date.end():
        return (reference - date.end()).days
    return 0


def _nearest(
    reference: dt.date, make: Callable[[int], PartialDate | None], weekday: int | None = None
) -> PartialDate | None:
    """Give the reading in the year before, of or after reference that lies nearest to it.

    A written weekday picks the year in which it matches; ties go to the earlier year.
    """
    readings = [
        r for y in (reference.year - 1, reference.year, reference.year + 1) if (r := make(y))
    ]
    if weekday is not None:
        readings = [r for r in readings if r.start().weekday() == weekday] or readings
    return min(readings, key=lambda reading: _distance(reading, reference), default=None)


def _year_shift(word: str | None) -> int | None:
    """Give the year offset of "this/last/next year" (None when none is written)."""
    return None if word is None else {"this": 0, "last": -1, "next": 1}[word.lower()]


# --- resolvers: kind parts -> (value, relative); None rejects the candidate ----------------------

_Result = tuple[PartialDate | None, bool] | None
_Group = Callable[[str], str | None]


def _weekday_index(group: _Group) -> int | None:
    name = group("weekday")
    return None if name is None else _WEEKDAY_NAMES.index(name.lower())


def _full_year(two_digits: str, reference: dt.date | None) -> int:
    """Give the four-digit year a two-digit one stands for: the century nearest reference."""
    if reference is None:
        return (2000 if int(two_digits) < 70 else 1900) + int(two_digits)
    return min(
        (c + int(two_digits) for c in (1900, 2000, 2100)), key=lambda y: abs(y - reference.year)
    )


def _resolve_numeric(group: _Group, reference: dt.date | None) -> _Result:
    year = group("year")
    year_number = int(year) if len(year) == 4 else _full_year(year, reference)
    value = _written_day(group("day"), group("month"), year_number)
    return None if value is None else (value, False)


def _resolve_day_month(group: _Group, reference: dt.date | None) -> _Result:
    if group("year"):
        value = _written_day(group("day"), group("month"), int(group("year")))
        return None if value is None else (value, False)
    # Read in a leap year, so "29 February" is a day; the year is chosen below.
    known = _written_day(group("day"), group("month"), 2000)
    if known is None:
        return None
    if reference is None:
        return None, True
    month, day = known.month, known.day
    shift = _year_shift(group("yearrel"))
    if shift is not None:
        value = _calendar_day(reference.year + shift, month, day)
    else:
        value = _nearest(reference, lambda y: _calendar_day(y, month, day), _weekday_index(group))
    return (value, True) if value else None


def _resolve_fiscal_year(group: _Group, reference: dt.date | None) -> _Result:
    year = int(group("year"))
    # "2018-19" is a financial year only when the second part follows the first.
    return (PartialDate(year), False) if int(group("year2")) == (year + 1) % 100 else None


def _resolve_month_year(group: _Group, reference: dt.date | None) -> _Result:
    month = _month_number(group("month"))
    if group("year"):
        return PartialDate(int(group("year")), month), False
    if reference is None:
        return None, True
    return PartialDate(reference.year + _year_shift(group("yearrel")), month), True


def _resolve_month(group: _Group, reference: dt.date | None) -> _Result:
    month = _month_number(group("month"))
    if reference is None:
        return None, True
    rel = (group("rel") or "").lower()
    if rel == "last":  # the most recent such month before the reference month
        year = reference.year if month < reference.month else reference.year - 1
    elif rel == "next":
        year = reference.year if month > reference.month else reference.year + 1
    elif rel == "this":
        year = reference.year
    else:
        return _nearest(reference, lambda y: PartialDate(y, month)), True
    return PartialDate(year, month), True


def _resolve_year(group: _Group, reference: dt.date | None) -> _Result:
    return PartialDate(int(group("year"))), False


def _resolve_weekday_week(group: _Group, reference: dt.date | None) -> _Result:
    if reference is None:
        return None, True
    week_start = reference - dt.timedelta(days=reference.weekday())
    shift = {"last": -7, "this": 0, "next": 7}[group("rel").lower()]
    day = week_start + dt.timedelta(days=shift + _weekday_index(group))
    return PartialDate.from_date(day), True


def _weekday_date(reference: dt.date, weekday: int, rule: str) -> dt.date:
    """Give the weekday's date by rule: past (on or before), future (on or after), last, next."""
    back, ahead = (reference.weekday() - weekday) % 7, (weekday - reference.weekday()) % 7
    offsets = {"past": -back, "future": ahead, "last": -(back or 7), "next": ahead or 7}
    if rule == "this":
        return reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=weekday)
    return reference + dt.timedelta(days=offsets[rule])


def _resolve_weekday(group: _Group, reference: dt.date | None, rule: str) -> _Result:
    if reference is None:
        return None, True
    return PartialDate.from_date(_weekday_date(reference, _weekday_index(group), rule)), True


def _resolve_relative_text(text: str, reference: dt.date | None, precision: str) -> _Result:
    """Give dateparser's reading of a relative expression ("last night", "2 years ago")."""
    if reference is None:
        return None, True
    parsed = _parse(" ".join(text.lower().split()), reference)
    return None if parsed is None else (PartialDate.from_date(parsed, precision), True)


_UNIT_PRECISION: Final = {"day": "day", "week": "month", "month": "month", "year": "year"}


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


def _resolve(
    kind: str, group: _Group, sentence: str, start: int, reference: dt.date | None
) -> _Result:
    """Give the value of a candidate of kind, or None when it is not a real date."""
    text = group(kind)
    if kind in ("iso", "numeric"):
        return _resolve_numeric(group, reference)
    if kind in ("day_month", "month_day"):
        return _resolve_day_month(group, reference)
    if kind == "fiscal_year":
        return _resolve_fiscal_year(group, reference)
    if kind == "month_year":
        return _resolve_month_year(group, reference)
    if kind in ("bare_month", "month_modified"):
        return _resolve_month(group, reference)
    if kind in ("bare_year", "year_qualified"):
        return _resolve_year(group, reference)
    if kind == "weekday_week":
        return _resolve_weekday_week(group, reference)
    if kind == "weekday_relative":
        return _resolve_weekday(group, reference, group("rel").lower())
    if kind == "bare_weekday":
        future = _word_before(sentence, start) in _FUTURE_CUES
        return _resolve_weekday(group, reference, "future" if future else "past")
    if kind == "day_word":
        return _resolve_relative_text(text, reference, "day")
    unit = group("unit").lower()
    if kind == "period":
        return _resolve_relative_text(f"{group('rel')} {unit}", reference, _UNIT_PRECISION[unit])
    count = group("count").lower()
    count = (
        count if count.isdigit() else str(max(1, _COUNT_WORDS.index(_ARTICLE.get(count, count))))
    )
    return _resolve_relative_text(f"{count} {unit}s ago", reference, _UNIT_PRECISION[unit])


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


def find_dates(sentence: str, reference: dt.date | None) -> list[DateMention]:
    """Give the date expressions in sentence, in order, normalised against reference."""
    if isinstance(reference, dt.datetime):  # a post time: only its day matters
        reference = reference.date()
    mentions = []
    for match in _candidates(sentence):
        kind = match.lastgroup

        def group(name: str, kind: str = kind, match: re.Match[str] = match) -> str | None:
            key = name if name == kind else f"{kind}__{name}"
            return match.group(key) if key in _MENTION.groupindex else None

        start, end = match.span()
        if not _accepts(kind, group, sentence, start, end):
            continue
        result = _resolve(kind, group, sentence, start, reference)
        if result is not None:
            value, relative = result
            mentions.append(DateMention(match.group(), start, end, value, relative))
    return mentions
