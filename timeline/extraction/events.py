"""Candidate events: a sentence typed by the taxonomy's triggers, dated, and tied to entities."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal

from timeline.extraction.date_choice import nearest_mention, post_dates
from timeline.extraction.dates import DateMention
from timeline.extraction.documents import Document, Post, Sentence
from timeline.extraction.entities import EntityFinder
from timeline.extraction.noun_names import ORGANISATION_ENDS
from timeline.extraction.phrases import PhraseMatch, PhraseMatcher, prepare
from timeline.extraction.sentences import asks
from timeline.extraction.templates import label_title
from timeline.extraction.title_judgement import reads_well
from timeline.extraction.titles import clause_headline
from timeline.model import Mark, Source
from timeline.partial_date import PartialDate
from timeline.taxonomy import Taxonomy
from timeline.vocabulary import Vocabulary

# How a candidate's date was found, strongest first: written out with its year, written relative
# to the post ("yesterday", "1st June"), taken from the post because it reports a thing now, or
# not found (the frame extractor's `undated`: it only adds a source to an event dated otherwise).
DateEvidence = Literal["absolute", "relative", "post", "undated"]
TitleKind = Literal["filled", "written", "clause", "bare"]
EVIDENCE_RANK: dict[DateEvidence, int] = {"absolute": 0, "relative": 1, "post": 2, "undated": 3}
ENTITY_ROLES = ("actor", "target", "successor")
QUOTE_LIMIT = 400
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
    telling: bool = False  # filed as what it told ("tells MPs that …"): its template says who told

    @property
    def shown_title(self) -> str:
        """Give the headline the event shows: the clause's fuller words when there are some."""
        return self.fuller_title or self.title

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
        self.entities.forget()  # what its sentences name is found once, for this document
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
        if asks(text):
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
        mine, yours = ours.get(role, ()), theirs.get(role, ())
        if (
            mine
            and yours
            and not _alike(mine, yours)
            and not _actor_as_successor(role, ours, theirs)
        ):
            return True
    return False


def _alike(ours: Collection[str], theirs: Collection[str]) -> bool:
    """Give whether two reports' names for a role share one, as letters and digits, or one a
    fuller name of the other ("Hinchingbrooke", "Hinchingbrooke Health Care NHS Trust";
    "Doncaster Childrens Services Trust" without its apostrophe), or the other's name after
    its post ("Levelling Up Secretary Greg Clark", "Greg Clark"; "Jo Farrar", "Farrar"), or its
    initials ("CMA")."""
    mine, yours = _words(ours), _words(theirs)
    return any(
        _fuller(a, b) or _fuller(b, a) or _initials_of(a, b) or _initials_of(b, a)
        for a in mine
        for b in yours
    )


def _initials_of(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """Give whether a one-word name is the other's initials ("CMA", "Competition and Markets
    Authority"), joining words left out."""
    initials = "".join(word[0] for word in name if word not in _JOINING_WORDS)
    return len(short) == 1 and len(initials) > 1 and short[0] == initials


_JOINING_WORDS = frozenset({"and", "of", "for", "the", "on", "in"})


def _fuller(name: tuple[str, ...], other: tuple[str, ...]) -> bool:
    if name[: len(other)] == other:
        return True
    ends = len(other) < len(name) and name[-len(other) :] == other
    return ends and (len(other) > 1 or other[0] not in _BODY_NOUNS)


# Words a body's name ends on, never a name alone: "Croydon Council" is no other "Council".
_BODY_NOUNS = frozenset(word.lower() for word in ORGANISATION_ENDS)


def _words(names: Collection[str]) -> list[tuple[str, ...]]:
    """Give each name's words in lower case, letters and digits only, "Limited" as "ltd"."""
    plain = (re.sub(r"[^\w\s]|_", "", name.lower()).split() for name in names)
    return [tuple("ltd" if word == "limited" else word for word in words) for words in plain]


def _actor_as_successor(
    role: str, ours: Mapping[str, Collection[str]], theirs: Mapping[str, Collection[str]]
) -> bool:
    if role != "actor":
        return False
    ours_next, theirs_next = set(ours.get("successor", ())), set(theirs.get("successor", ()))
    return bool(set(theirs["actor"]) & ours_next or set(ours["actor"]) & theirs_next)


_TITLE_KIND_RANK = {"filled": 0, "written": 1, "clause": 1, "bare": 2}


def title_quality(candidate: Candidate) -> tuple:
    """Give a key that puts first the plainest title: a filled headline that says more than
    who told whom, with most roles filled,
    then a written or clause headline, then a bare label; one telling the rating given, the
    strongest trigger, whole, one its clause says more fully, from the report that dates itself
    best, then shortest."""
    return (
        candidate.telling and candidate.title_kind == "filled",  # "MoJ tells MPs": not what
        _TITLE_KIND_RANK[candidate.title_kind],
        -candidate.roles_filled,
        -len(candidate.roles),
        _rating_untold(candidate),
        -candidate.weight,
        candidate.title.endswith("…"),
        candidate.fuller_title is None,
        EVIDENCE_RANK[candidate.evidence],
        len(candidate.title),
    )


def said_on(plainest: Candidate, candidates: Sequence[Candidate]) -> Candidate:
    """Give the report of one happening whose headline goes on from the plainest's words
    ("Sodexo takes over the running" → "… of the prison from the public sector") in the house
    style, the one that says most; else the plainest."""
    said = f"{plainest.shown_title} "
    longer = [c for c in candidates if c.shown_title.startswith(said) and reads_well(c.shown_title)]
    return max(longer, key=lambda c: len(c.shown_title)) if longer else plainest


def _rating_untold(candidate: Candidate) -> bool:
    """Give whether the report gave a rating its title does not tell."""
    return bool(candidate.rating) and candidate.rating.lower() not in candidate.title.lower()


def cue_matcher(taxonomy: Taxonomy) -> PhraseMatcher:
    """Give the matcher for the words that say "now", hedge a sentence or make it national."""
    return _CueMatcher(
        {
            "now": taxonomy.now_cues,
            "hedge": taxonomy.hedges,
            "national": taxonomy.national_phrases,
        }
    )


class _CueMatcher(PhraseMatcher):
    """The cue phrases, without a hedge's word written capitalised within a sentence: the month
    May ("on 22 May, also looked at") or a name's or title's word ("From Harm to Hope")."""

    def find(self, text: str) -> list[PhraseMatch]:
        return [cue for cue in super().find(text) if not _a_name(text, cue)]


def _a_name(text: str, cue: PhraseMatch) -> bool:
    return cue.label == "hedge" and cue.start > 0 and text[cue.start].isupper()


# "rated 'Inadequate'", "rated it as Good", "rated all 35 trusts in England and Wales as good"
FRAME_RATED = (
    r"(?:(?:rated|rate|judged|graded|assessed)"
    r"(?:(?:\s+[\w’'&-]+){0,10}?\s+(?:as|to\s+be)|(?:\s+[\w’'&-]+){1,3}?)?"
    # a verdict told as a noun: "Ofsted's judgement that children's services are now good"
    r"|(?:judgement|judgment|verdict|conclusion)\s+that(?:\s+[\w’'&-]+){1,10}?"
    r"\s+(?:is|are|was|were|has\s+been|had\s+been)(?:\s+now|\s+still)?)"
    r"\s*['\"‘“]?\s*"
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
