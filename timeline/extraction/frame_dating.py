"""When a frame's happening happened: the date written nearest its words, else its post's date
when the sentence says it is news of the day, else none (`undated`).

A decision ("announced that the contracts would end") is dated by its announcement, not by what
it decided; a happening that tells the time of another ("three years after the collapse") takes
only a date written after its anchor; "in December agreed to end it in May" is December.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.extraction.date_anaphora import with_back_references
from timeline.extraction.date_choice import NOT_UNTIL, across_clauses, nearest_mention, post_dates
from timeline.extraction.dates import DateMention
from timeline.extraction.describing import own_clause
from timeline.extraction.documents import Post
from timeline.extraction.events import DateEvidence
from timeline.extraction.frame_text import aside_around, aside_tokens, token_index
from timeline.extraction.frames import FrameMatch
from timeline.extraction.happening_times import counted_from, time_anchor, told_earlier
from timeline.extraction.happenings import (
    decision_verb,
    perfect,
    planned_from,
    telling,
)
from timeline.extraction.lemmas import Token
from timeline.extraction.report_timing import chronology_entry
from timeline.partial_date import PartialDate


@dataclass(frozen=True)
class Dated:
    """A frame's happening dated: when, on what evidence, by which written date (if any), and
    the words that tell it (the deciding verb for a decision)."""

    when: PartialDate
    evidence: DateEvidence
    chosen: DateMention | None
    span: tuple[int, int]


def date_happening(
    match: FrameMatch,
    kind: str,
    text: str,
    dates: Sequence[DateMention],
    post: Post,
    now: bool,
    leads: bool,
) -> Dated:
    """Give when match's happening happened. kind is how its verb tells it (report, plan,
    decision, mention, generic); now whether the sentence says it is news of the day ("today",
    a headline); leads whether it opens a post about this kind of happening."""
    span = (match_start(match), match_end(match))
    entry = chronology_entry(text, dates)  # its "now" is its label's day, not its post's
    label = dates[0] if entry else None
    told_now = perfect(match) and not told_earlier(match, text)  # "has entered": today's
    attributed = False  # dated in a clause of its own that tells it: ", it said on Tuesday,"
    if kind == "decision":
        dates, span, told_now = _decision_dates(match, text, dates, span)
        attributed = span[0] > match_end(match)
    dates = [d for d in dates if not _state_aside(match, text, d)]  # ", which … since 2011,"
    outside = [
        d for d in dates if attributed or not _in_aside(match, d) or text[: d.start].endswith("(")
    ]
    dates = outside or dates  # "A report in November 2017, based on a visit that July, …"
    clause = own_clause(match.tokens, match.verb, text)
    if clause is not None:  # "… on Wednesday, into a company that won contracts in 2020"
        ruling = [d for d in dates if d.start == 0 and d.text.lower().endswith(" since")]
        dates = [d for d in dates if clause[0] <= d.start < clause[1]] or ruling  # "It is six
        # months since X announced that they had agreed …": the whole sentence's time
        if not dates:  # what describes a name is never the day's news
            return Dated(
                PartialDate.from_date(post.post_date or dt.date.min), "undated", None, span
            )
    if kind == "report" and post.posted:  # done: not "December 2020" told in 2019 …
        before = [d for d in dates if d.value is None or d.value.start() <= post.posted.end()]
        dates = before or dates  # … unless only it is written: the post's date may be wrong
    dates = [d for d in dates if not _counted_to_later(d, span)]
    if match.frame.calls:  # "called out on a strike on 14 September": the strike's day
        dates = [d for d in dates if d.end <= span[0]]
        told_now = told_now or not _simple_past(match)
    anchor = time_anchor(match)
    if anchor is not None:  # "on 12 January 2021, three years after the collapse"; a date
        # holding the anchor ("It is six months since …") is no other time
        dates = [d for d in dates if d.end > anchor.start or _names_the_time(text, d, anchor)]
    planned = planned_from(match)
    agreed = [d for d in dates if planned and d.end <= planned]
    agreed = [d for d in agreed if not across_clauses(text, d.end, planned or 0)]
    dates = agreed or dates  # "in December agreed to end it in May": December
    chosen = nearest_mention(dates, *span, text, telling=telling(match))
    if chosen is not None and not chosen.text and not _told_in_past(match, text):
        chosen = None  # an entry's "It gives the police a power …" tells what it did, not news
    if label and chosen and _background(chosen, label, text, span[0]):
        chosen = label  # "20 March 2002. After … the attacks of September 2001, X confirmed …"
    if chosen is not None:
        evidence: DateEvidence = "relative" if chosen.relative else "absolute"
        when = chosen.value and counted_from(text, span[1], chosen.start, chosen.value)
        return Dated(when, evidence, chosen, span)  # type: ignore[arg-type]
    reported = kind in ("decision", "report") and (now or told_now or leads)
    reported = reported and "since" not in match.frame.required  # "since then … run by"
    if post.post_date and (reported or kind == "plan" and now) and not entry:
        return Dated(post.posted, "post", None, span)  # type: ignore[arg-type]
    return Dated(PartialDate.from_date(post.post_date or dt.date.min), "undated", None, span)


def _counted_to_later(mention: DateMention, span: tuple[int, int]) -> bool:
    """Give whether a date counted back to what follows it ("comes seven months after …")
    stands after the frame's words: it dates what follows, not "the collapse" before it."""
    return mention.text.lower().endswith(" after") and span[0] < mention.end


