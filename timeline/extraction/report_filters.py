"""Which of one sentence's reports stand: those that say something happened and show what,
one per type and date."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from timeline.extraction.date_choice import nearest_mention
from timeline.extraction.dates import DateMention
from timeline.extraction.describing import describes_a_name
from timeline.extraction.events import Candidate, roles_conflict, title_quality
from timeline.extraction.frame_dating import match_end, match_start
from timeline.extraction.frames import FrameMatch
from timeline.extraction.happenings import report_kind
from timeline.extraction.joined_subjects import TIME_BEFORE_PARTICIPLE
from timeline.extraction.lemmas import ARTICLES, Token, lemma_of
from timeline.model import Mark
from timeline.partial_date import PartialDate


def nothing_to_show(candidate: Candidate, stock_title: bool, posted: PartialDate | None) -> bool:
    """Give whether a report is "Report published" on its post's day by no one: a stock title
    (a label, or a template no clause could better), no date written, nobody named."""
    named = candidate.roles or candidate.crcs or candidate.owners or candidate.rating
    return stock_title and _posts_day_only(candidate, posted) and not named


def bare_trigger_word(candidate: Candidate, posted: PartialDate | None) -> bool:
    """Give whether a report found by a trigger word alone says nothing a reader could use: a
    bare label, nobody named, and no day or month written ("since 2015", "four years ago",
    "today")."""
    vague = _posts_day_only(candidate, posted) or candidate.date.precision == "year"
    return candidate.title_kind == "bare" and vague and not candidate.crcs + candidate.owners


def _posts_day_only(candidate: Candidate, posted: PartialDate | None) -> bool:
    """Give whether a report is dated by its post's day alone, or, under a bare label, by a
    "today" that says no more ("Report published" from "an email today about a rating")."""
    today = candidate.evidence == "relative" and candidate.date == posted
    return candidate.evidence == "post" or today and candidate.title_kind == "bare"


# A noun after a preposition and its article is what another word is about, never the report.
_OBJECT_PREPOSITIONS = frozenset({"to", "about", "over", "on", "into", "against", "for"})
_OBJECT_OF_PREPOSITION = re.compile(
    rf"\b(?:{'|'.join(sorted(_OBJECT_PREPOSITIONS))})\s+(?:the|a|an|this|that|its|their)\s+"
    r"(?:(?P<described>\S+)\s+)?\Z",
    re.I,
)
_NAMING_WORDS = frozenset(
    ["the", "a", "an", "such", "these", "those", "this", "that", "its", "their", "his", "her"]
    + ["any", "no", "our", "your", "of", "with", "after", "before", "despite", "amid"]
)


def named_in_passing(text: str, candidate: Candidate, cues: set[str]) -> bool:
    """Give whether a trigger word's report dated by its post only names a happening ("a long
    road back with such drastic staff cuts"): its trigger follows an article or preposition
    within two words (three before a noun), and nothing says it happened now."""
    trigger = _trigger_mark(candidate)
    if trigger is None:
        return False
    noun = not lemma_of(text[trigger.start : trigger.end].split()[-1].lower())[1]
    if _after_preposition(text[: trigger.start], noun):
        return True  # "comments related to the sell-off": what the comments were about
    if candidate.evidence != "post" or "now" in cues:
        return False
    before = text[: trigger.start].lower().split()[-3 if noun else -2 :]
    return any(word in _NAMING_WORDS for word in before)  # "the expected grand announcement"


def _after_preposition(before: str, noun: bool) -> bool:
    """Give whether a trigger is what a preposition governs: a noun right after its article
    ("comments related to the sell-off"), or any trigger one describing word after it, which
    makes it a noun ("I draw your attention to the branch report")."""
    found = _OBJECT_OF_PREPOSITION.search(before)
    described = found and found.group("described")
    return bool(found) and (described.islower() if described else noun)


def talked_about(match: FrameMatch) -> bool:
    """Give whether a noun-phrase frame is a preposition's object with a possessive ("an
    inadequate reply to our pre action protocol letter"): something of someone's talked about,
    not a happening reported ("in response to the collapse of X in February" still is); or
    what is asked about or denied ("whether the contract was let", "without a pay rise")."""
    tokens, verb = match.tokens, match.verb
    if _asked_or_denied(tokens, match.first):
        return True
    finite = verb is not None and (verb.auxiliaries or verb.forms & {"VBD", "VBN", "VBZ"})
    if finite and match.first <= tokens.index(verb) < match.last:
        return False  # the frame's own verb tells it
    if _a_topic(tokens, match.first):
        return True  # "a consultation on a change of ownership": what it is about
    position = match.first - 1
    return (
        position >= 1
        and tokens[position].lemma in _POSSESSIVES
        and tokens[position - 1].lemma in _OBJECT_PREPOSITIONS
    )


_POSSESSIVES = frozenset({"its", "their", "our", "your", "his", "her", "my"})


def _a_topic(tokens: Sequence[Token], first: int) -> bool:
    """Give whether the words from first on are what a consultation, debate or inquiry is
    about ("a consultation on a change of ownership", "a debate about the sale")."""
    before = [t.lemma for t in tokens[max(0, first - 3) : first] if t.lemma not in ARTICLES]
    doing = first < len(tokens) and "VBG" in tokens[first].forms  # "a consultation on cutting
    # 400 posts" starts the cutting
    return len(before) >= 2 and before[-1] in _ABOUT and before[-2] in _TOPIC_NOUNS and not doing


_ABOUT = frozenset({"on", "about", "into", "over"})
# What is yet to be decided; not an inquiry or review, which looks into what happened.
_TOPIC_NOUNS = frozenset({"consultation", "debate", "talk", "vote", "proposal", "paper"})


def _asked_or_denied(tokens: Sequence[Token], first: int) -> bool:
    """Give whether the words from first on are asked about ("whether the contract would be
    let", "whether Serco won the contract") or denied by "without" ("without a pay rise")."""
    before = [token.lemma for token in tokens[max(0, first - 2) : first]]
    if before and before[-1] in _ASKING:
        return True
    if len(before) == 2 and before[0] in _ASKING and tokens[first - 1].entity is not None:
        return True  # "whether Serco won"
    return "without" in before and (before[-1] == "without" or before[-1] in _ANY)


_ASKING = frozenset({"whether"})  # "asked why X had been handed the contract": it had
_ANY = frozenset({"a", "an", "any", "the"})
_NOT_REPORTED = frozenset({"will", "would", "could", "might", "may", "should", "shall", "can"})


def unreported(tokens: Sequence[Token], candidate: Candidate) -> bool:
    """Give whether the verb of a trigger word's sentence says it did not happen: a forecast,
    hedge or negation ("the committee will be looking", "may not end"), or a one-word trigger
    is a verb after "to", a duty or a plan ("is due to report", "have to report to us")."""
    nearest = _trigger_verb(tokens, candidate)
    return _infinitive(tokens, candidate) or (
        nearest is not None and (nearest.negated or bool(_NOT_REPORTED & set(nearest.auxiliaries)))
    )


def _infinitive(tokens: Sequence[Token], candidate: Candidate) -> bool:
    trigger = _trigger_mark(candidate)
    if trigger is None:
        return False
    at = next((i for i, t in enumerate(tokens) if t.start == trigger.start), None)
    word = tokens[at] if at is not None else None
    one_word = word is not None and word.end == trigger.end
    return one_word and at > 0 and tokens[at - 1].lemma == "to" and "VB" in word.forms


def _trigger_verb(tokens: Sequence[Token], candidate: Candidate) -> Token | None:
    """Give the verb nearest a trigger word's report's trigger, if any."""
    trigger = _trigger_mark(candidate)
    if trigger is None:
        return None
    near = [t for t in tokens if trigger.start - 30 <= t.start and t.start < trigger.end + 30]
    verbs = [t for t in near if t.auxiliaries or t.forms & {"VBD", "VBN", "VBZ"}]
    return min(verbs, key=lambda t: abs(t.start - trigger.start), default=None)


def generic_present(tokens: Sequence[Token], candidate: Candidate, cues: set[str]) -> bool:
    """Give whether a trigger word's report dated by its post is told in the generic present
    ("the strategy includes a welcome end to plans"), with nothing saying it happened now."""
    trigger = _trigger_mark(candidate)
    if trigger is None or candidate.evidence != "post" or "now" in cues:
        return False
    inside = [t for t in tokens if trigger.start <= t.start < trigger.end]
    if any(t.auxiliaries or t.forms & {"VBD", "VBN"} for t in inside):
        return False  # "has resigned": the trigger is its own verb
    outside = [t for t in tokens if t not in inside and not t.text[:1].isupper()]  # "Wales"
    nearest = _trigger_verb(outside, candidate)
    finite = nearest.forms & {"VBD", "VBN", "VBZ"} if nearest else set()
    return nearest is not None and not nearest.auxiliaries and finite == {"VBZ"}


def dated_since(text: str, candidate: Candidate) -> bool:
    """Give whether a trigger word's report takes its date from a clause "since" opens after the
    trigger ("The report is the first NAO study since the work came back … on 26 June 2021"):
    the start of a state, another happening's time."""
    trigger = _trigger_mark(candidate)
    date = next((m for m in candidate.source.marks if m.kind == "date"), None)
    if trigger is None or date is None or date.start < trigger.end:
        return False
    return _SINCE_CLAUSE.search(text, trigger.end, date.start) is not None


_SINCE_CLAUSE = re.compile(r"\bsince\b[^,;]*\Z", re.I)


def describes_a_name_done(tokens: Sequence[Token], candidate: Candidate) -> bool:
    """Give whether a trigger word's verb tells what a name has done, in a clause after it
    ("Capita, which has sold businesses …, said"): no news of the post's day."""
    trigger = _trigger_mark(candidate)
    verbs = [t for t in tokens if trigger and t.forms and trigger.start <= t.start < trigger.end]
    return bool(verbs) and describes_a_name(tokens, verbs[0])


def _trigger_mark(candidate: Candidate) -> Mark | None:
    """Give the mark of the trigger word that found a report, if any."""
    return next((m for m in candidate.source.marks if m.kind == "trigger"), None)


def one_per_type(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Give one candidate per type and date among one sentence's: two frames of one type whose
    roles agree and that are dated alike ("HM Inspectorate of Probation said in its report that
    Working Links …") report one happening, told by the one with most roles filled, naming what
    both name; a loose frame's (`yields`) is told by any other of its type and date."""
    kept: list[Candidate] = []
    for candidate in candidates:
        same = next((k for k in kept if _same_report(k, candidate)), None)
        if same is None:
            kept.append(candidate)
            continue
        first, second = sorted((same, candidate), key=_yielding_last)
        roles = {
            role: tuple(dict.fromkeys((*first.roles.get(role, ()), *second.roles.get(role, ()))))
            for role in {*first.roles, *second.roles}
        }
        kept[kept.index(same)] = replace(
            first,
            crcs=tuple(dict.fromkeys(first.crcs + second.crcs)),
            owners=tuple(dict.fromkeys(first.owners + second.owners)),
            roles=roles,
        )
    return [k for k in kept if not (_loose(k) and any(_told_by(k, other) for other in kept))]


def one_per_title(candidates: Sequence[Candidate]) -> list[Candidate]:
    """Give one candidate per title and date among one sentence's: two frames whose clause made
    one headline ("Discharge grant handed to prisoners on release raised from £46 to £76") tell
    one happening: the frame matching more words tells it, else the one whose trigger ends later
    (a subject's participle comes before its clause's main verb)."""
    last: dict[tuple, Candidate] = {}
    for candidate in candidates:
        key = (candidate.title.lower(), candidate.date)
        held = last.get(key)
        if held is None or _telling(candidate) > _telling(held):
            last[key] = candidate
    return [c for c in candidates if last[(c.title.lower(), c.date)] is c]


def _telling(candidate: Candidate) -> tuple[int, int]:
    """Give how surely a candidate's frame tells its clause: the more words its pattern
    matched, then the later its trigger ends."""
    mark = _trigger_mark(candidate)
    return candidate.weight, mark.end if mark else -1


def _loose(candidate: Candidate) -> bool:
    """Give whether a candidate is a loose frame's: one marked `yields`, compiled to weight 0."""
    return candidate.weight == 0


def _told_by(loose: Candidate, other: Candidate) -> bool:
    """Give whether a loose frame's candidate is told by another of the sentence's, of its type
    and date, whoever it names ("HMP Northumberland was formed in 2011 when HMP Acklington and
    HMYOI Castington were merged": the merger)."""
    return _dated_alike(loose, other) and not _loose(other)


def _yielding_last(candidate: Candidate) -> tuple:
    """Give a key that puts a loose frame's candidate after any other, then the plainest title
    first."""
    return (_loose(candidate), *title_quality(candidate))


def _dated_alike(first: Candidate, second: Candidate) -> bool:
    """Give whether two candidates have one type and date, dated the same way."""
    return (first.type, first.date, first.evidence) == (second.type, second.date, second.evidence)


def _same_report(first: Candidate, second: Candidate) -> bool:
    """Give whether two candidates have one type and date and name no different actor, target
    or successor."""
    return _dated_alike(first, second) and not roles_conflict(first.roles, second.roles)


_JOINING = frozenset({"and", "but", "while", "whereas"})


def without_generic(matches: list[FrameMatch]) -> list[FrameMatch]:
    """Give matches without the generic ones ("announced") whose clause holds a specific match:
    there they only tell how that one was made known. A clause joined on (", and that in
    November the Government abandoned …") keeps its own."""
    specific = {_clause(m.tokens, m.first) for m in matches if not m.frame.generic}
    return [m for m in matches if not m.frame.generic or _clause(m.tokens, m.first) not in specific]


def told(kinds: list[tuple[FrameMatch, str | None]]) -> list[FrameMatch]:
    """Give the matches that tell a happening, given each with how its verb tells it: not
    untold (None), nor a generic one after a match of its type in its clause that is untold,
    planned or decided, which is that one's object ("the intention to ballot its members for
    industrial action and action short of a strike": a ballot intended, no action taken)."""
    untold = [m for m, kind in kinds if kind in (None, "plan", "decision")]
    return [
        m
        for m, kind in kinds
        if kind is not None and not (kind == "generic" and any(_object_of(m, u) for u in untold))
    ]


def _object_of(match: FrameMatch, untold: FrameMatch) -> bool:
    return (
        match.type == untold.type
        and untold.first < match.first
        and _clause(match.tokens, match.first) == _clause(untold.tokens, untold.first)
    )


def _clause(tokens: Sequence[Token], position: int) -> int:
    """Give which of the sentence's clauses (split at ";", ", and" and a participle after a
    preposition of time) holds the token at position."""
    breaks = 0
    for index in range(1, position + 1):
        before, token = tokens[index - 1], tokens[index]
        if token.text == ";" or (before.text.endswith(",") and token.lemma in _JOINING):
            breaks += 1
        elif before.lemma in TIME_BEFORE_PARTICIPLE and "VBG" in token.forms:
            breaks += 1  # "set out the plan a week after becoming Lord Chancellor": two clauses
    return breaks


def without_echoes(
    matches: list[FrameMatch], text: str, dates: Sequence[DateMention]
) -> list[FrameMatch]:
    """Give matches without the generic ones ("announced", "said") in the clause of a
    specific one (without_generic), unless a date of their own makes them
    another happening ("debated on 23rd October the new model for Wales announced earlier
    this summer")."""
    # A specific frame that tells nothing ("warned the prisons were close to collapse")
    # silences no generic one ("announced it on 12 July").
    telling = [m for m in matches if m.frame.generic or report_kind(m, set()) is not None]
    specific = [m for m in telling if not m.frame.generic]
    kept = without_generic(telling)
    if not specific or len(kept) == len(telling):
        return kept + [m for m in matches if m not in telling]

    def date_of(match: FrameMatch) -> DateMention | None:
        return nearest_mention(dates, match_start(match), match_end(match), text)

    taken = {id(date_of(m)) for m in specific}
    return [
        m
        for m in matches
        if m in kept or m not in telling or (own := date_of(m)) is not None and id(own) not in taken
    ]
