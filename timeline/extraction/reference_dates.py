"""A document's own date, the reference for its relative dates, and the rule that found it.

Rules, first that answers wins: front matter `date:`; the page's metadata (HTML); a byline or
dateline in its opening lines ("Posted: 29th October 2014", "LONDON, 15 Feb (Reuters) -");
a statement of its own date ("published today (8 May 2019)"); a date in its address
(`/2017/10/` is October 2017, month precision); its file name; the `--date` option.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline.extraction.dates import DateMention, find_dates
from timeline.extraction.sentences import Line
from timeline.extraction.tense import clause_tense, tense_after
from timeline.extraction.written_dates import month_case, written_dates
from timeline.partial_date import PartialDate, Precision

__all__ = [
    "DATELINE",
    "FILE_NAME_DATE",
    "RULES",
    "ReferenceDate",
    "byline_date",
    "opening_lines",
    "reference_date",
    "self_statement_date",
    "stated_date",
    "url_date",
]

RULES = ("front_matter", "metadata", "byline", "self_statement", "url", "file_name", "option")
OPENING_LINES = 40  # non-blank lines where a byline or dateline may stand (page chrome first)
BODY_STARTED = 4  # paragraphs longer than a byline: past them, the body has begun
BYLINE_CHARS = 120
BYLINE_WORDS_BESIDE_DATE = 6  # "Posted: … by Frank Ellery | 2:47pm GMT": short, not a sentence

_BYLINE_CUE = re.compile(
    r"^\W*(?:posted|published|first published|issued|date|dated|filed|released|by)\b", re.I
)
_UPDATED = re.compile(r"\b(?:updated|modified|amended|last edited)\b", re.I)
_WORD = re.compile(r"[A-Za-z]{2,}")
_TIME_WORDS = re.compile(r"\b(?:gmt|bst|utc|am|pm|edt|est|cet|mon|tue|wed|thu|fri|sat|sun)\b", re.I)
# A dateline opening the first paragraph: "LONDON, 15 February 2019 —", and a wire's without a
# year, "LONDON, Jan 16 (Reuters) -" or "CARDIFF, 15 Feb (PA) –".
DATELINE = re.compile(
    r"\s*[A-Z][A-Za-z.'’ -]{1,40},\s+(?P<date>[A-Za-z0-9., ]{5,32}?)"
    r"\s*(?:\([A-Za-z ]{2,30}\)\s*)?[-–—]"
)
_SELF_STATEMENT = re.compile(
    r"\b(?:today|this morning|this afternoon|this evening|tonight)\s*\(\s*(?:on\s+)?"
    r"(?P<date>[^()]{6,40}?\d{4})\s*\)",
    re.IGNORECASE,
)
# "This briefing was published on 18 May 2021.", "This report was issued on 3 March 2020"
_SELF_NAMED = re.compile(
    r"\b(?:this|the present)\s+(?:briefing|report|article|page|statement|document|release"
    r"|press release|circular|note|update|bulletin|post|paper|newsletter|notice|summary)"
    r"\s+(?:was|is)\s+(?:first\s+)?(?:published|issued|released|written|dated|sent)\s+(?:on\s+)?"
    r"(?P<date>[^()]{6,40}?\d{4})\b",
    re.IGNORECASE,
)
_RANGE = re.compile(r"\d\s*(?:[A-Za-z]+\s*)?(?:-|–|—|\bto\b|\buntil\b)\s*\d{1,2}\s+[A-Za-z]")
# "held today, 15 March 2019, the resolutions": an announcement's own day between commas
_SELF_COMMA = re.compile(
    r"\b(?:today|this morning|this afternoon),\s+(?:on\s+)?(?P<date>[^(),]{6,40}?\d{4})\s*[,.]",
    re.IGNORECASE,
)
_SELF_PATTERNS = (_SELF_STATEMENT, _SELF_NAMED, _SELF_COMMA)
_URL_DATE = re.compile(
    r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>0[1-9]|1[0-2])(?:[/-](?P<day>[0-3]\d))?(?=[/-]|$)"
)
FILE_NAME_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@dataclass(frozen=True)
class ReferenceDate:
    """A document's own date at its precision, the rule that found it and the words that say it."""

    value: dt.date  # the first day of the span when the precision is a month or a year
    precision: Precision
    rule: str
    text: str

    @property
    def when(self) -> PartialDate:
        """Give the date at its stated precision."""
        return PartialDate.from_date(self.value, self.precision)


