"""When a report tells its happening, beyond the words of its verb: a chronology's entry told
at the date that opens it, a post's lead telling the news its title names, and a happening told
as to come yet dated after its document, which forecasts it."""

from __future__ import annotations

from collections.abc import Sequence

from timeline.extraction.date_cues import is_label
from timeline.extraction.dates import DateMention
from timeline.extraction.documents import Post
from timeline.extraction.frames import FrameMatch
from timeline.extraction.lemmas import PERSONAL_PRONOUNS, Token
from timeline.partial_date import PartialDate


def foretold(match: FrameMatch, when: PartialDate, evidence: str, post: Post) -> bool:
    """Give whether a happening dated after its post is foretold there ("when the contracts
    run out in December 2020", written in 2019): all are, but one told in the past tense with
    its date written, which says the post's own date is wrong."""
    if not after_post(when, post):
        return False
    verb = match.verb
    if verb is not None and "VBG" in verb.forms and not verb.auxiliaries:
        # "…, threatening legal action": its clause's tense tells ("we remain on track, with
        # providers taking over in 2015": to come); "proposed ending …" plans it
        before = match.tokens[: match.first]
        return bool(before) and before[-1].lemma in _PLANNING or _told_ahead(before)
    past = verb is not None and ("VBD" in verb.forms or "have" in verb.auxiliaries)
    return not (past and evidence in ("absolute", "relative") and not verb.future)


_PLANNING = frozenset({"propose", "plan", "suggest", "recommend", "consider", "envisage"})


def _told_ahead(before: Sequence[Token]) -> bool:
    """Give whether the first verb that tells a tense before a bare participle is present or
    future ("We remain on track", "Napo will"), not past ("Napo wrote")."""
    for doer, word in zip((None, *before), before, strict=False):
        if word.auxiliaries:
            return word.future or not ({"have", "be"} & set(word.auxiliaries))
        if "VBD" in word.forms:
            return False
        named = doer is not None and (doer.entity is not None or doer.lemma in PERSONAL_PRONOUNS)
        if named and word.forms & {"VBZ", "VBP"}:
            return True
    return False


def after_post(when: PartialDate, post: Post) -> bool:
    """Give whether a date lies after its post's ("wants contracts signed before the general
    election in 2015", written in 2013): hedged, it forecasts."""
    return bool(post.post_date) and when.start() > post.posted.end()


def news_cue(event_type: str, news: set[str]) -> set[str]:
    """Give the cue that a lead's report of its title's news tells it now."""
    return {"now"} if event_type in news else set()


def chronology_entry(text: str, dates: Sequence[DateMention]) -> bool:
    """Give whether sentence text is a chronology's entry, opening on its date alone."""
    return any(is_label(text, date.start, date.end) for date in dates[:1])
