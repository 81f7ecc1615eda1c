"""Organisations a post calls by the noun that ends their name: "the council" in a story naming
Croydon Council is Croydon Council, "the trust" the one trust the story names."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from timeline.extraction.entities import EntityMention
from timeline.extraction.proper_names import find_names


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

    def named(self, texts: Sequence[str], lead: int) -> dict[str, str]:
        """Give, for each noun, the one name the texts give that ends in it: the only one, else
        the only one the first lead texts give ("Wakefield City Academies Trust" over the
        trusts a story names later as taking its schools)."""
        by_noun: dict[str, set[str]] = {}
        in_lead: dict[str, set[str]] = {}
        for index, text in enumerate(texts):
            for name in self._names(text):
                noun = name.split()[-1].lower()
                by_noun.setdefault(noun, set()).add(name)
                if index < lead:
                    in_lead.setdefault(noun, set()).add(name)
        chosen = {}
        for noun, names in by_noun.items():
            lead_names = in_lead.get(noun, set())
            if len(names) == 1:
                chosen[noun] = next(iter(names))
            elif len(lead_names) == 1:
                chosen[noun] = next(iter(lead_names))
        return chosen

    def mentions(
        self, text: str, by_noun: dict[str, str], taken: Sequence[tuple[int, int]]
    ) -> list[EntityMention]:
        """Give the words of text that call a name of by_noun by its noun ("the trust"), where
        text itself names no other name with that noun; not a possessive ("the council's
        cabinet"), which names whose something is, not who acted."""
        if self._called is None or not by_noun:
            return []
        found = []
        own = set(self._names(text))
        for hit in self._called.finditer(text):
            name = by_noun.get(hit.group(1).lower())
            if name is None or any(s < hit.end() and hit.start() < e for s, e in taken):
                continue
            if any(other.split()[-1].lower() == hit.group(1).lower() for other in own - {name}):
                continue  # "Sheffield City Council said the council …": that council
            found.append(EntityMention("name", name, hit.group(), hit.start(), hit.end()))
        return found

    def _names(self, text: str) -> list[str]:
        """Give the names of two words or more in text that end in one of the nouns, as the
        list writes it ("Sandwell Children's Trust", not a heading's "A TRUST"), and hold it
        only there."""
        if not any(noun in text for noun in self._nouns):
            return []
        names = (mention.name.split() for mention in find_names(text))
        return [
            " ".join(words)
            for words in names
            if len(words) > 1 and words[-1] in self._nouns and not self._nouns & set(words[:-1])
        ]  # not two joined ("Croydon Council and Sutton Council")
