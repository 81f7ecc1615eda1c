"""Times taken out of a headline: a date its event's date field already says ("Probation split
in June 2014" → "Probation split"; "On 1 July 2019 …"), and words that date it against the post
("today", "last week", "a month later")."""

from __future__ import annotations

import re

from timeline.extraction.date_patterns import HOLIDAY, TEENS, TENS, WEEKDAY
from timeline.extraction.headlines import EDGE_PUNCTUATION
from timeline.extraction.lemmas import lemma_of

__all__ = [
    "DATE",
    "RELATIVE_TIME",
    "without_date_opening",
    "without_dates",
    "without_relative_time",
]

_COUNTED = (
    r"(?:a|one) hundred|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    rf"|{'|'.join(TEENS)}|(?:{'|'.join(TENS)})(?:-[a-z]+)?|\d+"
)
# Words that make a counted time rough ("almost two years later"): it is still the title's time,
# and no appositive after it goes with it.
_ROUGHLY = ("almost", "nearly", "just", "some", "about")
_TIME_WORDS = (
    r"(?:(?:yesterday|tomorrow) (?:morning|afternoon|evening)|"
    r"today|yesterday|tomorrow|tonight|this (?:morning|afternoon|evening|week|month|year)|"
    r"last (?:night|week|month|year)|next (?:week|month|year)|recently|for now(?:,? at least)?|now|"
    r"(?:earlier|later) (?:this|last|next|that) (?:day|week|month|year)|"
    r"(?:in )?the (?:middle|end|start|beginning) of (?:this|last|next) (?:week|month|year)|"
    # "last Friday, 7 June": the weekday's date goes with it
    rf"(?:last|this|next) {WEEKDAY},? \d{{1,2}}(?:st|nd|rd|th)? (?:of )?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    rf"(?:(?:on|last|this|next) )?{WEEKDAY}(?!,? \d)"
    r"(?: (?:morning|afternoon|evening|night))?|"
    r"(?:last|this|next) (?:spring|summer|autumn|winter|weekend)|"
    rf"(?:at|on|in) the same (?:time|day|week|month|year|{WEEKDAY})(?: as [^,;]*)?|the same day|"
    r"(?:on )?that (?:same |very )?(?:day|week|month|year|spring|summer|autumn|winter)|"
    r"the (?:following|next|previous|preceding) (?:day|week|month|year)|"
    rf"(?:(?:(?:less|more|little more|no more) than|{'|'.join(_ROUGHLY)}) )?"
    r"(?:(?:a|one) (?:week|month|year)|"
    r"(?:a few|several|two|three|four|five|six|\d+) (?:days|weeks|months|years)) (?:later|earlier)"
    r"(?! than)|"
    r"(?:in )?that (?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|"
    rf"(?:{_COUNTED}) (?:days?|weeks?|months?|years?|springs?|summers?"
    r"|autumns?|winters?) ago(?: (?:today|yesterday|this (?:week|month)))?)"
)
RELATIVE_TIME = re.compile(rf"\b{_TIME_WORDS}(?:['’]s\b)?[,]?\s*", re.IGNORECASE)
# "reset the programme last year, replacing …": the time goes, the comma after it stays.
_TIME_BEFORE_COMMA = re.compile(
    rf"(?<=\w)(?<!\bof)\s+{_TIME_WORDS},"
    r"(?=\s+(?:[a-z]+ing|so|when|while|whereas|because|although|though|until|but|and|as|only)\b)",
    re.IGNORECASE,
)
# "… on Concentrix yesterday, the first of two debates": the appositive after the time goes too.
_TIME_THEN_APPOSITIVE = re.compile(
    r"(?<=\w)"
    + "".join(rf"(?<!\b{word})" for word in ("than", *_ROUGHLY))
    + rf"\s+{_TIME_WORDS},\s+(?:the|a|an)\s.*\Z",
    re.I,
)


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Days listed before the last: "on 3, 4 and 5 June", "on 14-15 May".
_DAY_LISTED = r"\d{1,2}(?:st|nd|rd|th)?(?:,\s*|\s*[-–]\s*|,?\s+and\s+|\s+to\s+)"
_DAY = rf"(?:{WEEKDAY},?\s+)?(?:the\s+)?(?:{_DAY_LISTED})*\d{{1,2}}(?:st|nd|rd|th)?"
DATE = (
    rf"(?:{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+\d{{4}})?|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?"
    rf"|(?:early|late|mid-?)?\s*{_MONTH}(?:\s+\d{{4}})?|\d{{4}})"
)
# The part of a time a date is told by: "at the end of August", "in early 2015".
_PART_OF = r"(?:(?:the\s+)?(?:early|late|(?:end|start|beginning|middle)\s+of)\s+)"
# A date the event's own date field already says: "On 1 July 2019 …", "… in August".
_DATE_OPENING = re.compile(
    rf"^(?:\d+(?:\.\d+)+\s+)?(?:(?:(?:later|earlier)\s+)?(?:in|on|by|during|since|from|at)\s+"
    rf"{_PART_OF}?{DATE}\b,?"
    rf"|between\s+{DATE}\s+and\s+{DATE}\b,?"
    rf"|{DATE}[,.]"
    rf"|{DATE}(?=\s+(?-i:[A-Z]))"
    r"|(?:last|this|next|earlier|later)\s+(?:this\s+)?(?:week|month|year|spring|summer|autumn"
    rf"|winter)\.|(?:last|this|next)\s+{_MONTH},?"
    rf"|(?:in|on)\s+the\s+same\s+(?:day|week|month|year),?"
    r"|the\s+(?:following|next|previous)\s+(?:day|week|month|year),?)\s+(?=\S)",
    re.I,
)
# A date anywhere in a title, with its preposition: "split in June 2014", "last November".
_DATED = re.compile(
    rf",?\s+(?:(?:back\s+|early\s+|late\s+)?(?:in|on|during|by|since|at)\s+{_PART_OF}?{DATE}\b"
    r"(?![-/–]\d)"
    rf"|between\s+{DATE}\s+and\s+{DATE}\b|dated\s+{DATE}\b"
    rf"|(?:last|this|next)\s+{_MONTH}(?!\w)|(?:in|on)\s+the\s+same\s+(?:day|week|month|year)"
    r"|in\s+the\s+(?!(?-i:[A-Z])[a-z]+\s+(?-i:[A-Z]))(?:spring|summer|autumn|winter)"
    r"(?:\s+of\s+\d{4})?\b"  # not "in the Autumn Budget": a name
    r"|(?:in|during|by)\s+the\s+(?:first|second|third|fourth|final|last)\s+(?:half|quarter)"
    r"(?:\s+of\s+(?:the\s+year|\d{4}))?\b"
    rf"|(?:just\s+)?(?:before|at|over|on)\s+(?:{HOLIDAY}|christmas)(?:,?\s+\d{{4}})?\b)",
    re.I,
)


