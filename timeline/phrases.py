"""Phrase matching for the taxonomy's triggers, cues and national phrases.

A phrase is lower-case words matched on word boundaries and case-insensitively; `{owner}` and
`{crc}` stand for an entity the entity finder recognised, `*` alone for any one word, `**` for
up to five words, and `word*` for any word starting with "word".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from timeline.entities import EntityMention

PLACEHOLDERS = {"crc": "\x01", "owner": "\x02"}
_PLACEHOLDER_RE = re.compile(r"\{(crc|owner)\}")
_ANY_WORD = r"[\w£$%'.,-]+"
_GAP = rf"(?:[\s,]+{_ANY_WORD}){{0,5}}?"
# Typographic quotes and dashes read as their plain forms; one character for one, so offsets hold.
_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


@dataclass(frozen=True)
class PhraseMatch:
    """A phrase found in a text: its label, the phrase as written in the data, and where."""

    label: str
    phrase: str
    start: int
    end: int
    weight: int


def phrase_weight(phrase: str) -> int:
    """Give how specific a phrase is: its words, a placeholder counting two, a lone * none."""
    words = phrase.split()
    return sum(
        2 if _PLACEHOLDER_RE.fullmatch(word) else 0 if word in ("*", "**") else 1 for word in words
    )


def _word_pattern(word: str) -> str:
    placeholder = _PLACEHOLDER_RE.fullmatch(word)
    if placeholder:
        return PLACEHOLDERS[placeholder.group(1)]
    if word == "*":
        return _ANY_WORD
    if word.endswith("*"):
        return re.escape(word[:-1]) + r"[\w'-]*"
    return re.escape(word)


def phrase_pattern(phrase: str) -> str:
    """Give the regular expression for one phrase."""
    first, *rest = phrase.lower().split()
    body = _word_pattern(first)
    for word in rest:
        body += _GAP if word == "**" else r"[\s,]+" + _word_pattern(word)
    return rf"(?<![\w-]){body}(?![\w-])"


class PhraseMatcher:
    """Finds labelled phrases in a text; at each position the heaviest phrase wins."""

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        entries = [
            (label, phrase) for label, label_phrases in phrases.items() for phrase in label_phrases
        ]
        entries.sort(key=lambda entry: (-phrase_weight(entry[1]), -len(entry[1])))
        self._entries = entries
        alternatives = "|".join(
            f"(?P<p{index}>{phrase_pattern(phrase)})" for index, (_, phrase) in enumerate(entries)
        )
        self._regex = re.compile(f"(?=(?:{alternatives}))", re.IGNORECASE) if entries else None

    def find(self, text: str) -> list[PhraseMatch]:
        """Give the phrases in text, at most one per starting position, in text order."""
        if self._regex is None:
            return []
        matches = []
        for match in self._regex.finditer(text):
            group = match.lastgroup
            assert group is not None
            label, phrase = self._entries[int(group[1:])]
            matches.append(
                PhraseMatch(label, phrase, match.start(group), match.end(group), phrase_weight(phrase))
            )
        return matches


@dataclass(frozen=True)
class MatchText:
    """A sentence prepared for phrase matching: plain quotes, entities as placeholders."""

    text: str
    offsets: Sequence[int]  # for each character of text, its offset in the sentence

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """Give the sentence offsets of text[start:end]."""
        last = self.offsets[end - 1] + 1 if end > start else self.offsets[start]
        return self.offsets[start], last


def prepare(sentence: str, mentions: Sequence[EntityMention] = ()) -> MatchText:
    """Give sentence ready for matching, each entity mention replaced by its placeholder."""
    plain = sentence.translate(_PLAIN)
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for mention in sorted(mentions, key=lambda mention: mention.start):
        if mention.start < position:
            continue
        pieces.append(plain[position : mention.start])
        offsets.extend(range(position, mention.start))
        pieces.append(PLACEHOLDERS[mention.kind])
        offsets.append(mention.start)
        position = mention.end
    pieces.append(plain[position:])
    offsets.extend(range(position, len(plain)))
    return MatchText("".join(pieces), offsets)
