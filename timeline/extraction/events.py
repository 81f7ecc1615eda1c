"""Candidate events: a sentence typed by the taxonomy's triggers, dated, and tied to entities."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Literal

from timeline.extraction.dates import DateMention, find_dates
from timeline.extraction.documents import Document, Post, Sentence
from timeline.extraction.entities import EntityFinder
from timeline.extraction.phrases import PhraseMatch, PhraseMatcher, prepare
from timeline.extraction.templates import label_title
from timeline.extraction.titles import clause_headline
from timeline.model import Mark, Source
from timeline.partial_date import PRECISIONS, PartialDate
from timeline.taxonomy import Taxonomy
from timeline.vocabulary import Vocabulary

# How a candidate's date was found, strongest first: written out with its year, written relative
# to the post ("yesterday", "1st June"), taken from the post because it reports a thing now, or
# not found (the frame extractor's `undated`: it only adds a source to an event dated otherwise).
DateEvidence = Literal["absolute", "relative", "post", "undated"]
TitleKind = Literal["filled", "written", "clause", "bare"]
EVIDENCE_RANK: dict[DateEvidence, int] = {"absolute": 0, "relative": 1, "post": 2, "undated": 3}
ENTITY_ROLES = ("actor", "target", "successor")
_PRECISION_RANK = {precision: rank for rank, precision in enumerate(PRECISIONS)}
QUOTE_LIMIT = 400
# A date introduced by one of these is a deadline or a period's edge, not when the thing happened.
_DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till|before|ahead of|from|to|deadline of)\s*$", re.I)
# "was not published until August 2017": no deadline, the date it was published.
NOT_UNTIL = re.compile(r"\b(?:not|n't|never)\b[^,;.]{0,80}\b(?:until|till)\s+(?:the\s+)?\Z", re.I)
# "the Criminal Justice Act 1991" names a law: its year is not when the event happened.
_NAMED_BY_YEAR = re.compile(r"\b(?:Act|Acts|Regulations|Order|Bill)\s*$")
# A clause joined on after the trigger ("…, and the prison will transfer on 1 July 2019"), or a
# clause about a person ("succeeds Michael Spurr, who retired in March") has its own verb: a
# date written in it is that verb's, not the trigger's.
_NEXT_CLAUSE = re.compile(r";|,\s+(?:and|but|while|whereas)\b|\bwho\b", re.I)
# After the trigger, also a clause a subordinating word opens (not "after 2014": two words at
# least before the date), and after a telling trigger a "that" clause.
_SUBORDINATE = r"\b(?:because|although|though|whereas)\b(?=(?:\s+[\w'’-]+){2,}\s+)"
_CLAUSE_AFTER = re.compile(rf"{_NEXT_CLAUSE.pattern}|{_SUBORDINATE}", re.I)
_CLAUSE_AFTER_TELLING = re.compile(rf"{_CLAUSE_AFTER.pattern}|\bthat\b", re.I)
# "2018-19" names a financial year or a programme, not when something happened.
PERIOD_LABEL = re.compile(r"\d{4}\s*[-/–]\s*\d{2}(?:\d{2})?")
_RATED = r"(?:rated|judged|graded|assessed)(?:\s+(?:as|to\s+be))?\s*['\"‘“]?\s*"


@dataclass(frozen=True, slots=True)
class Candidate:
    """One sentence's report of an event, before the reports of one happening are merged."""

    type: str
    date: PartialDate
    evidence: DateEvidence
    title: str
    crcs: tuple[str, ...]
    owners: tuple[str, ...]
    national: bool
    rating: str | None
    source: Source
    weight: int = 1  # of the trigger: how plainly the sentence says what happened
    roles: dict[str, tuple[str, ...]] = field(default_factory=dict)  # actor, target, successor
    # "filled": a headline template with its roles; "written": one with no roles ("Inspectors
    # publish findings"); "clause": a headline made from the sentence; "bare": a type's label.
    title_kind: TitleKind = "clause"
    roles_filled: float = 0.0  # share of the frame's roles the sentence filled
    fuller_title: str | None = None  # the clause's words for a filled template, when they say more
    holders: tuple[str, ...] = ()  # who held its CRCs on its date: shown, never a merge conflict

    @property
    def templated(self) -> bool:
        """Give whether the title is a headline template filled with the frame's roles."""
        return self.title_kind == "filled"


