"""Times that point back to one named before: "on the same day", "that month", "at the same
time", "by the end of the day", "the following year", "the previous year", "in November of that
year", "in October that year", "that December", "the following February", "hours later", "the
next day", "two weeks later", "within a fortnight".

A journalist names a date once and then refers to it ("Its troubles began last July. Its chief
executive stood down on the same day."). Such a phrase is the time last named, in its sentence
before it or in an earlier sentence of the post, at no finer a precision than both the phrase
and that time give: "the same day" after "last July" says July.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final, NamedTuple

from timeline.extraction.date_patterns import _MONTH_WORD, WEEKDAY, count_value
from timeline.extraction.dates import DateMention
from timeline.extraction.lemmas import lemma_of
from timeline.partial_date import PartialDate

__all__ = ["Told", "also_then", "in_told_year", "told_relatively", "with_back_references"]

_SAME: Final = r"(?:the\s+(?:very\s+)?same|that(?:\s+same|\s+very)?)"
_FOLLOWING: Final = r"(?:the\s+following|the\s+next)"
_PREVIOUS: Final = r"(?:the\s+(?:previous|preceding|prior))"
_CLAUSE_END_BEFORE: Final = r"before(?=\s*[,.;:)]|\s*$)"  # not "before the collapse"
_NUMBERS: Final = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_COUNT: Final = r"(?:a\s+few|several|a|an|one|two|three|four|five|six|\d{1,2})"
# The days after the time named that a phrase may mean: (fewest, most) for one unit, or for an
# uncounted plural ("days later": a few days). Weeks are counted loosely (below).
_UNIT_DAYS: Final = {"hour": (0, 0), "day": (1, 1), "week": (7, 7), "fortnight": (14, 14)}
_SOME_DAYS: Final = {"hour": (0, 0), "day": (2, 6), "week": (14, 42), "fortnight": (14, 42)}
_BACK_REFERENCE: Final = re.compile(
    rf"\b(?:(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<month>{_MONTH_WORD})\s+(?:of\s+)?that"
    rf"\s+year"
    rf"|that\s+(?!May\b)(?P<that_month>{_MONTH_WORD})\b(?!\s+\d)"
    rf"|(?:that|the\s+same)\s+(?P<season>spring|summer|autumn|winter)\b(?!\s+\d)"
    rf"|(?P<same>{_SAME})\s+(?P<same_unit>day|month|year|time|{WEEKDAY})"
    rf"|(?P<day_end>(?:by\s+)?the\s+end\s+of\s+(?:the|that)\s+day)"
    rf"|(?P<following>{_FOLLOWING})\s+(?P<following_unit>week|month|year)"
    rf"|{_FOLLOWING}\s+(?P<following_month>{_MONTH_WORD})\b(?!\s+\d)"
    rf"|{_PREVIOUS}\s+(?P<previous_month>{_MONTH_WORD})\b(?!\s+\d)"
    rf"|(?:a|one)\s+(?P<later_unit>week|month|year)\s+later"
    rf"|(?P<counted>two|three|four|five|six|\d{{1,2}})\s+(?P<counted_unit>month|year)s"
    rf"\s+(?P<counted_way>later|earlier)(?!\s+than)"
    rf"|{_PREVIOUS}\s+(?P<previous_unit>week|month|year)"
    rf"|(?:a|one)\s+(?P<earlier_unit>week|month|year)\s+(?:earlier|{_CLAUSE_END_BEFORE})"
    rf"|(?P<count>{_COUNT}\s+)?(?P<unit>hours?|days?|weeks|fortnight)\s+(?P<way>later|earlier"
    rf"|after\s+that|{_CLAUSE_END_BEFORE})"
    rf"|within\s+(?P<within>(?:{_COUNT}\s+)?(?:hours|days?|weeks?|fortnight))"
    rf"|(?P<next_day>{_FOLLOWING}\s+day|the\s+day\s+after(?=\s*[,.;:)]|\s*$))"
    rf"|(?P<day_before>{_PREVIOUS}\s+day|the\s+day\s+{_CLAUSE_END_BEFORE}))\b",
    re.IGNORECASE,
)
_LASTING: Final = re.compile(rf"\bfor\s+(?:{_COUNT}\s+)?$", re.IGNORECASE)
_RANK: Final = {"year": 0, "month": 1, "day": 2}


def with_back_references(
    sentence: str,
    found: list[DateMention],
    earlier: PartialDate | None,
    today: PartialDate | None = None,
) -> list[DateMention]:
    """Give the dates find_dates found in sentence with, in their place, the phrases that refer
    back to a time named before: the nearest date found before the phrase in the sentence, else
    earlier (the last one an earlier sentence named); and the time a news item "comes seven
    months after", counted back from today (the post's date)."""
    referring = _counted_back(sentence, today)
    for match in _BACK_REFERENCE.finditer(sentence):
        if _LASTING.search(sentence, 0, match.start()):
            continue  # "struck for two days earlier this month": how long, not when
        before = _named_before(match.start(), found, referring)
        antecedent = before[-1] if before else earlier
        value = _referred(match, antecedent) if antecedent is not None else None
        if value is not None:
            referring.append(DateMention(match.group(), match.start(), match.end(), value, True))
    kept = [m for m in found if not any(m.start < r.end and r.start < m.end for r in referring)]
    kept = [_in_named_year(_in_named_month(m, found), found, referring) for m in kept]
    kept = [_in_law_year(m, sentence) for m in kept]
    return sorted([*kept, *referring], key=lambda mention: mention.start)