def reference_date(
    *,
    front_matter: object = None,
    meta_date: dt.date | None = None,
    lines: Sequence[Line] = (),
    opening: Sequence[Line] = (),
    url: str | None = None,
    created: dt.date | None = None,
    path: Path | None = None,
    option: dt.date | None = None,
) -> ReferenceDate | None:
    """Give the document's own date by the first rule that finds one, or None; opening is a web
    page's first blocks outside its main text, where its byline may stand; created is when the
    file was made (a PDF's info), after what its cover and text say."""
    found = (
        _stated(front_matter, "front_matter")
        or _stated(meta_date, "metadata")
        or byline_date(lines)
        or byline_date(opening)
    )
    stated = self_statement_date(lines)  # a day in the month a page's chrome names ("June 2015")
    found = _finer(found, stated) or stated
    found = _finer(found, url_date(url)) or url_date(url)
    found = found or _stated(created, "metadata") or _file_name_date(path)
    if found is None and option is not None:
        return ReferenceDate(option, "day", "option", option.isoformat())
    return found


def _finer(found: ReferenceDate | None, later: ReferenceDate | None) -> ReferenceDate | None:
    """Give the later rule's date (an address's, a statement's) where it names a day in the
    month or year found before it ("August 2007" beside a post, "/2007/08/21/" in its
    permalink: 21 August 2007); else what was found."""
    if found is None or later is None or found.precision == "day":
        return found
    return later if found.when.contains(later.when) and later.precision == "day" else found


def stated_date(value: object) -> ReferenceDate | None:
    """Give the date a front matter value states, at its precision ("2019-03" is a month)."""
    return _stated(value, "front_matter")


