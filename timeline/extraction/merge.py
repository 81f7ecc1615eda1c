"""One event per real happening: the candidates that report the same thing become one event."""

from __future__ import annotations

import datetime as dt
import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence

from timeline.extraction.event_ids import id_subject, with_unique_ids
from timeline.extraction.events import (
    ENTITY_ROLES,
    EVIDENCE_RANK,
    Candidate,
    roles_conflict,
    said_on,
    title_quality,
)
from timeline.extraction.headline_names import owner_named
from timeline.extraction.packed_sources import PackedSource, unpacked
from timeline.extraction.told_twice import told_twice
from timeline.model import Event, Source, sort_events
from timeline.partial_date import PRECISIONS, PartialDate

# Reports of one happening dated by day may differ by this much (a post quoting "yesterday's"
# news on the day after, a press release dated the day before the blog post).
DAY_TOLERANCE = 3
ECHO_WORDS = 12  # a run of words two quotes of one document share: one report quoted twice
_WRITTEN = ("absolute", "relative")  # dated by the sentence's own words
SourceLike = Source | PackedSource  # a block's candidates hold packed sources (blocks.py)


class _Happening:
    """The candidates found to report one happening, with what admitting another needs."""

    def __init__(self, first: Candidate) -> None:
        self.type = first.type
        self.candidates = [first]
        self.best = first  # most precise date, strongest evidence, earliest
        self.entities = {*first.crcs, *first.owners}
        self.owners = set(first.owners)
        self.national = first.national
        self.roles = {role: set(names) for role, names in first.roles.items()}

    def add(self, candidate: Candidate) -> None:
        """Count candidate as a report of this happening."""
        self.candidates.append(candidate)
        self.best = min(self.best, candidate, key=_date_quality)
        self.entities.update(candidate.crcs, candidate.owners)
        self.owners.update(candidate.owners)
        self.national = self.national or candidate.national
        for role, names in candidate.roles.items():
            self.roles.setdefault(role, set()).update(names)

    def conflicts(self, candidate: Candidate) -> bool:
        """Give whether candidate names another actor, target, successor or owner than this
        one ("Seetec cuts jobs" and "Working Links cuts jobs" share CRCs, not a happening)."""
        if self.owners and candidate.owners and not self.owners & set(candidate.owners):
            return True
        single = {frozenset(c.owners) for c in self.candidates if len(c.owners) == 1}
        if len(candidate.owners) == 1 and single and frozenset(candidate.owners) not in single:
            return True  # "Sodexo, Interserve … took over" ties no Sodexo report to Interserve's
        return roles_conflict(self.roles, candidate.roles)

    def admits(self, candidate: Candidate) -> bool:
        """Give whether candidate reports this happening (an undated one: at any time)."""
        if candidate.type != self.type or self.conflicts(candidate):
            return False
        theirs = set(candidate.crcs) | set(candidate.owners)
        ours = self.entities
        if candidate.evidence == "undated":  # a date of its own cannot tie it: a name must
            if _actor_alone(candidate):
                return False  # "the inspectorate published a report": which of its many?
            return bool(ours & theirs or _role_names(self.roles) & _role_names(candidate.roles))
        if not _same_time(self.best.date, candidate.date):
            return self.echoed_by(candidate)
        if ours & theirs or (self.national and candidate.national):
            return True
        # A national report and one naming no one may agree, unless their document dates them
        # apart.
        return not ours and not theirs and not self.dated_apart(candidate)

    def dated_apart(self, candidate: Candidate) -> bool:
        """Give whether a sentence of candidate's document dates one of these reports otherwise
        than candidate's own words date it, and no name ties them ("the union registered a
        dispute last week"; "yesterday it gave notice of a ballot"): two happenings."""
        if candidate.evidence not in _WRITTEN:
            return False
        if _role_names(candidate.roles) & _role_names(self.roles):
            return False
        source = candidate.source
        return any(
            c.source.document == source.document
            and c.source.line != source.line
            and c.evidence in _WRITTEN
            and c.date != candidate.date
            for c in self.candidates
        )

    def echoed_by(self, candidate: Candidate) -> bool:
        """Give whether candidate quotes, in a document one of these reports is from, the same
        words at length (a blog quoting one news item twice, its "this week" read against two
        posts): the same report, whatever dates the two readings gave it."""
        source = candidate.source
        ours = [  # another sentence: two clauses of one sentence are two reports
            c
            for c in self.candidates
            if c.source.document == source.document and c.source.line != source.line
        ]
        if not ours:
            return False
        theirs = _word_runs(unpacked(candidate.source).quote)
        return any(theirs & _word_runs(unpacked(c.source).quote) for c in ours)