# "Working Links also acquired the CRCs for Wales": one more thing a name did then. Not what
# was also said, nor what a thing ("the collapse also hit …") did at a time of its own.
# "The authority had also agreed", "It also named": a body or a firm called by its noun, or a
# pronoun for one; a past perfect as a past ("has also agreed" is told now).
_ACTOR_NOUNS: Final = (
    "firm|company|group|authority|council|ministry|department|government|committee|court|judge"
    "|board|union|inspectorate|regulator|bank|minister|secretary|cabinet|trust|agency|watchdog"
)
_ALSO_DID: Final = re.compile(
    rf"\b(?:[A-Z][\w'’-]*|[Tt]he\s+(?:{_ACTOR_NOUNS})|[Ii]t|[Hh]e|[Ss]he|[Tt]hey)\s+(?:(had)\s+)?"
    r"(also\s+([a-z]+))\b"
)
_SAYING: Final = frozenset({"say", "tell", "add", "confirm", "warn", "note", "claim", "argue"})


def also_then(sentence: str, previous: PartialDate | None) -> list[DateMention]:
    """Give, for a sentence that names no time of its own but tells of one more thing a name
    did ("Working Links also acquired"), the time the sentence just before it named last: one
    more thing done then. Nothing when that sentence named none, or the verb is no past tense
    or one of saying."""
    found = _ALSO_DID.search(sentence)
    if previous is None or found is None:
        return []
    lemma, forms = lemma_of(found.group(3))
    if ("VBN" if found.group(1) else "VBD") not in forms or lemma in _SAYING:
        return []
    return [DateMention(found.group(2), found.start(2), found.end(2), previous, True)]


def _named_before(
    position: int, found: list[DateMention], referring: list[DateMention]
) -> list[PartialDate]:
    """Give the times named before position, in order, a phrase that referred back in the place
    of the date it holds ("on 1 September that year and Re a month later": 2013's September)."""
    own = [m for m in found if not any(m.start < r.end and r.start < m.end for r in referring)]
    mentions = sorted([*own, *referring], key=lambda mention: mention.start)
    return [m.value for m in mentions if m.value is not None and m.end <= position]