def _simple_past(match: FrameMatch) -> bool:
    """Give whether the frame's verb is a simple past ("Napo called a strike"): told as of
    some earlier day, not today's."""
    verb = match.verb
    if verb is None or verb.auxiliaries:
        return False
    return {"VBD", "VBN"} <= verb.forms and "VBZ" not in verb.forms


def _background(chosen: DateMention, label: DateMention, text: str, start: int) -> bool:
    """Give whether a date before a comma that precedes the frame's words lies outside the
    time its chronology entry's label names: the background of an opening phrase."""
    if chosen.value is None or label.value is None or "," not in text[chosen.end : start]:
        return False
    within = label.value.start() <= chosen.value.start() <= label.value.end()
    return chosen.end <= start and not within


def _told_in_past(match: FrameMatch, text: str) -> bool:
    """Give whether the frame's verb is a simple past, active or passive ("took", "were
    rebranded"), not a present, a perfect ("had found") or a future."""
    verb = match.verb
    if verb is None or verb.past_perfect or verb.future or "have" in verb.auxiliaries:
        return False
    if any(t.forms == {"VBZ"} and t.entity is None for t in match.tokens[: match.first]):
        return False  # "It provides for the Tote to be abolished, its business passed to …"
    if verb.auxiliaries:
        return verb.passive and _WAS_BEFORE.search(text, 0, verb.start) is not None
    return "VBD" in verb.forms and "VBZ" not in verb.forms


_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?\Z")


def _decision_dates(
    match: FrameMatch, text: str, dates: Sequence[DateMention], span: tuple[int, int]
) -> tuple[list[DateMention], tuple[int, int], bool]:
    """Give the dates that may date a decision, the deciding verb's span, and whether it is
    told as today's ("we have agreed"): those before the decided happening, or those in a
    trailing attribution (", the minister said today")."""
    decided = decision_verb(match)
    told_now = decided is not None and "have" in decided.auxiliaries and not decided.past_perfect
    if decided is not None and decided.start > span[1]:  # ", it said late on Tuesday, after …"
        opens = text.rfind(",", span[1], decided.start)
        closes = text.find(",", decided.end)
        kept = [d for d in dates if opens < d.start < (closes if closes >= 0 else len(text))]
    else:
        kept = [d for d in dates if d.end <= _decided_from(match, decided, span)]
    return kept, (decided.start, decided.end) if decided else span, told_now


def _decided_from(match: FrameMatch, decided: Token | None, span: tuple[int, int]) -> int:
    """Give where what was decided begins: the frame's start, or, where the frame holds the
    deciding verb ("confirmed on 12 September that it would press ahead"), its own verb."""
    inside = decided is not None and span[0] <= decided.start and match.verb is not None
    return max(span[0], match.verb.start) if inside and match.verb is not decided else span[0]