class EventRecogniser:
    """Turns sentences into candidate events with one vocabulary, compiled once."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        taxonomy = vocabulary.taxonomy
        self.vocabulary = vocabulary
        self.entities = EntityFinder(vocabulary)
        self.triggers = PhraseMatcher({t.name: t.triggers for t in taxonomy.event_types})
        self._generic = {t.name for t in taxonomy.event_types if t.generic}
        self.labels = {t.name: t.label for t in taxonomy.event_types}
        self.cues = cue_matcher(taxonomy)
        self.ratings = RatingFinder(taxonomy.ratings, _RATED)

    def candidates(self, document: Document, include_comments: bool = False) -> list[Candidate]:
        """Give the candidate events of every post of document, in document order."""
        found = []
        for post in document.posts:
            sentences = [*post.sentences, *(post.comments if include_comments else ())]
            for sentence in sentences:
                candidate = self.candidate(sentence, post, document.name)
                if candidate is not None:
                    found.append(candidate)
        return found

    def candidate(
        self, sentence: Sentence, post: Post, document: str, subject: str | None = None
    ) -> Candidate | None:
        """Give the event sentence reports, or None when it reports none we can date; subject
        is who "we" are in it."""
        text = sentence.text
        if text.rstrip().endswith("?"):
            return None
        posted = post.posted
        entities = self.entities.find(text, posted)
        match_text = prepare(text, [m for m in entities.mentions if m.kind in ("crc", "owner")])
        trigger = _strongest(self.triggers.find(match_text.text), self._generic)
        if trigger is None:
            return None
        cues = {cue.label for cue in self.cues.find(match_text.text)}
        mentions = post_dates(text, post)
        trigger_span = match_text.sentence_span(trigger.start, trigger.end)
        dated = self._date(text, mentions, trigger_span, cues, posted)
        if dated is None:
            return None
        when, evidence, chosen = dated
        if "hedge" in cues and evidence != "absolute":
            return None
        if evidence == "post" and trigger.weight < 1 + ("now" not in cues):
            return None
        if evidence != "post" and when != posted:
            entities = self.entities.find(text, when)
        rated = self.ratings.locate(text) if trigger.label == "report_published" else None
        marks = [Mark(*trigger_span, "trigger")]
        marks += [Mark(chosen.start, chosen.end, "date")] if chosen else []
        marks += [Mark(rated.start, rated.end, "rating")] if rated else []
        headline = clause_headline(text, trigger_span, subject)
        return Candidate(
            type=trigger.label,
            date=when,
            evidence=evidence,
            title=headline
            or label_title(self.labels[trigger.label], [*entities.owners, *entities.crcs]),
            title_kind="clause" if headline else "bare",
            crcs=tuple(entities.crcs),
            owners=tuple(entities.owners),
            national="national" in cues and not entities.crcs,
            rating=rated.name if rated else None,
            source=sentence_source(sentence, post, document, marks),
            weight=trigger.weight,
        )

    def _date(
        self,
        text: str,
        mentions: Sequence[DateMention],
        trigger_span: tuple[int, int],
        cues: set[str],
        posted: PartialDate | None,
    ) -> tuple[PartialDate, DateEvidence, DateMention | None] | None:
        """Give the date tied to the trigger, how it was found and the words that wrote it (None:
        the post's date), or None."""
        chosen = nearest_mention(mentions, *trigger_span, text)
        if chosen is not None:
            evidence = "relative" if chosen.relative else "absolute"
            return chosen.value, evidence, chosen  # type: ignore[return-value]
        if posted is None:
            return None
        return posted, "post", None


def roles_conflict(
    ours: Mapping[str, Collection[str]], theirs: Mapping[str, Collection[str]]
) -> bool:
    """Give whether two reports name different actors, targets or successors: a role both fill
    with no name in common. A party told as the actor in one and the successor in the other
    ("the MoJ appoints Seetec", "Seetec takes over the CRCs") is one happening's, no conflict."""
    for role in ENTITY_ROLES:
        mine, yours = set(ours.get(role, ())), set(theirs.get(role, ()))
        if mine and yours and not mine & yours and not _actor_as_successor(role, ours, theirs):
            return True
    return False


def _actor_as_successor(
    role: str, ours: Mapping[str, Collection[str]], theirs: Mapping[str, Collection[str]]
) -> bool:
    if role != "actor":
        return False
    ours_next, theirs_next = set(ours.get("successor", ())), set(theirs.get("successor", ()))
    return bool(set(theirs["actor"]) & ours_next or set(ours["actor"]) & theirs_next)


_TITLE_KIND_RANK = {"filled": 0, "written": 1, "clause": 1, "bare": 2}


def title_quality(candidate: Candidate) -> tuple:
    """Give a key that puts first the plainest title: a filled headline, with most roles filled,
    then a written or clause headline, then a bare label; the strongest trigger, whole, one
    its clause says more fully, from the report that dates itself best, then shortest."""
    return (
        _TITLE_KIND_RANK[candidate.title_kind],
        -candidate.roles_filled,
        -len(candidate.roles),
        -candidate.weight,
        candidate.title.endswith("…"),
        candidate.fuller_title is None,
        EVIDENCE_RANK[candidate.evidence],
        len(candidate.title),
    )


def cue_matcher(taxonomy: Taxonomy) -> PhraseMatcher:
    """Give the matcher for the words that say "now", hedge a sentence or make it national."""
    return PhraseMatcher(
        {
            "now": taxonomy.now_cues,
            "hedge": taxonomy.hedges,
            "national": taxonomy.national_phrases,
        }
    )


class RatingFinder:
    """Finds the inspection rating a sentence gives: after "rated" (rated_words) or in quotes."""

    def __init__(self, ratings: Sequence[str], rated_words: str) -> None:
        names = "|".join(re.escape(rating) for rating in ratings)
        self._pattern = (
            re.compile(rf"{rated_words}({names})\b|['‘\"“]({names})['’\"”]", re.IGNORECASE)
            if names
            else None
        )
        self._names = {rating.lower(): rating for rating in ratings}

    def find(self, text: str) -> str | None:
        """Give the canonical rating text gives, or None."""
        found = self.locate(text)
        return found.name if found else None

    def locate(self, text: str) -> RatingMention | None:
        """Give the rating text gives with where its word is written, or None."""
        found = list(self._pattern.finditer(text)) if self._pattern else []
        if not found:
            return None
        match = found[0]
        for later in found[1:]:  # "raised its rating from 'Requires improvement' to 'Good'"
            if _RAISED_TO.fullmatch(text, match.end(), later.start()):
                match = later
        group = 1 if match.group(1) else 2
        name = self._names[match.group(group).lower()]
        return RatingMention(name, match.start(group), match.end(group))


_RAISED_TO = re.compile(r"['’\"”]?\s+to\s+")


@dataclass(frozen=True)
class RatingMention:
    """A rating written in a sentence: its canonical name and where its word is."""

    name: str
    start: int
    end: int


def _strongest(triggers: Sequence[PhraseMatch], generic: set[str]) -> PhraseMatch | None:
    """Give the heaviest trigger of a specific type, the earliest among equals.

    A generic type ("announced") types the sentence only when no specific type matched.
    """
    if not triggers:
        return None
    return min(triggers, key=lambda m: (m.label in generic, -m.weight, m.start))


def nearest_mention(
    mentions: Sequence[DateMention],
    trigger_start: int,
    trigger_end: int,
    text: str,
    telling: bool = False,
) -> DateMention | None:
    """Give the date mention nearest the trigger, passing over deadlines, period edges and
    dates of a clause joined on after it; after a telling trigger, of what it tells too."""
    pool = [
        m
        for m in mentions
        if (not _DEADLINE_BEFORE.search(text[: m.start]) or NOT_UNTIL.search(text[: m.start]))
        and not _NAMED_BY_YEAR.search(text[: m.start])
        and not (m.start >= trigger_end and _across_after(text, trigger_end, m.start, telling))
        and not (m.start >= trigger_end and _state_since(text, trigger_end, m.start))
    ]
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
            if not (m.end <= trigger_start and _ENDS_VERB_PHRASE.match(text, m.end, trigger_start))
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
    return min(
        pool, key=lambda m: (distance(m) // 25, -_PRECISION_RANK[m.value.precision], distance(m))
    )


# "was handed the contract in December 2014 and took ownership in February 2015": a date just
# before "and" and the trigger's verb ends the verb phrase before it, when the trigger's own
# phrase has a date ("inspected it in March 2017 and rated it" shares one).
_ENDS_VERB_PHRASE = re.compile(r"\s*,?\s+and\s+(?:then\s+|later\s+|\w+ly\s+)?\Z", re.I)


def _state_since(text: str, trigger_end: int, start: int) -> bool:
    """Give whether a date after the trigger starts a state a relative clause tells ("…, ending
    a legal battle that has run since 2016"): the state's time, not the happening's."""
    return bool(_SINCE_DATE.search(text, 0, start)) and bool(
        _RELATIVE_WORD.search(text, trigger_end, start)
    )


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
            continue  # "early next year", "tomorrow": a forecast, not a date written out
        if mention.relative and post.precision != "day" and value.precision != "year":
            coarse = PartialDate.from_date(value.start(), post.precision)
            mention = replace(mention, value=coarse)
        found.append(mention)
    return found


def sentence_source(
    sentence: Sentence, post: Post, document: str, marks: Sequence[Mark] = ()
) -> Source:
    """Give the source of a candidate: the sentence as its quote, cut at QUOTE_LIMIT, with the
    marks (offsets in the sentence) that lie within what the quote keeps."""
    quote = sentence.text
    kept = len(quote)
    if len(quote) > QUOTE_LIMIT:
        quote = quote[: QUOTE_LIMIT - 1].rsplit(" ", 1)[0]
        kept = len(quote)
        quote += "…"
    return Source(
        document=document,
        post_date=str(post.posted) if post.posted else None,
        post_title=post.title,
        line=sentence.line,
        quote=quote,
        marks=sorted({mark for mark in marks if 0 <= mark.start < mark.end <= kept}),
    )
