"""The words a headline's cut may leave at its end that lead to nothing ("… the cost of", "… and
the", "… the inquiry weeks", "…, most of them", "… who joined before"), taken away."""

from __future__ import annotations

import re

from timeline.extraction.lemmas import lemma_of, word_set

__all__ = ["without_dangling_end"]


def without_dangling_end(title: str) -> str:
    """Give title without the words it ends on that lead to nothing ("… the cost of", "… and
    the", a time unit no number counts: "… the inquiry weeks"), what they led to taken out as a
    time or a relative, while three words stay."""
    title = _PART_OF_THEM.sub("", title)  # "…, most of them [private companies]"
    title = _SPAN_SET_APART.sub("", title)  # "… rates the trust inadequate, a year [after …]"
    title = _RELATIVE_OF_A_TIME.sub("", title)  # "… claimants who joined before [November 2015]"
    title = _ASKING_CUT.sub("", title)  # "… votes for a motion calling [for …]"
    title = _APPOSITIVE_CUT.sub("", title)  # "… goes live, a joint venture 65% [owned by …]"
    words = title.split()
    if len(words) > 4 and words[-2].lower() == "of" and words[-1].lower() in _DEMONSTRATIVES:
        words.pop()  # "… on behalf of this [and successive governments]"
    while len(words) > 3 and words[-1].lower() in _LEADING_NOWHERE:
        words.pop()
        if words[-1].lower() == "on" and len(words) > 3:  # "… apologises on [behalf of this]"
            words.pop()
    if len(words) > 3 and words[-1].lower() in _TIME_UNITS and not _counts(words[-2]):
        words.pop()  # "Burnham commissions the inquiry weeks [after …]": a cut time
    elif len(words) > 5 and _cut_span(words):
        del words[-2:]  # "… collapses into administration a week [after funds frozen]"
    if len(words) > 4 and words[-2].lower() in ("and", "or") and words[-1].lower() in _PLACES:
        del words[-2:]  # "apologised for the failings in this case and in [others]"
    cut = " ".join(words).rstrip(",;:") if len(words) < len(title.split()) else title
    return cut  # "… announces the change, [days after taking office]": no comma left


_PART_OF_THEM = re.compile(
    r",\s+(?:most|many|some|all|few|none|several|both|one|two|half)\s+of\s+(?:them|which|whom)$",
    re.IGNORECASE,
)


_RELATIVE_OF_A_TIME = re.compile(
    r"\s+(?:who|which|that)\s+(?:[\w'’-]+\s+){0,2}(?:before|after|since|until|in|on|from)$",
    re.IGNORECASE,
)
# A participle that asks for what its cut took away: "a motion calling [for the money to be
# withdrawn]", "a procurement notice seeking organisations [to develop …]", "a programme made
# up [of five projects]".
_ASKING_CUT = re.compile(
    r"(?<=\w)\s+(?:calling|asking|urging|seeking|demanding|inviting|telling|consisting|made\s+up"
    r"|drawn(?:\s+up)?)"
    r"(?:\s+[\w'’-]+)?$",
    re.IGNORECASE,
)
# An appositive its cut left wanting its verb: ", a joint venture 65% [owned by Capita]".
_APPOSITIVE_CUT = re.compile(r"(?<=\w),\s+(?:a|an)\s+(?:[\w'’-]+\s+){1,4}[\d.,]+%?$")
_SPAN_SET_APART = re.compile(
    r",\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+"
    r"(?:days?|weeks?|months?|years?)$",
    re.IGNORECASE,
)


def _cut_span(words: list[str]) -> bool:
    """Give whether the title ends on a span of time that follows no preposition or verb ("…
    administration a week", cut before its "after"; not "… suspended for two years")."""
    unit = words[-1].lower().rstrip("s")
    return (
        f"{unit}s" in _TIME_UNITS
        and (words[-2].lower() in ("a", "an") or _counts(words[-2]))
        and words[-3].lower() not in _SPAN_PREPOSITIONS
        and words[-3].lower() != "the"  # "in the last days": a time of its own
        and not lemma_of(words[-3].lower())[1]  # "… the strike lasts three weeks"
        and not _rated(words[-3])  # "curfews of up to 20 hours a day": a rate
    )


def _rated(word: str) -> bool:
    """Give whether word is counted "a day" or "a week" as a rate ("20 hours", "£50", "twice")."""
    bare = word.lower().strip("£$€,.")
    return bare in _TIME_UNITS or bare in _RATED or bare.replace(".", "").isdigit()


_RATED = word_set("pounds times twice once")


_SPAN_PREPOSITIONS = word_set(
    "for in within over after by about nearly almost some than of to until up"
)


def _counts(word: str) -> bool:
    """Give whether word counts or places what follows it ("two", "12", "few", "recent")."""
    return word.isdigit() or word.lower() in _COUNTING


_TIME_UNITS = word_set("days weeks months years hours")
_PLACES = word_set("in on at to for with by from into")
_COUNTING = word_set(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty few"
    " several many some recent past last next coming previous following"
)


# Words a headline never ends on; a particle may ("MoJ steps in", "Union calls for").
_LEADING_NOWHERE = word_set(
    "capable liable of from the a an and or its their his her behalf at by with into to"
)
_DEMONSTRATIVES = word_set("this that these those")