def _counted_back(sentence: str, today: PartialDate | None) -> list[DateMention]:
    """Give the time a news item says it follows by so long: "The collapse comes seven months
    after ministers announced …" (told in February 2019: July 2018). Not "came": the time it
    counts from may be none named ("The announcement came a day after …")."""
    if today is None:
        return []
    mentions = []
    for match in _COMES_AFTER.finditer(sentence):
        count = count_value(match.group("count"))
        value = _back(today, count, match.group("unit").lower().rstrip("s"))
        if value is not None:
            mentions.append(DateMention(match.group(), match.start(), match.end(), value, True))
    return mentions


def _back(told: PartialDate, count: int, unit: str) -> PartialDate | None:
    """Give the time count units before told, at the precision both allow."""
    if unit in ("year", "month"):
        return _shifted(told, unit, -count)
    days = count * (7 if unit == "week" else 1)
    slack = 3 if unit == "week" else 0
    return _within(told, -days - slack, -days + slack)


_COMES_AFTER: Final = re.compile(
    r"\b(?:comes|coming)\s+(?:just\s+|only\s+)?(?P<count>a|an|one|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(?P<unit>days?|weeks?|months?"
    r"|years?)\s+after\b",
    re.IGNORECASE,
)


def _in_named_month(mention: DateMention, found: list[DateMention]) -> DateMention:
    """Give a year-less day in the year of the month named before it with its year: "August
    2018. On 20 August the Chief Inspector sends …" is 20 August 2018."""
    value = mention.value
    written = mention.relative and value is not None and value.precision == "day"
    if not written or _YEAR.search(mention.text) or not _MONTH_NAMED.search(mention.text):
        return mention  # not "20 August": a weekday ("Friday") keeps its own week
    before = [m.value for m in found if m.value is not None and m.end <= mention.start]
    named = before[-1] if before else None  # its own sentence's: an earlier one may be another
    if named is None or named.precision != "month" or named.month != value.month:
        return mention
    day = PartialDate.from_date(dt.date(named.year, value.month, value.day), "day")
    return DateMention(mention.text, mention.start, mention.end, day, True)


def _in_named_year(
    mention: DateMention, found: list[DateMention], referring: list[DateMention]
) -> DateMention:
    """Give a year-less month its sentence named a year for just before, when it comes later in
    that year: "VM Langfords failed in June 2016, and Docklands stopped trading in September"
    is September 2016, not the last September before the page's date; so does a time counted
    from one ("Three weeks later, on 22 October": the 22 October three weeks after 1 October
    2019)."""
    value = mention.value
    bare = mention.relative and value is not None and value.month is not None
    if not bare or _YEAR.search(mention.text) or not _MONTH_NAMED.search(mention.text):
        return mention
    written = [m for m in found if _YEAR.search(m.text)]
    earlier = sorted([*written, *referring], key=lambda m: m.start)
    before = [m.value for m in earlier if m.value and m.end <= mention.start]
    named = before[-1] if before else None
    if named is None or named.month is None or named.year == value.year:
        return mention
    if value.month < named.month:
        return mention  # "in June 2016 … in March": which March, the sentence does not say
    return _in_year(mention, named.year)


def _in_law_year(mention: DateMention, sentence: str) -> DateMention:
    """Give a year-less day or month on which a law named with its year received Royal Assent
    in that year: "The Banking (Special Provisions) Act 2008 received Royal Assent late on 21
    February" is 2008's (a law in force, amended or reviewed later keeps the day's own year)."""
    value = mention.value
    bare = mention.relative and value is not None and value.month is not None
    years = {int(y) for y in _LAW_YEAR.findall(sentence, 0, mention.start)}
    if not bare or _YEAR.search(mention.text) or len(years) != 1 or _ASSENT not in sentence:
        return mention
    year = years.pop()
    return _in_year(mention, year) if year < value.year else mention


_ASSENT: Final = "Royal Assent"
_LAW_YEAR: Final = re.compile(r"(?<=\bAct )(?:19|20)\d\d\b|\b(?:19|20)\d\d(?= Act\b)")


