"""CRCs and owners named in a sentence: by name, alias, abbreviation or "the Working Links CRCs".

All the names and the rules about them (which place names need a "CRC" beside them, which
phrases are not CRCs) come from the CRC register (timeline/data/crcs.yaml); this module only
compiles them into one regular expression, once, and reads its matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from timeline.names import alias_key, suggest
from timeline.partial_date import PartialDate
from timeline.register import ALL_ROLES, NOT_CRC_PLACEHOLDER
from timeline.vocabulary import Vocabulary

__all__ = [
    "Entities",
    "EntityFinder",
    "EntityMention",
    "suggest",
]

Kind = Literal["crc", "owner", "body", "referent", "name", "word"]  # word: see word_names

# Between the words of a name: a space, a comma, "and" or "&" ("Dorset, Devon, and Cornwall").
_SEPARATOR = r",?\s+(?:(?:and|&)\s+)?"
# English grammar, not corpus vocabulary: the count or the verb in "Sodexo's six CRCs",
# "all three Working Links CRCs", "the Sodexo-run CRCs".
_NUMBER = (
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|all"
    r"|twenty(?:-|\s+)one)"
)
_ARTICLE = r"the\s+"
# A name is a whole word, and not part of an address ("media@seetec.co.uk", "/seetec").
_WORD_START = r"(?<![\w@/])"
_WORD_END = r"(?![\w@]|\.\w)"
_POSSESSIVE = r"['’]s?"
_RUN_BY = r"-(?:run|owned|led|operated|managed)"
# Between two CRCs in a list: "DDC and Wales", "Dorset, Devon and Cornwall (DDC) and Wales".
_LIST_JOINER = re.compile(r"(?:\s*\([^()]{1,12}\))?\s*\)?\s*(?:,|,?\s*and|&|/)\s*", re.IGNORECASE)
# How far before a name the words that qualify it may start ("National Probation Service ").
_WINDOW = 80


@dataclass(frozen=True)
class EntityMention:
    """One CRC or owner named in a sentence, with where it was written."""

    kind: Kind
    name: str  # canonical name
    text: str  # as written
    start: int
    end: int


@dataclass(frozen=True)
class Entities:
    """The CRCs and owners a sentence names, canonical, in order of first mention."""

    crcs: list[str]
    owners: list[str]
    mentions: list[EntityMention]
    bodies: list[str] = field(default_factory=list)

    def outside(self, spans: Sequence[tuple[int, int]]) -> Entities:
        """Give the names written outside spans."""
        kept = [m for m in self.mentions if not any(a <= m.start < b for a, b in spans)]
        return Entities(
            crcs=_unique(m.name for m in kept if m.kind == "crc"),
            owners=_unique(m.name for m in kept if m.kind == "owner"),
            mentions=kept,
            bodies=_unique(m.name for m in kept if m.kind == "body"),
        )

    def from_position(self, start: int) -> Entities:
        """Give the names written from start on ("the announcement of contract termination" at
        start: not the "Working Links" before it)."""
        return self.outside([(0, start)])


@dataclass(frozen=True)
class _Spelling:
    kind: Kind
    name: str
    exempt_from_context: bool  # an abbreviation, or a name that is never also a place


class _Trie:
    """Word sequences as one regex whose alternatives share their prefixes (so it stays fast)."""

    def __init__(self) -> None:
        self.children: dict[tuple[str, bool], _Trie] = {}
        self.terminal = False

    def add(self, text: str, case_sensitive: bool) -> None:
        node = self
        words = text.split() if case_sensitive else alias_key(text)
        for word in words:
            node = node.children.setdefault((word, case_sensitive), _Trie())
        node.terminal = True

    def depth(self) -> int:
        return 1 + max((child.depth() for child in self.children.values()), default=0)

    def pattern(self) -> str:
        # deeper branches first, so "MTC Novo" wins over the abbreviation "MTC" at one position
        branches = sorted(self.children.items(), key=lambda item: -item[1].depth())
        alternatives = []
        for (word, case_sensitive), child in branches:
            written = f"(?-i:{re.escape(word)})" if case_sensitive else re.escape(word)
            if child.children:
                rest = f"{_SEPARATOR}(?:{child.pattern()})"
                written += f"(?:{rest})?" if child.terminal else rest
            alternatives.append(written)
        return "|".join(alternatives)


def _words_pattern(phrases: Iterable[str]) -> str:
    trie = _Trie()
    for phrase in phrases:
        trie.add(phrase, case_sensitive=False)
    return f"(?:{trie.pattern()})" if trie.children else "(?!)"


_SENTENCES_KEPT = 8192  # sentences a finder keeps the names of before it starts again


class EntityFinder:
    """Finds the CRCs and owners of a vocabulary in sentences; build once, call find often.

    One compiled regex (a trie of every name, alias and abbreviation, plus the not-CRC phrases
    that contain a CRC name) scans the sentence; the rare hits are then checked against the
    words around them (context, "NPS Wales", "the three … CRCs"), so the scan stays linear and
    cheap on long text.
    """

    def __init__(self, vocabulary: Vocabulary) -> None:
        self._vocabulary = vocabulary
        self._found: dict[tuple[str, PartialDate | None], Entities] = {}  # in this document
        register = vocabulary.register
        context = register.context
        self._exact: dict[str, _Spelling] = {}
        self._folded: dict[tuple[str, ...], _Spelling] = {}
        names = _Trie()
        entities = [("crc", c, c.needs_context) for c in register.crcs]
        entities += [("owner", o, False) for o in register.owners]
        entities += [("body", b, False) for b in register.bodies]
        for kind, entity, needs_context in entities:
            for text, case_sensitive in entity.spellings():
                spelling = _Spelling(kind, entity.name, case_sensitive or not needs_context)
                if case_sensitive:
                    self._exact[text] = spelling
                self._folded[alias_key(text)] = spelling  # also for spacing the exact one lacks
                names.add(text, case_sensitive)
        plain = [entry for entry in register.not_crcs if NOT_CRC_PLACEHOLDER not in entry]
        # "{crc}" entries become checks on the words either side of a CRC hit
        self._around: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = []
        for entry in register.not_crcs:
            if NOT_CRC_PLACEHOLDER in entry:
                before, _, after = entry.partition(NOT_CRC_PLACEHOLDER)
                self._around.append((_ending(before), _starting(after)))
        self._pattern = _compile(
            rf"{_WORD_START}(?:(?P<block>{_words_pattern(plain)})(?!\w)"
            rf"|(?P<name>{names.pattern()}){_WORD_END}"
            rf"(?:{_POSSESSIVE}|{_RUN_BY})?"
            rf"(?:\s+(?:{_NUMBER}\s+)?(?P<group>{_words_pattern(context.group)})"
            rf"|\s+(?P<after>{_words_pattern(context.after)}))?(?!\w))"
        )
        # "the CRC in Wales"; "the three Working Links CRCs"
        self._before = _compile(rf"(?<!\w){_words_pattern(context.before)}\s+(?:{_ARTICLE})?\Z")
        self._count = _compile(rf"(?<!\w){_NUMBER}\s+\Z")
        self._part_of = _compile(
            rf"(?<!\w){_words_pattern(context.part_of)}\s+(?:the\s+)?(?:{_NUMBER}\s+)?\Z"
        )

    def _spelling(self, text: str) -> _Spelling:
        return self._exact.get(text) or self._folded[alias_key(text)]

    def find(self, sentence: str, when: PartialDate | None = None) -> Entities:
        """Give the CRCs and owners sentence names, as _named finds them, once per sentence and
        date of the document being read: a post's subject and its events read the same ones."""
        found = self._found.get((sentence, when))
        if found is None:
            if len(self._found) >= _SENTENCES_KEPT:  # a caller who never forgets: bounded
                self._found.clear()
            found = self._found[(sentence, when)] = self._named(sentence, when)
        return found

    def forget(self) -> None:
        """Forget the sentences read so far: another document is begun."""
        self._found.clear()

    def _named(self, sentence: str, when: PartialDate | None) -> Entities:
        """Give the CRCs and owners sentence names; group references use ownership on when.

        "the three Working Links CRCs" gives the CRCs Working Links held (or was preferred
        bidder for) on when, or held last if it held none then; without when, only the owner.
        Mentions are in text order, the longer first at one start.
        """
        mentions: list[EntityMention] = []
        crc_hits: list[tuple[EntityMention, bool]] = []  # (mention, has its own context)
        for match in self._pattern.finditer(sentence):
            if match.group("name") is None:
                continue  # a not-CRC phrase such as "England and Wales"
            spelling = self._spelling(match.group("name"))
            start, end = match.span("name")
            if spelling.kind == "body":
                mentions.append(
                    EntityMention("body", spelling.name, match.group("name"), start, end)
                )
                continue
            if spelling.kind == "owner":
                mentions.append(
                    EntityMention("owner", spelling.name, match.group("name"), start, end)
                )
                if match.group("group") is not None and when is not None and not self._part(match):
                    mentions.extend(self._group_mentions(match, spelling.name, when))
                continue
            if self._is_not_crc(sentence, start, end):
                continue
            if match.group("after") is not None:
                end = match.end("after")
            counted = (
                spelling.exempt_from_context
                or match.group("after") is not None
                or match.group("group") is not None
                or self._has_before(sentence, start)
            )
            mention = EntityMention("crc", spelling.name, sentence[start:end], start, end)
            crc_hits.append((mention, counted))
        mentions += _listed_with_counted(sentence, crc_hits)
        mentions.sort(key=lambda mention: (mention.start, -mention.end))
        return Entities(
            crcs=_unique(m.name for m in mentions if m.kind == "crc"),
            owners=_unique(m.name for m in mentions if m.kind == "owner"),
            mentions=mentions,
            bodies=_unique(m.name for m in mentions if m.kind == "body"),
        )

    def _is_not_crc(self, sentence: str, start: int, end: int) -> bool:
        window = sentence[max(0, start - _WINDOW) : start]
        return any(
            (before is None or before.search(window))
            and (after is None or after.match(sentence, end))
            for before, after in self._around
        )

    def _part(self, match: re.Match[str]) -> bool:
        """Tell whether a group mention names only some of the owner's CRCs ("one of the …")."""
        start = match.start("name")
        return self._part_of.search(match.string[max(0, start - _WINDOW) : start]) is not None

    def _has_before(self, sentence: str, start: int) -> bool:
        return self._before.search(sentence[max(0, start - _WINDOW) : start]) is not None

    def _group_mentions(
        self, match: re.Match[str], owner: str, when: PartialDate
    ) -> list[EntityMention]:
        start = match.start("name")
        counted = self._count.search(match.string[max(0, start - _WINDOW) : start])
        if counted:
            start -= len(counted.group())
        end = match.end("group")
        text = match.string[start:end]
        held = self._vocabulary.crcs_last_held_by(owner, when, roles=ALL_ROLES)
        return [EntityMention("crc", crc, text, start, end) for crc in held]