def without_date_opening(clause: str) -> str:
    """Give clause without a date (or paragraph number) that opens it: "On 1 July 2019 …"."""
    trimmed = _DATE_OPENING.sub("", clause.strip())
    return trimmed if len(trimmed.split()) >= 3 else clause


def without_dates(title: str) -> str:
    """Give title without the dates written in it: "Probation split in June 2014" → "Probation
    split"; the event's date field says when."""
    trimmed = _DATED.sub("", title).strip(" ,;:")
    if trimmed != title:  # "programme, broadcast [on 4 May], used" → "programme used"
        trimmed = _LONE_PARTICIPLE.sub(" ", _DANGLING.sub("", trimmed))  # "and [in March]"
        trimmed = _without_timed_participle(trimmed)  # "audit [reported in May] found"
        trimmed = _REPORT_LEFT.sub("", trimmed)  # "rated Good [in a report published on …]"
        if _DATED_GAP.search(title):  # "… offered in the autumn [and a similar number in
            trimmed = _GAPPED_END.sub("", trimmed)  # January]": a verb left out, its time gone
    words = trimmed.split()
    said = len(words) == 2 and lemma_of(words[1].lower())[1] & {"VBD", "VBN", "VBZ"}
    return trimmed if len(words) >= 3 or said else title  # "Scheme announced" is a headline


def _without_timed_participle(title: str) -> str:
    """Give title without a participle its time was taken from, left before the main verb:
    "An NAO report published found" → "An NAO report found"."""
    for found in _TIMED_PARTICIPLE.finditer(title):
        if lemma_of(found.group(1).lower())[1] & {"VBD", "VBZ"}:
            return f"{title[: found.start()]} {title[found.start(1) :]}"
    return title


_TIMED_PARTICIPLE = re.compile(
    r"(?<=[a-z])\s+(?:published|reported|issued|released|produced|completed)\s+([a-z]+)\b"
)
_GAPPED = r"\s+and\s+(?:a|an|the|another|\d[\d,]*)(?:\s+[\w'’-]+){0,3}"
_GAPPED_END = re.compile(rf"{_GAPPED}$")
_DATED_GAP = re.compile(rf"(?:{_DATED.pattern}){_GAPPED}(?:{_DATED.pattern})?\W*$", re.I)
_LONE_PARTICIPLE = re.compile(r",\s*[a-z]+\s*,\s*")
_REPORT_LEFT = re.compile(
    r",?\s+(?:in|with)\s+(?:a|an|its|their|the)\s+[\w-]+\s+(?:published|issued|released)$"
)
_DANGLING = re.compile(r"\s+(?:and|or|but)$")


def without_relative_time(title: str) -> str:
    """Give title without words that date it against the post ("today", "last week")."""
    title = _TIME_THEN_APPOSITIVE.sub("", title)
    title = _THAT_COMMA.sub("that ", title)  # "decided that, [for now at least,] the public …"
    title = _TIME_BEFORE_COMMA.sub(",", title)  # "reset the programme [last year], replacing"
    cleaned = re.sub(r"\s+", " ", RELATIVE_TIME.sub("", title)).strip(EDGE_PUNCTUATION)
    cleaned = _BOTH_LEFT.sub("", cleaned).strip(EDGE_PUNCTUATION)  # "… both last year and this"
    if _LATER_END.search(title):  # "CSG went live … and Re a month later": Re's own time
        cleaned = _ELLIPTICAL_END.sub("", cleaned)
    if cleaned != title.strip(EDGE_PUNCTUATION):  # "in a report published today": its time gone
        cleaned = _TIMED_PARTICIPLE_END.sub(r"\1", cleaned)
    return cleaned or title  # as written: headline() capitalises, after its own checks


_TIMED_PARTICIPLE_END = re.compile(  # "says in a report published": not "review published"
    r"(\b(?:in|with|from|by)\s+(?:a|an|the|its|their)\s+\w+)\s+(?:published|released|issued)$"
)
_THAT_COMMA = re.compile(rf"\bthat,\s+(?={_TIME_WORDS}\b)", re.IGNORECASE)
_BOTH_LEFT = re.compile(r"\s+both(?:\s+and)?$|\s+both\s+and\b")  # its two times gone
_ELLIPTICAL_END = re.compile(r"\s+and\s+[A-Z][\w'’-]*$")  # a verb left out: its own time gone
_LATER_END = re.compile(r"\b(?:later|earlier|afterwards)\W*$", re.I)