def _in_year(mention: DateMention, year: int) -> DateMention:
    """Give a year-less month or day mention read in year."""
    value = mention.value
    moved = PartialDate(year, value.month, value.day)
    return DateMention(mention.text, mention.start, mention.end, moved, True)


def in_told_year(found: list[DateMention], told: Told | None) -> list[DateMention]:
    """Give a sentence's bare months and days ("on 7 February", "In March") in the year of told,
    the time the sentence before named, when they come after it and within half a year: "On 19
    January last year the minister told MPs … Her review, published on 7 February, …" is 7
    February of last year. After a day written with its year only a bare day moves ("was set up
    on 12 May 2020. On 12 June it was awarded …"). A sentence writing a year keeps its dates."""
    if told is None or told.time.month is None or any(_YEAR.search(m.text) for m in found):
        return found
    return [_told_on(mention, told) for mention in found]


class Told(NamedTuple):
    """The time a sentence named, to which the next one's bare months and days may belong."""

    time: PartialDate
    days_only: bool  # written with its year: only a bare day, not a bare month, is in its year


def told_relatively(named: list[DateMention], previous: PartialDate | None) -> Told | None:
    """Give previous, the time a sentence named last, when the words naming it write no year
    ("last year", "on 7 February"), or when they write a day with its year; else None: a month
    written with its year ("in January 2013. In May …") leaves a bare month to the writer's own
    year."""
    if previous is None:
        return None
    naming = [m for m in named if m.value == previous]
    if any(m.relative for m in naming):
        return Told(previous, False)
    if previous.day is not None and naming:
        return Told(previous, True)
    return None


def _told_on(mention: DateMention, told: Told) -> DateMention:
    value, time = mention.value, told.time
    if value is None or value.month is None or value.year <= time.year:
        return mention
    if told.days_only and value.day is None:
        return mention
    if not mention.relative or not _BARE_MONTH_DAY.fullmatch(mention.text.strip()):
        return mention  # "last June", "June last year", "this March": a year of its own
    moved = _in_year(mention, time.year)
    if not time.end() < moved.value.start() <= time.start() + dt.timedelta(days=_TOLD_DAYS):
        return mention
    return moved


_TOLD_DAYS: Final = 183  # how far on a story told in order goes without naming a new year
_BARE_MONTH_DAY: Final = re.compile(
    rf"(?:(?:in|on|by)\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_MONTH_WORD}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?",
    re.IGNORECASE,
)


_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_NAMED: Final = re.compile(_MONTH_WORD)


def _referred(match: re.Match[str], antecedent: PartialDate) -> PartialDate | None:
    """Give the time the phrase names, given the time it refers back to."""
    if match.group("following_month"):  # "the following February"
        return _month_around(antecedent, _month_number(match.group("following_month")), 1)
    if match.group("previous_month"):  # "the previous November"
        return _month_around(antecedent, _month_number(match.group("previous_month")), -1)
    month = match.group("month") or match.group("that_month")
    if month:
        day = int(match.group("day")) if match.group("day") else None
        try:
            return PartialDate(antecedent.year, _month_number(month), day)
        except ValueError:
            return None  # "31 February that year"
    if match.group("season"):  # "after winning the contract that spring"
        return PartialDate(antecedent.year, span=match.group("season").lower())
    if match.group("same"):
        unit = match.group("same_unit").lower()
        if unit.endswith("day") and unit != "day":  # "the same Sunday": the day named before
            return antecedent if antecedent.precision == "day" else None
        return _at_most(antecedent, unit)
    if match.group("day_end"):
        return _at_most(antecedent, "day")
    offset = _offset(match)
    if offset is not None:
        return _within(antecedent, *offset)
    if match.group("counted"):  # "two months later", "three years earlier"
        step = count_value(match.group("counted")) * (
            -1 if match.group("counted_way") == "earlier" else 1
        )
        return _shifted(antecedent, match.group("counted_unit"), step)
    later = match.group("following_unit") or match.group("later_unit")
    if later:
        return _shifted(antecedent, later, 1)
    return _shifted(antecedent, match.group("previous_unit") or match.group("earlier_unit"), -1)


