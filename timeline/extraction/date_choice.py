"""Which date written in a sentence dates its trigger: the nearest in the trigger's own clause,
never a deadline, a period's edge, a law's year or the date of a clause joined on; and the dates a
post's sentence writes, resolved against the post's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.date_patterns import BEGINNING_PARTICIPLES, WEEKDAY
from timeline.extraction.dates import DateMention, find_dates
from timeline.extraction.documents import Post
from timeline.extraction.lemmas import can_be_noun
from timeline.extraction.tense import looks_back
from timeline.partial_date import PRECISIONS, PartialDate

_PRECISION_RANK = {precision: rank for rank, precision in enumerate(PRECISIONS)}
# A date introduced by one of these is a deadline or a period's edge, not when the thing happened.
_DEADLINE_BEFORE = re.compile(
    r"\b(?:by|until|till|before|ahead of|(?<!dates\s)(?<!dated\s)(?<!date\s)from|to"
    r"|deadline of)\s*$",
    re.I,
)  # "dates from June 2014": when it began, no period's edge
# "was not published until August 2017": no deadline, the date it was published.
# "was not published until August", "it took until 12 January 2021 for …": done then.
NOT_UNTIL = re.compile(
    r"(?:\b(?:not|n't|never)\b[^,;.]{0,80}|\b(?:took|take|takes)\s+)\b(?:until|till)\s+(?:the\s+)?\Z",
    re.I,
)
# "before 2015 was out", "before the year was over": within it, no deadline.
_WAS_OUT = re.compile(r"\s+(?:was|were|had\s+been)\s+(?:out|over)\b", re.I)
# "By March 2003 the company had repaid everything": done by then, the time it dates.
_BY_OPENING = re.compile(r"\s*by\s+", re.I)
_DONE_AFTER = re.compile(r",?\s+(?:[\w'’-]+\s+){1,6}?had\s+(?!to\b|been\s+due\b)\w+", re.I)
# "the Criminal Justice Act 1991" names a law: its year is not when the event happened.
_NAMED_BY_YEAR = re.compile(r"\b(?:Act|Acts|Regulations|Order|Bill)\s*$")
# A clause joined on after the trigger ("…, and the prison will transfer on 1 July 2019"), or a
# clause about a person ("succeeds Michael Spurr, who retired in March") has its own verb: a
# date written in it is that verb's, not the trigger's.
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\bwho\b", re.I)
# After the trigger, also a clause a subordinating word (", as the council's services had been
# judged in 2011") or a participle after a comma opens
# (not "after 2014": two words at least before the date; not an aside the date comes after:
# ", working with Nacro, on 1 February 2015"), and after a telling trigger a "that" clause.
_SUBORDINATE = (
    r"\b(?:because|although|though|whereas)\b(?=(?:\s+[\w'’-]+){2,}\s+)"
    r"|,\s+as\s+(?:the|its|their|it|they|he|she|we|his|her)\b(?=(?:\s+[\w'’-]+){2,}\s+)"
    r"|,\s+(?:due|set|expected|scheduled)\s+to\b"  # ", due to start on Dec. 9": its own time
    r"|,\s+(?!(?:during|including|following|according|regarding|concerning|starting)\b)"
    r"(?-i:[a-z]+ing)\b(?=[^,;]*\Z)(?=(?:\s+[\w'’-]+){2,}\s+)"  # ", bringing to an end …"
)
_CLAUSE_AFTER = re.compile(rf"{_NEXT_CLAUSE.pattern}|{_SUBORDINATE}", re.I)
_CLAUSE_AFTER_TELLING = re.compile(rf"{_CLAUSE_AFTER.pattern}|\bthat\b", re.I)
# "2018-19" names a financial year or a programme, not when something happened.
PERIOD_LABEL = re.compile(r"\d{4}\s*[-/–]\s*\d{2}(?:\d{2})?")


def nearest_mention(
    mentions: Sequence[DateMention],
    trigger_start: int,
    trigger_end: int,
    text: str,
    telling: bool = False,
) -> DateMention | None:
    """Give the date mention nearest the trigger, passing over deadlines, period edges and
    dates of a clause joined on after it; after a telling trigger, of what it tells too."""
    ends = _range_ends(text, mentions)
    pool = [
        m
        for m in mentions
        if m not in ends
        and (
            not _DEADLINE_BEFORE.search(text[: m.start])
            or NOT_UNTIL.search(text[: m.start])
            or _WAS_OUT.match(text, m.end)
            or _by_then_done(text, m)
        )
        and not _NAMED_BY_YEAR.search(text[: m.start])
        and not (m.start >= trigger_end and _across_after(text, trigger_end, m.start, telling))
        and not (m.start >= trigger_end and _state_since(text, trigger_end, m.start))
        and not (m.end <= trigger_start and _state_before(text, m.start, trigger_start))
        and not (m.end <= trigger_start and _opening_participle(text, m.end, trigger_start))
    ]
    # "declared the 2014 mayoral election void on 23 April 2015": a time that names what the
    # trigger's verb tells was done to dates the happening only when no other date does (a
    # noun's, "the failure of the May 2018 timetable change", "the July 2017 profit warning",
    # it dates).
    named = [
        m
        for m in pool
        if _names_a_thing(text, m)
        and (
            trigger_start <= m.start < trigger_end
            and _verb_first(text, trigger_start)
            or m.start >= trigger_end  # "applied for judicial review of the July decision"
            and _OBJECT_BEFORE.search(text[: m.start])
        )
        or _THOSE_OF.search(text[: m.start])  # "new directions replacing those of September 2022"
    ]
    pool = [m for m in pool if m not in named] or pool
    # "the response to the June report arrived in October 2018": the thing's time inside the
    # trigger gives way to a time its verb is written with.
    inside = [m for m in pool if trigger_start <= m.start < trigger_end and _names_a_thing(text, m)]
    if inside and any(_WRITTEN_WITH.match(text, trigger_end, m.start) for m in pool):
        pool = [m for m in pool if m not in inside]
    # "called an Assembly election for 2 March": the time the thing is set for, not the calling's.
    set_for = [m for m in pool if m.start >= trigger_end and _SET_FOR.search(text[: m.start])]
    pool = [m for m in pool if m not in set_for] or pool
    # "Serco agreed to repay in December 2013, and G4S agreed to pay in March 2014": a date in
    # the trigger's own clause before one across a clause joined on before it.
    own = [
        m
        for m in pool
        if not (m.end <= trigger_start and across_clauses(text, m.end, trigger_start))
    ]
    if any(m.start >= trigger_end for m in own):  # its own verb phrase dates it
        own = [
            m
            for m in own
            if not (
                m.end <= trigger_start
                and (
                    _ENDS_VERB_PHRASE.match(text, m.end, trigger_start)
                    or _OPENS_TOLD.match(text, m.end, trigger_start)
                    and any(_RIGHT_AFTER.fullmatch(text, trigger_end, n.start) for n in own)
                )
            )
        ]
    pool = own or pool or _starts(mentions, text, trigger_end, telling)
    if not pool:
        return None

    def distance(mention: DateMention) -> int:
        if mention.end <= trigger_start:
            return trigger_start - mention.end
        return max(0, mention.start - trigger_end)

    # Mentions about as near as each other ("next week, 9th October") name one time: the
    # more precise wins.
    chosen = min(
        pool, key=lambda m: (distance(m) // 25, -_PRECISION_RANK[m.value.precision], distance(m))
    )
    return _told_finer(chosen, pool)


def _range_ends(text: str, mentions: Sequence[DateMention]) -> list[DateMention]:
    """Give the dates that end a range another date begins ("Between December 2015 and
    November 2016 Capita closed …"): what happened over it began at its start."""
    return [
        end
        for start, end in zip(mentions, mentions[1:], strict=False)
        if _BETWEEN.search(text, 0, start.start)
        and _AND.fullmatch(text, start.end, end.start)
        and start.value is not None
        and start.value.precision != "year"  # "Between 2010 and 2023 pay rose by 7.6%": a sum
    ]


_BETWEEN = re.compile(r"\bbetween\s+\Z", re.I)
_AND = re.compile(r"\s+and\s+", re.I)


def _verb_first(text: str, start: int) -> bool:
    """Give whether the word at start is a verb and no noun ("declared", not "failure")."""
    word = re.match(r"[A-Za-z]+", text[start:])
    return bool(word) and not can_be_noun(word.group().lower())


def _names_a_thing(text: str, mention: DateMention) -> bool:
    """Give whether a date describes the noun after it ("the 2014 mayoral election", "last
    year's election"): which thing, not when the happening was."""
    before_a_noun = _THING_BEFORE.search(text[: mention.start]) and _THING_AFTER.match(
        text, mention.end
    )
    return bool(before_a_noun or _POSSESSIVE_AFTER.match(text, mention.end))


# "review of the July decision": what was acted on, not a time ("after the July warning" is).
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|for|against|over|on|into|to)\s+(?:the|a|an|its|their)\s+\Z", re.I
)
_WRITTEN_WITH = re.compile(r"\s+(?:in|on|at)\s+\Z", re.I)
_SET_FOR = re.compile(r"\bfor\s+\Z", re.I)
_THOSE_OF = re.compile(r"\b(?:those|that|these|the\s+ones?)\s+of\s+\Z", re.I)
_THING_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+\Z", re.I)
_THING_AFTER = re.compile(r"\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)|[.,;:]|\Z)")
_POSSESSIVE_AFTER = re.compile(r"['’]s\s")


