"""Numbers in names: a name may end on its own number ("High Speed 1", "Channel 4"), not on
a count ("Wales 8 of 10", "Northumbria 3 years") or a day ("Since 1 August"); a number word
written with a capital inside a sentence opens one ("handed to Four Seasons Health Care")."""

from __future__ import annotations

import re

from timeline.extraction.date_patterns import _MONTH_WORD, is_month_name
from timeline.extraction.lemmas import word_set

__all__ = ["number_ends_name", "numbered_name"]


def number_ends_name(last: str, sentence: str, end: int) -> bool:
    """Give whether a lone digit ending at end closes the name whose last word is last."""
    ending = _NAME_NUMBER_END.match(sentence, end)
    return bool(ending) and last[0].isupper() and not is_month_name(last)


# What may follow a name's closing number: a stop, a capitalised word, a possessive, a verb.
_NAME_NUMBER_END = re.compile(
    rf"(?:[,.;:)]|['’]s\b|\s*\Z|\s+(?!(?i:{_MONTH_WORD}))[A-Z]"
    r"|\s+(?:is|was|has|had|will|would|said|says|announced|became|went|won|lost)\b)"
)


def numbered_name(words: list[str], opens_sentence: bool) -> bool:
    """Give whether a run of words opens on a number word written with a capital inside the
    sentence, which English writes small: "handed to Four Seasons Health Care", not "Three
    CRCs"."""
    first = words[0]
    return (
        len(words) >= 3
        and first[0].isupper()
        and first.lower() in _NUMBER_WORDS
        and not opens_sentence
    )


_NUMBER_WORDS = word_set("one two three four five six seven eight nine ten twelve")