_UNTIL = re.compile(
    r"\b(?:until|till|up to|through to|beyond|(?:year|period|months|weeks|half-year|quarter)"
    r"\s+(?:ended|ending|to))\s+(?:the\s+)?\Z",
    re.IGNORECASE,
)


def sentence_dates(text: str, post: Post, earlier: PartialDate | None) -> list[DateMention]:
    """Give the dates written in text, those that refer back ("that month") resolved, without
    those that end a period ("extended its facility until the end of 2022", "will not extend
    the contract beyond May 2017"; but "was not published until August" dates the
    publishing)."""
    found = [
        d
        for d in post_dates(text, post)
        if not _UNTIL.search(text, 0, d.start) or NOT_UNTIL.search(text, 0, d.start)
    ]
    return with_back_references(text, found, earlier, post.posted if post.post_date else None)


def match_start(match: FrameMatch) -> int:
    """Give the sentence offset where the frame's trigger words start."""
    return match.tokens[match.first].start


def match_end(match: FrameMatch) -> int:
    """Give the sentence offset where the frame's trigger words end."""
    return match.tokens[match.last - 1].end


_SINCE_BEFORE = re.compile(r"\bsince\s+\Z", re.IGNORECASE)
_IN_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b[^,;:()]*\Z", re.IGNORECASE)


def _names_the_time(text: str, mention: DateMention, anchor: Token) -> bool:
    """Give whether a date names the time "when" tells: just before it ("it was as recent as
    December when Working Links put in its accounts"), or in the noun phrase its comma ends
    ("since the July warning, when its chief executive stepped down")."""
    if anchor.lemma == "after":  # "comes seven months after": the time counted back
        return mention.end == anchor.end
    between = text[mention.end : anchor.start]
    return anchor.lemma == "when" and (not between.strip() or bool(_TIME_NOUN_END.match(between)))


_TIME_NOUN_END = re.compile(r"(?:\s+[\w'’-]+){0,2},\s*\Z")  # " warning, " before "when"


def last_named_time(
    text: str, named: Sequence[DateMention], posted: PartialDate | None = None
) -> PartialDate | None:
    """Give the time a sentence names last that a later "the same day" may point back to: not
    the start of a state ("which has run the CRC since 2015"), nor a year of the background a
    relative clause tells ("the offences of which he was convicted in 2009"), nor a time after
    the post ("will end in 2020", written in 2018: "at the same time" is when it was said)."""
    times = [
        m.value
        for m in named
        if not _SINCE_BEFORE.search(text, 0, m.start)
        and not (
            m.value is not None
            and m.value.precision == "year"
            and _IN_RELATIVE.search(text, 0, m.start)
        )
        and (posted is None or m.value is None or m.value.start() <= posted.end())
    ]
    return times[-1] if times else None


def _in_aside(match: FrameMatch, mention: DateMention) -> bool:
    """Give whether a date stands in an aside (", based on an inspection that July,") that the
    frame's words stand outside ("today (26 February 2016)" glosses a time, no aside)."""
    tokens = match.tokens
    inside = aside_tokens(tokens)
    dated = [i for i in inside if tokens[i].start <= mention.start < tokens[i].end + 1]
    around = aside_around(inside, dated[0]) if dated else range(0)
    verb = token_index(tokens, match.verb) if match.verb is not None else None
    if verb is not None:  # "report, based on an inspection in March, was published": passed over
        return bool(around) and verb not in around
    return bool(around) and not any(index in around for index in range(match.first, match.last))


def _state_aside(match: FrameMatch, text: str, mention: DateMention) -> bool:
    """Give whether a date is the start of a state told in an aside (", which G4S has run
    since 2011,") that the frame's words stand outside: it dates no happening of theirs."""
    return bool(_SINCE_BEFORE.search(text, 0, mention.start)) and _in_aside(match, mention)