def _told_finer(chosen: DateMention, pool: Sequence[DateMention]) -> DateMention:
    """Give, for a time that only points back ("the following year"), a date written in its
    sentence within it ("… in May 2016"): the sentence's own, more precise word for it."""
    if not chosen.relative or chosen.value is None:
        return chosen
    finer = [
        m
        for m in pool
        if m.value is not None
        and _PRECISION_RANK[m.value.precision] > _PRECISION_RANK[chosen.value.precision]
        and chosen.value.contains(m.value)
    ]
    return finer[0] if finer else chosen


# "was handed the contract in December 2014 and took ownership in February 2015": a date just
# before "and" and the trigger's verb ends the verb phrase before it, when the trigger's own
# phrase has a date ("inspected it in March 2017 and rated it" shares one).
_ENDS_VERB_PHRASE = re.compile(
    r"\s*,?\s+and\s+(?:then\s+|later\s+|\w+ly\s+)?(?:(?:the|its|their)\s+)?"
    r"(?:(?:was|were|is|are|has|have|had|been)\s+)*\Z",  # "opened in 1993 and was judged …"
    re.I,
)
# "confirmed on Friday that Port stood down at the end of August": a date just before the
# "that" opening what is told is the telling's, when the told verb has a date right after it
# (not "that it had closed its investigation into allegations made last summer").
_OPENS_TOLD = re.compile(r"\s+that\s+[^,;]*\Z", re.I)
_RIGHT_AFTER = re.compile(r"\s*(?:at|in|on|during)?\s*", re.I)