def _stated(value: object, rule: str) -> ReferenceDate | None:
    """Give the date a front matter or metadata value states, at the precision it is written."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return ReferenceDate(value, "day", rule, value.isoformat())
    if isinstance(value, int) and 1000 <= value <= 9999:
        value = str(value)
    if not isinstance(value, str):
        return None
    text = value.strip()
    try:
        partial = PartialDate.parse(text)
    except ValueError:
        try:
            return _stated(dt.datetime.fromisoformat(text), rule)
        except ValueError:
            partial = _only_date(text)
    if partial is None:
        return None
    return ReferenceDate(partial.start(), partial.precision, rule, text)


def _only_date(text: str) -> PartialDate | None:
    mentions = written_dates(text)
    return mentions[0].value if len(mentions) == 1 else None


def byline_date(lines: Sequence[Line]) -> ReferenceDate | None:
    """Give the date of a byline or dateline in the opening lines; a published date before an
    updated one."""
    found: list[tuple[bool, ReferenceDate]] = []
    for line in opening_lines(lines):
        text = line.text.strip()
        if any(pattern.search(text) for pattern in _SELF_PATTERNS):
            continue  # "published today (8 May 2019)": the self-statement rule's
        short = len(text) <= BYLINE_CHARS or _FIELD_SEPARATOR.search(text)  # or in fields
        date = _dateline(text, lines) or (_line_date(text) if short else None)
        if date is not None:
            found.append((bool(_UPDATED.search(text)), date))
    found.sort(key=lambda item: item[0])  # stable: the first published date, else the first
    return found[0][1] if found else _signed_date(lines)


def _signed_date(lines: Sequence[Line]) -> ReferenceDate | None:
    """Give the day a statement is signed off with on one of its last lines, after who and
    where ("Merseyside Patients' Voice Forum, Liverpool, 7 June 2019")."""
    for text in reversed([line.text.strip() for line in lines if not line.blank][-3:]):
        days = [m for m in written_dates(text) if m.value.precision == "day"]
        day = days[0] if len(days) == 1 else None
        signed = day and text[: day.start].rstrip().endswith(",") and len(_WORD.findall(text)) < 11
        if signed and day.end >= len(text.rstrip(". ")):
            return ReferenceDate(day.value.start(), "day", "byline", text)
    return None


def opening_lines(lines: Sequence[Line]) -> list[Line]:
    """Give the lines before the body: page chrome, headline, byline, the first paragraphs."""
    opening, long_lines = [], 0
    for line in lines:
        if line.blank:
            continue
        opening.append(line)
        long_lines += len(line.text.strip()) > BYLINE_CHARS
        if len(opening) == OPENING_LINES or long_lines == BODY_STARTED:
            break
    return opening


_PERIOD_END = re.compile(r"\b(?:ended|ending|as at)\s+(?:the\s+)?\Z", re.I)


def _line_date(text: str) -> ReferenceDate | None:
    """Give the day a byline-like line states: a day date, with little else beside it."""
    cased = month_case(text)
    mentions = written_dates(text)
    days = [m for m in mentions if m.value.precision == "day"]
    if not days and len(mentions) == 1 and mentions[0].value.precision == "month":
        return _cover_month(cased, text, mentions[0])
    if len(days) != 1 or _RANGE.search(cased):
        return None  # "30 July - 9 August 2018": a period the document covers, not its date
    mention = days[0]
    if _PERIOD_END.search(cased, 0, mention.start):
        return None  # "Results for the year ended 31 December 2013": what it covers
    beside = cased[: mention.start] + " " + cased[mention.end :]
    words = _WORD.findall(_TIME_WORDS.sub(" ", beside))
    if _own_field(cased, mention.start, mention.end):
        return ReferenceDate(mention.value.start(), "day", "byline", text)
    if len(words) > BYLINE_WORDS_BESIDE_DATE and not _BYLINE_CUE.search(text):
        return None
    if text.rstrip().endswith(".") and len(words) > 3 and not _BYLINE_CUE.search(text):
        return None  # a sentence that happens to be short
    return ReferenceDate(mention.value.start(), "day", "byline", text)


def _cover_month(cased: str, text: str, mention: DateMention) -> ReferenceDate | None:
    """Give the month a report's cover states on a line of its own ("August 2019", "Published:
    June 2019", "HM Inspectorate of Probation, August 2019"), at month precision; None when
    other words stand beside it."""
    before, after = cased[: mention.start], cased[mention.end :]
    beside = _WORD.findall(before + " " + after)
    signed = before.rstrip().endswith(",") and len(beside) <= 5  # its publisher, then the month
    if _WORD.search(after) or not signed and len(beside) > 1:
        return None
    if beside and not signed and not _BYLINE_CUE.search(text):
        return None
    return ReferenceDate(mention.value.start(), "month", "byline", text)


def _own_field(text: str, start: int, end: int) -> bool:
    """Give whether the date at start:end is a field of its own in a line of fields ("House of
    Commons · Written Statement · Wednesday 5 September 2012", a wire's "SHIRE PRESS AGENCY --
    HOME NEWS -- 29/07/2019 12:41"), perhaps named ("Napo Ridings and Humber Branch | Issued:
    2 July 2021 | Circulation: all members")."""
    before = _FIELD_SEPARATOR.split(text[:start])
    after = _FIELD_SEPARATOR.split(text[end:])
    fields = len(before) + len(after) - 1
    field = _BYLINE_CUE.sub(" ", before[-1]) + " " + after[0]
    alone = not _WORD.search(_TIME_WORDS.sub(" ", field))
    return fields >= 2 and alone


_FIELD_SEPARATOR = re.compile(r"\s(?:[·|•—–]|--)\s")  # "HOME NEWS -- 29/07/2019 12:41 --"


def _dateline(text: str, lines: Sequence[Line]) -> ReferenceDate | None:
    """Give the day of a dateline; one without a year is in the latest year the text names."""
    match = DATELINE.match(text)
    if match is None:
        return None
    written = month_case(match.group("date").strip(" ,."))
    if not _YEAR.search(written):
        years = [year for line in lines for year in _told_years(line.text)]
        bylines = _byline_years(_above(text, lines)) or _copyright_years(lines)
        if not years:
            return None
        weekday = _WEEKDAY.search(text, match.end())
        year = bylines[0] if bylines else _year_of_weekday(written, weekday, max(years))
        written = f"{written} {year}"
    mentions = find_dates(written, None)
    if len(mentions) != 1 or mentions[0].value is None or mentions[0].value.precision != "day":
        return None
    return ReferenceDate(mentions[0].value.start(), "day", "byline", text[: match.end()].strip())


_WEEKDAY = re.compile(r"\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def _year_of_weekday(written: str, weekday: re.Match[str] | None, earliest: int) -> int:
    """Give the year of a year-less dateline: the first from the latest the text tells in which
    its day is the weekday its lead names, or the day after it, as a wire files the day after
    ("LONDON, Oct 1 - … a judge ruled on Wednesday", in a story that tells of 2022: 2025;
    "LONDON, Sept 14 - … it said late on Tuesday", telling of 2014: 2016); else that year."""
    for year in range(earliest, earliest + 12) if weekday else ():
        found = find_dates(f"{written} {year}", None)
        value = found[0].value if len(found) == 1 else None
        day = value.start() if value is not None and value.precision == "day" else None
        told = (day, day - dt.timedelta(days=1)) if day is not None else ()
        if any(d.strftime("%A") == weekday.group(1) for d in told):
            return year
    return earliest


def _told_years(text: str) -> list[int]:
    """Give the years text names in clauses that look back ("collapsed in 2018", "In 2019 the
    firm sold"): a story is no older than those; "due to end in 2022" is no guide."""
    told = []
    for match in _YEAR.finditer(text):
        if _END_OF_SPAN.search(text, 0, match.start()):
            continue  # "run to 2022", "until March 2015": an end, not a time told
        tense = clause_tense(text, match.start()) or tense_after(text, match.end())
        if tense == "past":
            told.append(int(match.group()))
    return told


_END_OF_SPAN = re.compile(
    r"\b(?:to|until|till|by|through|before)\s+(?:(?:the\s+)?(?:end|start|spring|summer|autumn"
    r"|winter)\s+of\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[A-Z][a-z]+\.?\s+)?$",
)


def _above(text: str, lines: Sequence[Line]) -> list[Line]:
    """Give the lines above the one that reads text (a wire story's own lines are below)."""
    texts = [line.text.strip() for line in lines]
    return list(lines[: texts.index(text)] if text in texts else lines)


def _byline_years(lines: Sequence[Line]) -> list[int]:
    """Give the years the short opening lines write ("MARCH 21, 2018 / 12:03 AM" above a wire
    story's "LONDON, March 21 (Meridian) -"): the story's own year, before any the body names;
    not a summary point's ("* HMRC will not extend contract beyond May 2017")."""
    short = [
        line.text.strip() for line in opening_lines(lines) if len(line.text.strip()) <= BYLINE_CHARS
    ]
    own = [text for text in short if not _BULLET.match(text)]  # "* HMRC will not extend …"
    return [int(year) for text in own for year in _YEAR.findall(text)]


def _copyright_years(lines: Sequence[Line]) -> list[int]:
    """Give the year of a wire story's one-year copyright line ("(c) Castlebridge Wire 2020");
    not a site's span of years ("© 2005-2024")."""
    found = [_YEAR.findall(line.text) for line in lines if _COPYRIGHT.match(line.text.strip())]
    return [int(years[0]) for years in found if len(years) == 1]


_COPYRIGHT = re.compile(r"(?:\(c\)|©|copyright)\s", re.IGNORECASE)
_BULLET = re.compile(r"[*•·‣–-]\s")  # a wire story's summary points: the story's, not its date


def self_statement_date(lines: Sequence[Line]) -> ReferenceDate | None:
    """Give the day a document states as its own: "published today (8 May 2019)", "This
    briefing was published on 18 May 2021"."""
    for line in lines:
        for match in (m for pattern in _SELF_PATTERNS for m in pattern.finditer(line.text)):
            date = _only_date(match.group("date"))
            if date is not None and date.precision == "day":
                return ReferenceDate(date.start(), "day", "self_statement", match.group())
    return None


def url_date(url: str | None) -> ReferenceDate | None:
    """Give the date in a web address's path: /2017/10/ is October 2017, /2017/10/05/ a day."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url.strip(), flags=re.I)
    match = _URL_DATE.search(path)
    if match is None:
        return None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        value = dt.date(year, month, day or 1)
    except ValueError:
        return None
    return ReferenceDate(value, "day" if day else "month", "url", match.group())


def _file_name_date(path: Path | None) -> ReferenceDate | None:
    match = FILE_NAME_DATE.match(path.name) if path is not None else None
    if match is None:
        return None
    try:
        value = dt.date(*map(int, match.groups()))
    except ValueError:
        return None
    return ReferenceDate(value, "day", "file_name", match.group())