def _role_names(roles: Mapping[str, Iterable[str]]) -> set[str]:
    """Give every name a report's roles hold."""
    return {name for names in roles.values() for name in names}


def _word_runs(quote: str) -> set[tuple[str, ...]]:
    """Give the runs of ECHO_WORDS words a quote holds, in lower case."""
    words = re.findall(r"[a-z0-9]+", quote.lower())
    return {tuple(words[i : i + ECHO_WORDS]) for i in range(len(words) - ECHO_WORDS + 1)}


def merge_candidates(candidates: Iterable[Candidate]) -> list[Event]:
    """Give one event per happening the candidates report, sorted by date then id.

    Each candidate joins the first happening, in the order they were found, that admits it. The
    index only narrows which happenings are asked (those of its type, near its date, sharing a
    name), so the work grows with the candidates, not with their square; admits decides.
    """
    happenings = told_twice(_happenings(candidates))  # the index is let go before events
    return sort_events(with_unique_ids([_event(happening) for happening in happenings]))


def _happenings(candidates: Iterable[Candidate]) -> list[_Happening]:
    index = _HappeningIndex()
    for candidate in sorted(candidates, key=_candidate_order):
        home = index.first_admitting(candidate)
        if home is not None:
            index.happenings[home].add(candidate)
            index.file(home)  # it may now carry more names, or (in principle) a better date
        elif candidate.evidence != "undated":  # an undated report only adds a source
            index.add(_Happening(candidate))
    return index.happenings


class _HappeningIndex:
    """The happenings found so far, in the order found, filed under every key a candidate they
    could admit looks under: its type with a time bucket and a name (dated candidates), or its
    type with a name (undated ones, which join at any time).

    The keys hold for any admits that asks: the same type; for a dated candidate, a time
    _same_time accepts (DAY_TOLERANCE read here) and a shared name, national on both sides, or
    no name on either side (national or not); for an undated one, a shared entity or role name,
    and no other name in the first role it fills. Refusals (conflicts) may
    grow freely. A rule that admits beyond these needs a key here: the property test in
    tests/test_merge.py, against the loop that asks every happening, says so.
    """

    def __init__(self) -> None:
        self.happenings: list[_Happening] = []
        self._filed: dict[tuple, list[int]] = {}  # key -> happening numbers, ascending

    def add(self, happening: _Happening) -> None:
        """File a newly found happening after all the others."""
        self.happenings.append(happening)
        self.file(len(self.happenings) - 1)

    def file(self, number: int) -> None:
        """File happening number under the keys it has gained (old keys stay: admits decides).

        Whether it is filed under a key already is looked up there, not kept for each
        happening: the keys of the largest block's happenings would double its memory."""
        for key in _happening_keys(self.happenings[number]):
            numbers = self._filed.setdefault(key, [])
            at = bisect_left(numbers, number)
            if at == len(numbers) or numbers[at] != number:
                numbers.insert(at, number)

    def first_admitting(self, candidate: Candidate) -> int | None:
        """Give the number of the first-found happening that admits candidate, if any."""
        found = [self._filed[key] for key in _candidate_keys(candidate) if key in self._filed]
        asked = None
        for number in heapq.merge(*found):
            if number != asked and self.happenings[number].admits(candidate):
                return number
            asked = number
        return None