def _state_since(text: str, trigger_end: int, start: int) -> bool:
    """Give whether a date after the trigger starts a state a relative clause tells ("…, ending
    a legal battle that has run since 2016"): the state's time, not the happening's."""
    return bool(_SINCE_DATE.search(text, 0, start)) and bool(
        _RELATIVE_WORD.search(text, trigger_end, start)
    )


def _state_before(text: str, start: int, trigger_start: int) -> bool:
    """Give whether a date before the trigger starts a state a relative clause tells, the
    trigger's verb following straight on ("the firm that has supervised offenders since 2015 has
    handed its work over"): not the happening's ("since 2014, when it won" shares it)."""
    if "," in text[start:trigger_start] or not _SINCE_DATE.search(text, 0, start):
        return False
    return bool(_RELATIVE_WORD.search(text, 0, start))


def _opening_participle(text: str, end: int, trigger_start: int) -> bool:
    """Give whether a date ending at end lies in a participle phrase that opens the sentence
    and closes before the trigger ("Founded in 1982 as a repair firm, it grew … and won
    contracts"): the phrase's time, not the happening's."""
    opening = _PARTICIPLE_OPENING.match(text)
    return opening is not None and end <= opening.end() <= trigger_start


# "Founded in 1982 as a concrete repair specialist,", "Set up in 2014 to …,": to its comma.
_PARTICIPLE_OPENING = re.compile(rf"\s*(?=[A-Z][a-z])(?i:{BEGINNING_PARTICIPLES})\b[^,]*,")
_SINCE_DATE = re.compile(r"\bsince\s+(?:the\s+)?\Z", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who)\b", re.I)


def _starts(
    mentions: Sequence[DateMention], text: str, trigger_end: int, telling: bool
) -> list[DateMention]:
    """Give the dates a happening starts from ("action short of a strike from 14 November"),
    when no other date is written in its clause: not a period's start ("from 2011 to 2017")."""
    return [
        m
        for m in mentions
        if _FROM_BEFORE.search(text[: m.start])
        and not _PERIOD_END_AFTER.match(text, m.end)
        and not (m.start >= trigger_end and _across_after(text, trigger_end, m.start, telling))
        and not (m.start >= trigger_end and _state_since(text, trigger_end, m.start))
    ]


_FROM_BEFORE = re.compile(r"\bfrom\s*$", re.I)
# "from 2011 to 2017", "from 1 and 2 June", "from May onwards": a period, not the day it began.
_PERIOD_END_AFTER = re.compile(r"\s*(?:(?:to|until|till|through|-|–)\s|and\s+\d|onwards?\b)", re.I)


