"""Organisations a post calls by the noun that ends their name: "the council" in a story naming
Croydon Council is Croydon Council, "the trust" the one trust the story names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from timeline.extraction.entities import EntityMention
from timeline.extraction.proper_names import find_names

# The last word of an organisation's name: never a person's name ("Croydon Council"), so no
# person who takes up or leaves a post, and alone no name of one organisation.
ORGANISATION_ENDS = frozenset(
    {
        "Trust",
        "Hospital",
        "Hospitals",
        "Council",
        "Service",
        "Agency",
        "Company",
        "Group",
        "Ltd",
        "Limited",
        "plc",
        "PLC",
        "Board",
        "Committee",
        "Authority",
        "University",
        "College",
        "Office",
        "Department",
        "Ministry",
        "Court",
        "Commission",
        "Inspectorate",
        "Partnership",
        "Foundation",
        "Association",
        "Union",
        "Society",
        "Institute",
        "Centre",
    }
)

_DOERS = ORGANISATION_ENDS | {"Body", "Panel", "Team", "Unit"}


def names_a_thing(words: Sequence[str], things: set[str]) -> bool:
    """Give whether a name's words hold a thing done (things: lower-case nouns): "Race Action
    Programme", "A Strategy for Reform", "Project ADDER"; not one that opens a doer's name ("Pay
    Review Body", "Industrial Strategy Committees")."""
    for word, after in zip(words, [*words[1:], ""], strict=True):
        if word.lower() in things and after.removesuffix("s") not in _DOERS:
            return True
    return False


class NounNames:
    """Finds, with one list of nouns, the names a post calls by their noun."""

    def __init__(self, nouns: Iterable[str]) -> None:
        words = sorted({noun.strip() for noun in nouns if noun.strip()}, key=len, reverse=True)
        self._nouns = set(words)
        alternatives = "|".join(map(re.escape, words))
        self._called = (
            re.compile(rf"(?<!\w)the\s+({alternatives})(?![\w'’])(?!\s+(?:of|for)\s+[A-Z])", re.I)
            if words
            else None
        )

    def named(self, texts: Sequence[str], subject: str | None) -> dict[str, str]:
        """Give, for each noun, the name the post calls by it: its subject's, when that ends in
        the noun, else the one name ending in it that the post gives before it first says "the
        <noun>" ("Wakefield City Academies Trust", not the trusts a story names later as
        taking its schools)."""
        seen: dict[str, set[str]] = {}
        chosen: dict[str, str] = {}
        for text in texts:
            first = {}  # where text first calls each noun's name by the noun
            for hit in self._called.finditer(text) if self._called else ():
                first.setdefault(hit.group(1).lower(), hit.start())
            for name, start in self._names_at(text):
                noun = name.split()[-1].lower()
                if start < first.get(noun, len(text)):
                    seen.setdefault(noun, set()).add(name)
            for noun in first.keys() - chosen.keys():
                names = _without_longer(seen.get(noun, set()))
                chosen[noun] = names.pop() if len(names) == 1 else ""
        chosen = {noun: name for noun, name in chosen.items() if name}
        if subject and " " in subject and subject.split()[-1] in self._nouns:
            chosen[subject.split()[-1].lower()] = subject
        return chosen

    def mentions(
        self, text: str, by_noun: dict[str, str], taken: Sequence[tuple[int, int]]
    ) -> list[EntityMention]:
        """Give the words of text that call a name of by_noun by its noun ("the trust"), where
        text itself names no other name with that noun; not a possessive ("the council's
        cabinet"), which names whose something is, not who acted."""
        hits = list(self._called.finditer(text)) if self._called and by_noun else []
        own = set(self._names(text)) if hits else set()  # names, only where a noun is called
        found = []
        for hit in hits:
            name = by_noun.get(hit.group(1).lower())
            if name is None or any(s < hit.end() and hit.start() < e for s, e in taken):
                continue
            if any(other.split()[-1].lower() == hit.group(1).lower() for other in own - {name}):
                continue  # "Sheffield City Council said the council …": that council
            found.append(EntityMention("name", name, hit.group(), hit.start(), hit.end()))
        return found

    def _names(self, text: str) -> list[str]:
        return [name for name, _ in self._names_at(text)]

    def _names_at(self, text: str) -> list[tuple[str, int]]:
        """Give the names of two words or more in text that end in one of the nouns, as the
        list writes it ("Sandwell Children's Trust", not a heading's "A TRUST"), and hold it
        only there, each with where it starts."""
        if not any(noun in text for noun in self._nouns):
            return []
        found = []
        for mention in find_names(text):
            words = mention.name.split()
            if len(words) > 1 and words[-1] in self._nouns and not self._nouns & set(words[:-1]):
                found.append((mention.name, mention.start))  # not "X Council and Y Council"
        return found


def _without_longer(names: set[str]) -> set[str]:
    """Give names without those that are another with words joined before it ("Leader of
    Barnet Council", "UK's National Crime Agency", "Robin Hood Energy and Nottingham City
    Council"); "Education and Skills Funding Agency" is a name of its own."""
    return {n for n in names if not any(_joined(n, other) for other in names)}


def _joined(name: str, other: str) -> bool:
    if name == other or not name.endswith(" " + other):
        return False
    before = name[: -len(other)].split()
    last = before[-1]
    return last == "of" or last.endswith(("'s", "’s")) or (last in ("and", "&") and len(before) > 2)