def _happening_keys(happening: _Happening) -> set[tuple]:
    """Give the keys to file a happening under: its best date exactly and the span at each
    coarser precision that holds it, each with each name (and national, or unnamed); and its
    entity and role names for undated candidates."""
    best = happening.best.date
    coarser = PRECISIONS[: PRECISIONS.index(best.precision)]
    times = [("at", best), *(("in", p, PartialDate.from_date(best.start(), p)) for p in coarser)]
    names: list[tuple] = [("name", name) for name in happening.entities]
    if happening.national:
        names.append(("national",))
    if not happening.entities:
        names.append(("unnamed",))
    keys = {(happening.type, time, name) for time in times for name in names}
    keys.update((happening.type, "document", c.source.document) for c in happening.candidates)
    roles = _role_names(happening.roles)
    named = [("entity", name) for name in happening.entities] + [("role", n) for n in roles]
    for name in named:
        keys.add((happening.type, "undated", name))
        # Under each role's names too (None: none yet), so that an undated candidate naming
        # an actor skips the happenings whose actor is another without asking each.
        for role in ENTITY_ROLES:
            filled = happening.roles.get(role)
            keys.update((happening.type, "undated", name, role, n) for n in filled or [None])
        # An actor may be told as the successor elsewhere (events.roles_conflict).
        successors = happening.roles.get("successor", ())
        keys.update((happening.type, "undated", name, "actor", n) for n in successors)
    return keys


def _actor_alone(candidate: Candidate) -> bool:
    """Give whether an undated report names only who acted, no CRC, owner or other role: it
    cannot tell which of that actor's happenings it is."""
    return not candidate.crcs and not candidate.owners and set(candidate.roles) == {"actor"}


def _candidate_keys(candidate: Candidate) -> set[tuple]:
    """Give the keys under which the happenings that could admit candidate are filed."""
    theirs = {*candidate.crcs, *candidate.owners}
    if candidate.evidence == "undated":
        if _actor_alone(candidate):
            return set()
        roles = {name for names in candidate.roles.values() for name in names}
        named = [("entity", name) for name in theirs] + [("role", name) for name in roles]
        role = next((role for role in ENTITY_ROLES if candidate.roles.get(role)), None)
        if role is None:
            return {(candidate.type, "undated", name) for name in named}
        filled = [None, *candidate.roles[role]]
        if role == "actor":  # one whose actor is this one's successor (events.roles_conflict)
            filled += candidate.roles.get("successor", ())
        return {(candidate.type, "undated", name, role, n) for name in named for n in filled}
    date = candidate.date
    coarser = PRECISIONS[: PRECISIONS.index(date.precision)]
    # A happening dated as coarsely or as finely: the span holding this date, or within it.
    times = {("at", date), ("in", date.precision, date)}
    times.update(("at", PartialDate.from_date(date.start(), p)) for p in coarser)
    if date.precision == "day":
        times.update(("at", day) for day in _days_around(date.start(), DAY_TOLERANCE))
    names: list[tuple] = [("name", name) for name in theirs]
    if candidate.national:
        names.append(("national",))
    if not theirs:
        names.append(("unnamed",))
    keys = {(candidate.type, time, name) for time in times for name in names}
    return keys | {(candidate.type, "document", candidate.source.document)}  # echoed_by


def _days_around(day: dt.date, tolerance: int) -> list[PartialDate]:
    """Give the days within tolerance of day, as PartialDates (none past the calendar's ends)."""
    around = []
    for offset in range(-tolerance, tolerance + 1):
        try:
            around.append(PartialDate.from_date(day + dt.timedelta(days=offset)))
        except (OverflowError, ValueError):
            continue
    return around


def _candidate_order(candidate: Candidate) -> tuple:
    source = candidate.source
    return (candidate.type, _date_quality(candidate), source.document, source.line or 0)