def _across_after(text: str, trigger_end: int, start: int, telling: bool) -> bool:
    """Give whether a clause of its own opens between the trigger's end and start: one joined
    on, one a subordinating word opens ("because they were published yesterday"; not "after
    2014", where the date is the word's own), or, after a telling trigger, a "that" clause
    ("told MPs in a statement that the service went live on Saturday")."""
    clause = _CLAUSE_AFTER_TELLING if telling else _CLAUSE_AFTER
    return clause.search(text, trigger_end, start) is not None


def across_clauses(text: str, start: int, end: int) -> bool:
    """Give whether a clause is joined on between start and end (", and", ", but", ";")."""
    return _NEXT_CLAUSE.search(text, start, end) is not None


_VAGUE = frozenset({"year", "season", "half", "quarter"})


def _weekday_agrees(mention: DateMention) -> bool:
    """Give whether a day written with its month and weekday falls on that weekday: its year
    is then the one chosen, never a year before."""
    named = _WEEKDAY_NAME.search(mention.text)
    value = mention.value
    if (
        named is None
        or value is None
        or value.precision != "day"
        or not _DAY_DIGITS.search(mention.text)
    ):
        return False
    return value.start().strftime("%A").lower() == named.group().lower()


_WEEKDAY_NAME = re.compile(rf"\b{WEEKDAY}\b", re.I)
_DAY_DIGITS = re.compile(r"\d")


def post_dates(text: str, post: Post) -> list[DateMention]:
    """Give the dates written in text, resolved against the post's date and no finer than it:
    "on Friday" in a document dated only to March says March. "Tomorrow", "next week" or
    "early next year" cannot date what a post reports: it forecasts. A day written out after the
    post's may be a happening it schedules ("the lobby next week, 9th October")."""
    found = []
    latest = post.posted.end() if post.post_date else dt.date.max
    # A post dated only to a month may be of any of its days: "on 12 October … answered", read
    # in a post of October 2016, is that October, the latest one on or before the month's end.
    reference = post.post_date if post.precision == "day" or not post.post_date else latest
    for mention in find_dates(text, reference):
        value = mention.value
        if value is None or PERIOD_LABEL.fullmatch(mention.text):
            continue
        deictic = value.precision in _VAGUE or not any(c.isdigit() for c in mention.text)
        if mention.relative and deictic and value.start() > latest:
            mention = _last_years_month(mention, text, latest)
            if mention is None:
                continue  # "early next year", "tomorrow": a forecast, not a date written out
            value = mention.value
        if mention.relative and post.precision != "day" and value.precision != "year":
            if _weekday_agrees(mention) or value.end() < post.posted.start():
                # "Tuesday 5 November" in a November is that Tuesday; "25 July" in an October
                # is that July's, whichever day of October the post was written
                found.append(mention)
                continue
            coarse = PartialDate.from_date(value.start(), post.precision)
            mention = replace(mention, value=coarse)
        found.append(mention)
    return found


def _last_years_month(mention: DateMention, text: str, latest: dt.date) -> DateMention | None:
    """Give a month named without a year in a sentence that tells only of the past ("set up
    the review in October, naming Mr Gauke, who ran …", in May) in the year before the one
    nearest the post, when that one is yet to come; None for any other date ahead."""
    value = mention.value
    if value is None or value.precision != "month" or not _BARE_MONTH.fullmatch(mention.text):
        return None
    earlier = PartialDate(value.year - 1, value.month)
    nearer = (latest - earlier.end()) < (value.start() - latest)  # August, in a December
    told = _to_clause_end(text, mention.end)
    if earlier.start() > latest or not looks_back(text, nearer, told):
        return None
    return replace(mention, value=earlier)


def _to_clause_end(text: str, end: int) -> str:
    """Give text up to the comma or semicolon after end: the date's clause and those before."""
    ends = [at for at in (text.find(",", end), text.find(";", end)) if at >= 0]
    return text[: min(ends, default=len(text))]


_BARE_MONTH = re.compile(
    r"(?:early|late|mid-?)?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*",
    re.IGNORECASE,
)


def _by_then_done(text: str, mention: DateMention) -> bool:
    """Give whether a date opening the sentence after "By" tells what its subject had done by
    then ("By March 2003 the company had repaid …"): the time it was done, at that precision."""
    opening = _BY_OPENING.fullmatch(text, 0, mention.start) is not None
    return opening and _DONE_AFTER.match(text, mention.end) is not None
