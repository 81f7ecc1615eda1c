"""Phrase matching for the taxonomy's triggers, cues and national phrases.

A phrase is lower-case words matched on word boundaries and case-insensitively; `{owner}` and
`{crc}` stand for an entity the entity finder recognised, `*` alone for any one word, `**` for
up to five words, and `word*` for any word starting with "word".
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from timeline.extraction.entities import EntityMention

PLACEHOLDERS = {"crc": "\x01", "owner": "\x02", "body": "\x03", "referent": "\x04"}
_PLACEHOLDER_RE = re.compile(r"\{(crc|owner)\}")
_ANY_WORD = r"[\w£$%'.,\x01-\x04-]+"  # placeholders count as words
_GAP = rf"(?:[\s,]+{_ANY_WORD}){{0,5}}?"
_TOKEN = re.compile(r"\w+|[\x01-\x04]")
_FIRST_TOKEN = re.compile(r"\w+")
# Typographic quotes and dashes read as their plain forms; one character for one, so offsets hold.
_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-"})


def phrases_regex(phrases: Sequence[str]) -> re.Pattern[str] | None:
    """Give one case-insensitive regex for a list of literal phrases, each whole (the longest
    first), or None for no phrases."""
    if not phrases:
        return None
    words = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


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


@dataclass(frozen=True)
class _Entry:
    label: str
    phrase: str
    weight: int
    regex: re.Pattern[str]


class PhraseMatcher:
    """Finds labelled phrases in a text; at each word the heaviest phrase starting there wins.

    Phrases are indexed by their first word (or its stem), so a text costs one pass over its
    words plus a few anchored matches, however many phrases the vocabulary has.
    """

    def __init__(self, phrases: Mapping[str, Iterable[str]]) -> None:
        self._by_word: dict[str, list[_Entry]] = {}
        self._by_stem: dict[str, list[_Entry]] = {}
        for label, label_phrases in phrases.items():
            for phrase in label_phrases:
                self._index(label, phrase)
        for entries in (*self._by_word.values(), *self._by_stem.values()):
            entries.sort(key=lambda entry: (-entry.weight, -len(entry.phrase)))
        # Most words start no phrase; a stem is tried only on words sharing its first letters.
        self._stem_heads = {stem[:3] for stem in self._by_stem}

    def _index(self, label: str, phrase: str) -> None:
        first = phrase.lower().split()[0]
        if first in ("*", "**"):
            raise ValueError(f"phrase {phrase!r} must not start with a wildcard")
        entry = _Entry(
            label, phrase, phrase_weight(phrase), re.compile(phrase_pattern(phrase), re.IGNORECASE)
        )
        placeholder = _PLACEHOLDER_RE.fullmatch(first)
        if placeholder:
            self._by_word.setdefault(PLACEHOLDERS[placeholder.group(1)], []).append(entry)
        elif first.endswith("*"):
            self._by_stem.setdefault(_FIRST_TOKEN.match(first).group(), []).append(entry)
        else:
            self._by_word.setdefault(_FIRST_TOKEN.match(first).group(), []).append(entry)

    def find(self, text: str) -> list[PhraseMatch]:
        """Give the phrases in text, at most one per starting word, in text order."""
        matches = []
        for token in _TOKEN.finditer(text):
            word = token.group().lower()
            entries = self._by_word.get(word, [])
            if word[:3] not in self._stem_heads:
                if not entries:
                    continue
                stems = []
            else:
                stems = [
                    e for stem, es in self._by_stem.items() if word.startswith(stem) for e in es
                ]
            if stems:
                entries = sorted([*entries, *stems], key=lambda e: (-e.weight, -len(e.phrase)))
            for entry in entries:
                match = entry.regex.match(text, token.start())
                if match:
                    matches.append(
                        PhraseMatch(
                            entry.label, entry.phrase, match.start(), match.end(), entry.weight
                        )
                    )
                    break
        return matches


@dataclass(frozen=True)
class MatchText:
    """A sentence prepared for phrase matching: plain quotes, entities as placeholders."""

    text: str
    offsets: Sequence[int]  # for each character of text, its offset in the sentence
    ends: Sequence[int]  # for each character, the sentence offset after it (a whole entity's)

    def sentence_span(self, start: int, end: int) -> tuple[int, int]:
        """Give the sentence offsets of text[start:end], whole entities included."""
        last = self.ends[end - 1] if end > start else self.offsets[start]
        return self.offsets[start], last


def prepare(sentence: str, mentions: Sequence[EntityMention] = ()) -> MatchText:
    """Give sentence ready for matching, each entity mention replaced by its placeholder."""
    plain = sentence.translate(_PLAIN)
    pieces: list[str] = []
    offsets: list[int] = []
    ends: list[int] = []
    position = 0
    for mention in sorted(mentions, key=lambda mention: mention.start):
        if mention.start < position:
            continue
        pieces.append(plain[position : mention.start])
        offsets.extend(range(position, mention.start))
        ends.extend(range(position + 1, mention.start + 1))
        pieces.append(PLACEHOLDERS[mention.kind])
        offsets.append(mention.start)
        ends.append(mention.end)
        position = mention.end
    pieces.append(plain[position:])
    offsets.extend(range(position, len(plain)))
    ends.extend(range(position + 1, len(plain) + 1))
    return MatchText("".join(pieces), offsets, ends)
