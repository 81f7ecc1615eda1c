"""A sentence no frame matches, read by the types' trigger words (round one's extractor,
events.py) and judged as the frames' reports are: no event where its verb reports nothing."""

from __future__ import annotations

from dataclasses import replace

from timeline.extraction.concerns import ConcernFinder
from timeline.extraction.documents import Post, Sentence
from timeline.extraction.entities import Entities
from timeline.extraction.events import Candidate, EventRecogniser
from timeline.extraction.frame_text import bracketed_tokens
from timeline.extraction.frame_titles import FrameTitler, canonical_spellings
from timeline.extraction.lemmas import Token
from timeline.extraction.phrases import PhraseMatcher, prepare
from timeline.extraction.report_filters import (
    bare_trigger_word,
    dated_since,
    describes_a_name_done,
    generic_present,
    named_in_passing,
    unreported,
)
from timeline.extraction.report_timing import after_post


def told_past(tokens: list[Token]) -> bool:
    """Give whether the sentence tells in the simple past ("were introduced", "announced"),
    without "has" or "today": a past happening its post's day does not date."""
    verbs = [t for t in tokens if t.forms & {"VBD", "VBN", "VBZ", "VBP"} and t.auxiliaries]
    verbs += [t for t in tokens if t.forms == frozenset({"VBD"})]
    return bool(verbs) and not any("have" in t.auxiliaries or t.forms & {"VBZ"} for t in verbs)


def _acted(tokens: list[Token]) -> bool:
    """Give whether someone named did something in the past in the sentence ("The Justice
    Select Committee held a hearing"), unlike a notice ("Members' meeting for staff seconded to
    Southwest One: Thursday 18 April")."""
    pairs = zip(tokens, tokens[1:], strict=False)
    return any(
        "VBD" in verb.forms
        and doer.lemma != "to"  # "(room to be confirmed)": what is still to be done
        and (verb.auxiliaries or doer.entity or doer.text[:1].isupper())
        for doer, verb in pairs
    )


class TriggerReports:
    """Finds the event a sentence's trigger words report, with the frames' judges."""

    def __init__(
        self,
        recogniser: EventRecogniser,
        cues: PhraseMatcher,
        concerns: ConcernFinder,
        titler: FrameTitler,
    ) -> None:
        self._recogniser = recogniser
        self._cues = cues
        self._concerns = concerns
        self._titler = titler

    def report(
        self,
        sentence: Sentence,
        post: Post,
        document: str,
        speaking: str | None,
        tokens: list[Token],
        entities: Entities,
    ) -> list[Candidate]:
        """Give the event sentence's trigger words report, if its verb reports one, with the
        CRCs its owners held and who held its CRCs then."""
        text = sentence.text
        bracketed = bracketed_tokens(tokens)  # "(chair: Sir Alan Beith)" holds no verb of the line
        outside = (t for i, t in enumerate(tokens) if i not in bracketed)
        if not any(t.forms and t.text.islower() for t in outside):
            return []  # "Committee: Justice Committee (chair: …)": a heading of names, no verb
        found = self._recogniser.candidate(sentence, post, document, speaking)
        if found is None or bare_trigger_word(found, post.posted):
            return []
        cues = {cue.label for cue in self._cues.find(prepare(text, entities.mentions).text)}
        if (
            found.evidence == "post"
            and "now" not in cues
            and told_past(tokens)
            or found.evidence == "post"
            and describes_a_name_done(tokens, found)
            or unreported(tokens, found)
            or named_in_passing(text, found, cues)
            or generic_present(tokens, found, cues)
            or dated_since(text, found)
            or after_post(found.date, post)
            and not _acted(tokens)  # a notice of what is to come
        ):
            return []  # "… will be looking at", "… may not end": what the verb says is no report
        other_arm = self._concerns.another_business(text)
        held = [] if other_arm else self._concerns.held_crcs(found.owners, found.date)
        title = self._titler.plain(canonical_spellings(found.title, entities.mentions))
        crcs = found.crcs or tuple(held)
        holders = self._concerns.holders(found.type, crcs, found.owners, found.date)
        return [replace(found, crcs=crcs, title=title, holders=holders)]