def _date_quality(candidate: Candidate) -> tuple:
    precision_rank = -PRECISIONS.index(candidate.date.precision)
    return (precision_rank, EVIDENCE_RANK[candidate.evidence], candidate.date.sort_key())


def _same_time(first: PartialDate, second: PartialDate) -> bool:
    """Give whether two dates can be reports of the same moment."""
    if first.precision == "day" and second.precision == "day":
        return abs((first.start() - second.start()).days) <= DAY_TOLERANCE
    coarse, fine = sorted((first, second), key=lambda d: PRECISIONS.index(d.precision))
    return coarse.precision != "year" and coarse.contains(fine) or first == second


def _ordered_union(groups: Iterable[Sequence[str]]) -> list[str]:
    return list(dict.fromkeys(name for group in groups for name in group))


def _event(happening: _Happening) -> tuple[Event, str]:
    """Give the happening's event and the subject its id is named by: an owner it names, not
    one that only held its CRCs (the ids stay as they were before holders were shown)."""
    best = happening.best
    candidates = sorted(happening.candidates, key=_date_quality)
    plainest = said_on(min(candidates, key=title_quality), candidates)
    # Its post shows the words that gave the title: a title never says what no quote says.
    shown = _unique_sources([plainest.source, *(c.source for c in candidates)])
    sources = [unpacked(source) for source in shown]
    ratings = [c.rating for c in candidates if c.rating]
    roles = {
        role: _ordered_union(c.roles.get(role, ()) for c in candidates)
        for role in ENTITY_ROLES
        if any(c.roles.get(role) for c in candidates)
    }
    owners, crcs, holders = _concerned(happening.candidates[0], candidates)
    concerned = _ordered_union([owners, holders])
    event = Event(
        id="pending",
        date=str(best.date),
        type=happening.type,
        title=owner_named(plainest.shown_title, concerned),
        crcs=crcs,
        owners=concerned,
        national=happening.national and not any(c.crcs for c in candidates),
        rating=ratings[0] if ratings else None,
        roles=roles,
        confidence=confidence(best, plainest, len(sources)),
        sources=sources,
    )
    return event, id_subject(event, owners)


def _concerned(
    first: Candidate, candidates: Sequence[Candidate]
) -> tuple[list[str], list[str], list[str]]:
    """Give the owners and CRCs a happening concerns: those of the report that found it and of
    the reports naming one owner, and the CRCs of the dated ones. A later report naming "Sodexo
    and Interserve" that joined Sodexo's award adds neither Interserve nor its CRCs; an undated
    one ("the report notes that Interserve …") only adds a source, not its owner's CRCs. Last,
    who held those CRCs on the day."""
    named = [first, *(c for c in candidates if len(c.owners) <= 1)]
    owners = _ordered_union(c.owners for c in named)
    dated = [c for c in candidates if c is first or c.evidence != "undated"]
    kept = [c for c in dated if set(c.owners) <= set(owners)]
    return owners, _ordered_union(c.crcs for c in kept), _ordered_union(c.holders for c in kept)


_DATE_SCORE = {"absolute": 1.0, "relative": 0.85, "post": 0.7, "undated": 0.0}


def confidence(dated_by: Candidate, titled_by: Candidate, independent_sources: int) -> float:
    """Give how far to trust an event, 0 to 1: how its date was found (0.45), how many of its
    frame's roles were filled (0.25), and how many posts or documents report it (0.3)."""
    score = (
        0.45 * _DATE_SCORE[dated_by.evidence]
        + 0.25 * titled_by.roles_filled
        + 0.3 * (1 - 0.5**independent_sources)
    )
    return round(score, 2)


def _unique_sources(sources: Iterable[SourceLike]) -> list[SourceLike]:
    """Give one source per post or document (the first, best dated), in post date order."""
    unique: dict[tuple, Source] = {}
    for source in sources:
        unique.setdefault((source.document, source.post_date, source.post_title), source)
    return sorted(unique.values(), key=lambda s: (s.post_date or "", s.document, s.line or 0))
