"""Candidate events by frames: the taxonomy's frames found in a sentence, judged, dated, titled.

The default extractor (`timeline extract`); events.py's one heaviest trigger per sentence,
round one's, stays behind `--triggers` for comparison. What a sentence names, found once for
all its frames, is named_here.py's.

One sentence may report several events, one per frame found in its clauses. A frame's verb
tells a report ("entered", "has entered", "was taken over") from what is not one: a question,
a hedge ("could enter"), a negation, a forecast ("will enter", unless announced today) or a
generic present ("publishes an annual report"). A happening named in passing ("the collapse of
Working Links", a frame marked `mention`) is dated only by a date written beside it; a report
with no date written takes its post's date only when it says it happened now ("today", "has
announced") or opens the post in the present perfect. Otherwise the candidate is `undated`: it
can join an event another report dates, never make one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from timeline.extraction.concerns import ConcernFinder
from timeline.extraction.dangling_ends import without_dangling_end
from timeline.extraction.date_anaphora import also_then, in_told_year, told_relatively
from timeline.extraction.date_patterns import is_month_name
from timeline.extraction.dates import DateMention
from timeline.extraction.documents import Document, Post, Sentence
from timeline.extraction.entities import EntityMention
from timeline.extraction.entry_times import EntryTimes
from timeline.extraction.events import (
    ENTITY_ROLES,
    FRAME_RATED,
    Candidate,
    RatingFinder,
    cue_matcher,
    sentence_source,
)
from timeline.extraction.frame_dating import (
    date_happening,
    last_named_time,
    match_end,
    match_start,
    sentence_dates,
)
from timeline.extraction.frame_patterns import compile_taxonomy_frame
from timeline.extraction.frame_text import phrase_start
from timeline.extraction.frame_titles import AMOUNT, FrameTitler, frame_titles, shown_amount
from timeline.extraction.frames import FrameMatch, FrameMatcher
from timeline.extraction.happening_times import told_earlier
from timeline.extraction.happenings import (
    announced_in_passing,
    infinitive_after,
    is_headline,
    report_kind,
    without_reporting_frames,
)
from timeline.extraction.headlines import sentence_case
from timeline.extraction.hedging import hedged
from timeline.extraction.lead_lines import LEAD_SENTENCES
from timeline.extraction.lemmas import tokenise
from timeline.extraction.marks import frame_marks
from timeline.extraction.named_here import NamedHere
from timeline.extraction.noun_names import names_a_thing
from timeline.extraction.phrases import prepare
from timeline.extraction.post_subject import Subject, SubjectFinder
from timeline.extraction.proper_names import find_names
from timeline.extraction.report_filters import (
    nothing_to_show,
    one_per_title,
    one_per_type,
    talked_about,
    told,
    without_echoes,
)
from timeline.extraction.report_timing import after_post, chronology_entry, foretold, news_cue
from timeline.extraction.sentences import asks
from timeline.extraction.titles import clause_headline
from timeline.extraction.told_decisions import filed_type
from timeline.extraction.trigger_reports import TriggerReports
from timeline.extraction.verb_readings import active_for_passive, of_after, rates_nothing
from timeline.model import Mark, Source
from timeline.partial_date import PartialDate
from timeline.vocabulary import Vocabulary

_SALUTATION = re.compile(r"(?:Dear|To)\s+(?:all|colleagues|members|sir|madam|[A-Z]\w+)\b[,:]?\s*$")


class FrameRecogniser:
    """Turns sentences into candidate events by the taxonomy's frames, compiled once."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        taxonomy = vocabulary.taxonomy
        self.vocabulary = vocabulary
        from timeline.extraction.events import EventRecogniser

        self._fallback = EventRecogniser(vocabulary)
        self.entities = self._fallback.entities  # one finder, whose sentences both read
        frames = [
            compile_taxonomy_frame(kind, frame, frame_titles(frame, kind), taxonomy.roles)
            for kind in taxonomy.event_types
            for frame in kind.frames
        ]
        self.frames = FrameMatcher(frames, taxonomy.roles)
        self._reporting_bodies = vocabulary.reporting_bodies
        self.cues = cue_matcher(taxonomy)
        self._places = {place.lower() for place in taxonomy.places}
        context = vocabulary.register.context
        self._common_nouns = {noun.lower() for noun in (*context.after, *context.group)}
        self._things = {word.lower() for word in taxonomy.things}
        self.ratings = RatingFinder(taxonomy.ratings, FRAME_RATED)
        self.titler = FrameTitler(vocabulary)
        self.subjects = SubjectFinder(
            vocabulary, self.entities, self._may_act, self._fallback.triggers, self.titler.noun
        )
        self.concerns = ConcernFinder(vocabulary)
        self.triggered = TriggerReports(self._fallback, self.cues, self.concerns, self.titler)

    def candidates(self, document: Document, include_comments: bool = False) -> list[Candidate]:
        """Give the candidate events of every post of document, in document order."""
        self.entities.forget()  # what its sentences name is found once, for this document
        found = []
        for post in document.posts:
            subject = self.subjects.subject(post, document.meta.site)
            sentences = [*post.sentences, *(post.comments if include_comments else ())]
            reported = []
            earlier = None  # the time the post last named: "the same day" is that day
            previous = None  # the time the sentence before named last: "also" did it then
            it = None  # whom the sentence before's opening "It" meant: this one's means it too
            story_time = None  # previous, told with no year written ("last year"): a story's
            entries = EntryTimes()
            for index, sentence in enumerate(sentences):
                if _SALUTATION.match(sentence.text):  # a letter quoted: its "we" is its writer
                    subject = replace(subject, speaking=None)
                lead = index < LEAD_SENTENCES
                named = sentence_dates(sentence.text, post, earlier)
                named = in_told_year(named, story_time) or also_then(sentence.text, previous)
                named = entries.carried(sentence.line, sentence.text, named)
                before = sentences[index - 1].text if index else None
                it = self.subjects.pronouns.it_means(sentence.text, before, it, post.posted)
                person = self.subjects.pronouns.person_means(sentence.text, before)
                here = replace(subject, it=it, person=person)
                reported += self._reports(sentence, post, document.name, here, lead, named)
                previous = last_named_time(sentence.text, named, post.posted)
                story_time = told_relatively(named, previous)
                earlier = previous or earlier
            found += self._headline_news(post, document.name, subject, reported) + reported
        return found

    def _headline_news(
        self, post: Post, document: str, subject: Subject, reported: list[Candidate]
    ) -> list[Candidate]:
        """Give what a post's title reports ("Private probation firm collapses") that no
        sentence of its body reports, dated, in a type of its own."""
        if not post.title:
            return []
        types = {candidate.type for candidate in reported if candidate.evidence != "undated"}
        title = Sentence(sentence_case(post.title), post.line)  # not "WILL NOT GO AHEAD"
        found = self.sentence_candidates(title, post, document, subject, True)
        return [candidate for candidate in found if candidate.type not in types]

    def sentence_candidates(
        self,
        sentence: Sentence,
        post: Post,
        document: str,
        subject: Subject,
        lead: bool,
        earlier: PartialDate | None = None,
    ) -> list[Candidate]:
        """Give the events sentence reports, one per frame found in it; earlier is the time
        the post last named before it ("on the same day" is that one)."""
        dates = sentence_dates(sentence.text, post, earlier)
        return self._reports(sentence, post, document, subject, lead, dates)

    def _reports(
        self,
        sentence: Sentence,
        post: Post,
        document: str,
        subject: Subject,
        lead: bool,
        dates: Sequence[DateMention],
    ) -> list[Candidate]:
        """Give the events sentence reports with the dates it writes."""
        text = sentence.text
        if asks(text):
            return []
        posted = post.posted
        entities = self.entities.find(text, posted)
        referents = self.subjects.referent_mentions(text, entities, subject)
        mentions = [*entities.mentions, *referents]
        found_names = find_names(text, mentions, subject.words)
        mentions += [name for name in found_names if self._may_act(name)]
        tokens = tokenise(text, mentions)
        found = self.frames.find(tokens, self._may_report)
        matches = [m for m in found if not talked_about(m)]  # "a reply to our … letter"
        if found and not matches:
            return []  # what the frames found is talked about: no trigger word reports it
        reported = without_echoes(without_reporting_frames(matches), text, dates)
        if reported:  # "told MPs that … has been stopped": the stopping, else the telling
            here = (sentence, post, document, subject, NamedHere(entities, referents), lead, dates)
            tellers = [m for m in matches if m not in reported]  # "… close to collapse"
            return self._framed(reported, *here) or self._framed(tellers, *here)
        # No frame here: the types' trigger words may still find an event (events.py).
        return self.triggered.report(sentence, post, document, subject.speaking, tokens, entities)

    def _may_report(self, match: FrameMatch) -> bool:
        """Give whether a match stands: a frame for a reporting body's word needs such a body
        ("the NAO said in December"; "the MoJ said" and "today's report on X" are no findings)."""
        if not match.frame.reporting_body:
            return True  # most frames: no role names to gather
        return bool(set(match.role_names().get("actor", ())) & self._reporting_bodies)

    def _may_act(self, name: EntityMention) -> bool:
        """Give whether a capitalised name may fill a role: not a frame's own wording ("Preferred
        Bidders"), nor a thing a headline stands for ("Race Action Programme"), nor a place."""
        words = name.text.split()
        # The name, or a run of two or more words ending it ("Department for Business" is no
        # "for business"), is a frame's own wording.
        ends = [i for i in range(max(1, len(words) - 1)) if not words[i].islower()]
        wording = any(self.frames.is_frame_wording(words[i:]) for i in ends)
        if wording or name.text.lower() in self._common_nouns:
            return False  # "Preferred Bidders", "Exceptional Delivery Models", a bare "CRC"
        if name.kind == "word" and self.frames.uses_word(name.text):
            return False  # "told Parliament": a word the frames read, not a firm's name
        if len(words) > 1 and names_a_thing(words, self._things):
            return False  # "a Race Action Programme", "A Strategy for Reform": done, not doers
        return name.name.lower() not in self._places and not is_month_name(name.text)

    def _headed(self, title: str, named_here: NamedHere, when: PartialDate) -> str:
        """Give a headline in the vocabulary's spelling, with the CRC or body the post calls by a
        word written by its name, a body by the name it had on the day and a commentator's words
        said plainly."""
        named = self.titler.named(named_here.spelt(title), named_here.referents)
        return self.titler.of_the_day(without_dangling_end(self.titler.plain(named)), when)

    def _framed(
        self,
        matches: list[FrameMatch],
        sentence: Sentence,
        post: Post,
        document: str,
        subject: Subject,
        named: NamedHere,
        lead: bool,
        dates: Sequence[DateMention],
    ) -> list[Candidate]:
        """Give the candidates of the frames found in sentence."""
        if not matches:
            return []
        text = sentence.text
        prepared = prepare(text, named.entities.mentions)
        found_cues = self.cues.find(prepared.text)
        cues = {cue.label for cue in found_cues} - {"hedge"}
        # A headline's present tense reports ("Firm fails audit"), and so does a chronology's
        # ("8 June. It says it will cut 3,000 jobs").
        cues |= {"now"} if is_headline(text) or chronology_entry(text, dates) else set()
        hedges = [prepared.sentence_span(c.start, c.end) for c in found_cues if c.label == "hedge"]
        # A post's lead telling the news its title names tells it now: "Firms handed extra
        # £170m" over "Private companies … are to be paid an extra £170 million".
        news = {m.type for m in matches} & subject.reported if lead else set()
        judged = [
            (m, cues | ({"hedge"} if hedged(m, hedges) else set()) | news_cue(m.type, news))
            for m in matches
        ]
        kept = told([(m, report_kind(m, c)) for m, c in judged])
        judged = [(m, c) for m, c in judged if m in kept]
        alone = len({m.type for m, _ in judged}) == 1  # the sentence's names are this report's
        found = (
            self._candidate(m, text, dates, c, named, post, lead, alone, subject) for m, c in judged
        )
        return [
            replace(c, source=sentence_source(sentence, post, document, c.source.marks))
            for c in one_per_title(one_per_type(c for c in found if c))
        ]

    def _candidate(
        self,
        match: FrameMatch,
        text: str,
        dates: Sequence[DateMention],
        cues: set[str],
        named_here: NamedHere,
        post: Post,
        lead: bool,
        alone: bool,
        subject: Subject,
    ) -> Candidate | None:
        entities = named_here.entities
        leads = lead and match.type in subject.reported
        kind = report_kind(match, cues)
        if kind is None or kind == "mention" and infinitive_after(match):
            return None  # "the failure of the company to meet the union": no collapse
        to_come = kind in ("decision", "plan")  # decided or announced, not yet done
        to_come = to_come or kind == "mention" and announced_in_passing(match)
        dated = date_happening(match, kind, text, dates, post, "now" in cues, leads)
        when, evidence, chosen, span = dated.when, dated.evidence, dated.chosen, dated.span
        kind = "report" if kind == "decision" else kind
        earlier = evidence in ("undated", "post") and told_earlier(match, text)
        said = match.frame.reporting_body and evidence == "undated"  # which finding, when?
        hedge = "hedge" in cues and (evidence != "absolute" or after_post(when, post))
        if hedge or earlier or said:
            return None  # hedged, or an earlier happening no date here tells
        if kind == "generic" and evidence not in ("absolute", "relative"):
            return None
        if not to_come and foretold(match, when, evidence, post):
            return None  # "from December 2020, when the contracts run out", written in 2019
        roles = match.role_names()
        if active_for_passive(match) and "target" in roles:
            roles = {"actor": roles["target"]}  # the rater, not the rated
        if match.frame.named and not roles:
            return None  # "the bail-out has bought no revolution": a common verb, no one named
        named = (
            entities.from_position(phrase_start(text, span[0])) if kind == "mention" else entities
        )
        named = self.concerns.beside(text, named, span[0])  # not "who own KSS CRC"
        crcs, owners = self.concerns.concerned(named if alone else None, roles, when)
        event_type = filed_type(match, text, to_come)
        if alone and not crcs and "national" not in cues and self.concerns.of_companies(event_type):
            # "they judged the CRC's work acceptable": the CRC the post is about
            crcs = list(dict.fromkeys(r.name for r in named_here.referents if r.kind == "crc"))
        crcs = self.concerns.placed_only(event_type, crcs, entities)
        if self.concerns.another_business(text) and not entities.crcs:
            crcs = []  # "the employability staff of Working Links": not its CRCs
        rated = self.ratings.locate(text) if match.type == "report_published" else None
        rating = rated.name if rated else None
        if (
            rating is None
            and match.frame.trailing == "rating"
            and (rates_nothing(match) or kind == "mention" or kind == "generic" and of_after(match))
        ):
            return None  # "Judging by this press release", "the worst rate of any": no grade
        named = [*owners, *self.titler.shown(crcs)]
        told = (match_start(match), match_end(match)) if to_come else span  # what was planned
        title, title_kind = self.titler.title(
            match,
            roles,
            rating,
            text,
            told,
            subject.speaking,
            named,
            to_come,
            subject.it or subject.organisation,
        )
        title = self.titler.said_fully(title, title_kind, match.type, text)
        court = self.concerns.court_of(event_type, roles)
        if court:  # "The High Court found in 2019 that Horizon contained bugs": a ruling
            event_type = self.concerns.rulings_type or event_type
            title, title_kind = self.titler.ruling(court, text, span, subject.speaking)
        title = self._headed(title, named_here, when)
        fuller = title_kind == "filled" or title_kind in ("written", "bare") and not roles
        fuller = fuller and not to_come
        fuller_title = fuller and self.titler.fuller(
            title, roles, text, span, subject.speaking, named_here.referents, match.verb
        )
        marks = frame_marks(match, chosen)
        marks += [Mark(rated.start, rated.end, "rating")] if rated else []
        amount = AMOUNT.search(text, match_start(match))
        if amount is None and match.frame.trailing == "amount" and "extra" in match.frame.pattern:
            return None  # "agreed to give us an extra 28 days": an extra that is no money
        if amount and shown_amount(amount.group()) in title:
            marks.append(Mark(amount.start(), amount.end(), "amount"))
        slots = [r for r in (match.frame.leading, match.frame.trailing, *match.frame.inner) if r]
        candidate = Candidate(
            type=event_type,
            date=when,
            evidence=evidence,
            title=title,
            crcs=tuple(crcs),
            owners=tuple(owners),
            holders=self.concerns.holders(event_type, crcs, owners, when),
            national="national" in cues and not crcs,
            rating=rating,
            source=Source(document="", quote=text, marks=marks),  # sourced by _framed
            weight=match.frame.weight,
            roles={
                role: tuple(names)
                for role, names in self.concerns.in_chambers(event_type, roles).items()
                if role in ENTITY_ROLES
            },
            title_kind=title_kind,
            telling=event_type == match.frame.decided_as != match.type,
            roles_filled=sum(1 for r in slots if roles.get(r)) / len(slots) if slots else 0.0,
            fuller_title=self._headed(fuller_title, named_here, when) if fuller_title else None,
        )
        stock = nothing_to_show(candidate, title_kind in ("written", "bare"), post.posted)
        if stock and (title_kind == "bare" or not _clause_says(text, (span, told), subject)):
            return None  # a written template is stock only when no clause says more
        return candidate


def _clause_says(text: str, spans: Sequence[tuple[int, int]], subject: Subject) -> bool:
    """Give whether the clause around one of spans makes a headline: the telling verb's, or
    that of what is to come."""
    return any(clause_headline(text, span, subject.speaking) for span in spans)