def _listed_with_counted(
    sentence: str, hits: list[tuple[EntityMention, bool]]
) -> list[EntityMention]:
    """Give the CRC hits that count: those with context, and those listed next to one.

    "BGSW and Wales" or "the London and Thames Valley CRCs": a place name joined by a comma,
    "and" or "&" to a CRC that counts is part of the same list of CRCs.
    """
    counted = [has_context for _, has_context in hits]
    changed = True
    while changed:
        changed = False
        for index in range(len(hits) - 1):
            if counted[index] == counted[index + 1]:
                continue
            between = sentence[hits[index][0].end : hits[index + 1][0].start]
            if _LIST_JOINER.fullmatch(between):
                counted[index] = counted[index + 1] = changed = True
    return [mention for (mention, _), keep in zip(hits, counted, strict=True) if keep]


def _compile(pattern: str) -> re.Pattern[str]:
    """Give pattern compiled case-insensitively; case-sensitive words carry their own (?-i:)."""
    return re.compile(pattern, re.IGNORECASE)


def _ending(words: str) -> re.Pattern[str] | None:
    """Give a regex for words just before a name (searched in the text before it)."""
    return _compile(rf"(?<!\w){_words_pattern([words])}\s+\Z") if words.strip() else None


def _starting(words: str) -> re.Pattern[str] | None:
    """Give a regex for words just after a name (matched at its end)."""
    return _compile(rf"\s+{_words_pattern([words])}(?!\w)") if words.strip() else None


def _unique(names: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(names))