def _month_around(antecedent: PartialDate, month: int, step: int) -> PartialDate:
    """Give the first month so named after (step 1) or before (step -1) the antecedent: "the
    following February" after June 2014 is February 2015, after a year alone the next year's."""
    at = antecedent.month
    if step > 0:
        later_year = at is None or month <= at  # "the following February" after June
        return PartialDate(antecedent.year + (1 if later_year else 0), month)
    earlier_year = at is None or month >= at  # "the previous November" after March
    return PartialDate(antecedent.year - (1 if earlier_year else 0), month)


def _shifted(antecedent: PartialDate, unit: str, step: int) -> PartialDate | None:
    """Give the week, month or year after (step 1) or before (step -1) the antecedent, at the
    precision the antecedent says it."""
    unit = unit.lower()
    if unit == "week":
        return _week_from(antecedent, step)
    if unit == "year":
        return PartialDate(antecedent.year + step)
    if antecedent.month is None:
        return None  # "the following month" after "in 2016": which month is not said
    year, month = divmod(antecedent.year * 12 + antecedent.month - 1 + step, 12)
    return PartialDate(year, month + 1)


def _week_from(antecedent: PartialDate, step: int) -> PartialDate | None:
    """Give the month of the week after (or before) a day, when that week lies in one month
    ("the following week" after 30 June 2016 is July 2016); None when it may straddle two."""
    return _within(antecedent, 7 * step - 3, 7 * step + 3)


def _offset(match: re.Match[str]) -> tuple[int, int] | None:
    """Give the fewest and most days after the time named that an offset phrase means ("two
    days later": 2 and 2; "within a fortnight": 0 and 14; "the day before": -1 and -1); None
    for a phrase of another kind."""
    if match.group("next_day"):
        return 1, 1
    if match.group("day_before"):
        return -1, -1
    if match.group("within"):
        *count, unit = match.group("within").lower().split()
        most = _days(" ".join(count) or "some", unit)[1]
        return 0, most
    if not match.group("unit"):
        return None
    fewest, most = _days((match.group("count") or "some").strip().lower(), match.group("unit"))
    if match.group("way").lower() == "later" or match.group("way").lower().startswith("after"):
        return fewest, most
    return -most, -fewest


def _days(count: str, unit: str) -> tuple[int, int]:
    """Give the fewest and most days that count units make ("two weeks": 14 and 14, "a few
    days": 2 and 6, "hours": 0 and 0)."""
    unit = unit.lower().rstrip("s")
    number = _NUMBERS.get(count) or (int(count) if count.isdigit() else None)
    if number is None:
        return _SOME_DAYS[unit]
    fewest, most = _UNIT_DAYS[unit]
    slack = 3 if unit in ("week", "fortnight") else 0  # "two weeks later" is about two weeks
    return fewest * number - slack, most * number + slack


def _within(antecedent: PartialDate, fewest: int, most: int) -> PartialDate | None:
    """Give the day or month that every day from fewest to most days after the antecedent lies
    in; None when they may straddle two months."""
    first = antecedent.start() + dt.timedelta(days=fewest)
    last = antecedent.end() + dt.timedelta(days=most)
    if first == last:
        return PartialDate.from_date(first)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return PartialDate(first.year, first.month)


def _at_most(value: PartialDate, unit: str) -> PartialDate:
    """Give value no finer than unit ("that month" of 16 August 2018 is August 2018; "at the
    same time" is the time named, as precise as it was)."""
    if unit != "time" and value.precision in _RANK and _RANK[value.precision] > _RANK[unit]:
        return PartialDate.from_date(value.start(), unit)  # type: ignore[arg-type]
    return value


def _month_number(word: str) -> int:
    names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    return names.index(word[:3].lower()) + 1
