"""Canonical names: the one place a written name becomes the CRC, owner, body or type it means.

People write names on the command line (`--crc DDC`), in a dashboard address (`?crc=ddc`), in
events.yaml and in `timeline add`. Every one of them goes through `Names`, so they all take the
same spellings: the canonical name, an alias, an abbreviation or (for a type) its label, in any
case, with any of ",", "and", "&" between words ("Dorset Devon & Cornwall"), and a unit name
followed by a context word ("Wales CRC"). An unknown name gets one did-you-mean. `Names` also
gives the labels people read: a type's label, the national row and the story's nouns.

Finding names in documents is another job (extraction/entities.py): there abbreviations match
only as written, since prose uses "bench" as a word; a name typed by a person matches in any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Literal

from rapidfuzz import fuzz, process

from timeline.errors import TimelineError

if TYPE_CHECKING:
    from timeline.nouns import Nouns
    from timeline.vocabulary import Vocabulary

#: What a written name can stand for: a unit (a CRC), an owner, a body or an event type.
Kind = Literal["unit", "owner", "body", "type"]
KINDS: tuple[Kind, ...] = ("unit", "owner", "body", "type")

_CONNECTORS = frozenset({"and", "&"})
#: How close a misspelling must be (rapidfuzz WRatio, 0-100) to be offered as a did-you-mean.
SUGGEST_CUTOFF = 70.0


def alias_key(text: str) -> tuple[str, ...]:
    """Give a name's words as matching compares them: case-folded, without ",", "and", "&".

    So "Dorset Devon & Cornwall" and "Dorset, Devon and Cornwall" are one name.
    """
    words = re.split(r"[\s,]+", text.casefold().replace("&", " & "))
    return tuple(word for word in words if word and word not in _CONNECTORS)


def _fold(text: str) -> str:
    return " ".join(alias_key(text))


def suggest(name: str, choices: Iterable[str], cutoff: float = 80.0) -> str | None:
    """Give the choice most likely meant by name (a did-you-mean), or None if none is close."""
    found = process.extractOne(
        name, list(choices), scorer=fuzz.WRatio, processor=_fold, score_cutoff=cutoff
    )
    return found[0] if found else None


def _key(text: str) -> tuple[str, ...]:
    # A type's name is snake_case: "company_collapsed" is "company collapsed", its label's words.
    return alias_key(text.replace("_", " "))


class UnknownName(TimelineError):
    """A written name that stands for nothing of its kind; the message offers the one meant."""

    def __init__(self, message: str, written: str, suggestion: str | None) -> None:
        super().__init__(message)
        self.written = written
        self.suggestion = suggestion


class Names:
    """Every written name of a vocabulary, each leading to its canonical name, and the labels."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        register, taxonomy = vocabulary.register, vocabulary.taxonomy
        self.nouns: Nouns = vocabulary.nouns
        self._context = [_key(word) for word in register.context.after + register.context.group]
        self._labels = {event_type.name: event_type.label for event_type in taxonomy.event_types}
        named = {"unit": register.crcs, "owner": register.owners, "body": register.bodies}
        self._canonical: dict[Kind, list[str]] = {
            kind: [entry.name for entry in entries] for kind, entries in named.items()
        }
        self._canonical["type"] = list(self._labels)
        self._is_canonical = {kind: frozenset(names) for kind, names in self._canonical.items()}
        # Every spelling people may write, by kind, as written and by key.
        self._spellings: dict[Kind, dict[str, str]] = {
            kind: {text: entry.name for entry in entries for text, _ in entry.spellings()}
            for kind, entries in named.items()
        }
        self._spellings["type"] = {
            text: name for name, label in self._labels.items() for text in (name, label)
        }
        self._by_key: dict[Kind, dict[tuple[str, ...], str]] = {kind: {} for kind in KINDS}
        for kind, spellings in self._spellings.items():
            for text, name in spellings.items():
                self._by_key[kind].setdefault(_key(text), name)

    # Written name → canonical name

    def find(self, kind: Kind, written: str) -> str | None:
        """Give the canonical name written stands for ("DDC", "wales crc"), or None."""
        key = _key(written)
        found = self._by_key[kind].get(key)
        if found is None and kind == "unit":
            for word in self._context:  # "Wales CRC", "Kent Surrey & Sussex CRCs"
                if len(key) > len(word) and key[-len(word) :] == word:
                    found = self._by_key[kind].get(key[: -len(word)])
                    if found is not None:
                        break
        return found

    def unit(self, written: str) -> str | None:
        """Give the canonical unit (CRC) name written stands for, or None."""
        return self.find("unit", written)

    def owner(self, written: str) -> str | None:
        """Give the canonical owner name written stands for ("Purple Futures": Interserve)."""
        return self.find("owner", written)

    def body(self, written: str) -> str | None:
        """Give the canonical name of the body written stands for ("NOMS": HMPPS), or None."""
        return self.find("body", written)

    def event_type(self, written: str) -> str | None:
        """Give the event type name written stands for, by name or label, or None."""
        return self.find("type", written)

    def canonical(self, kind: Kind, written: str) -> str:
        """Give the canonical name written stands for; UnknownName (with did-you-mean) if none.

        With nothing close to offer, the message lists the names there are, sorted.
        """
        found = self.find(kind, written)
        if found is not None:
            return found
        hint = self.did_you_mean(kind, written)
        message = self.unknown(kind, written)
        if hint is None:
            message += f"; known: {'; '.join(sorted(self.names(kind)))}"
        raise UnknownName(message, written, hint)

    def did_you_mean(self, kind: Kind, written: str) -> str | None:
        """Give the canonical name written was most likely meant to be, or None if none is close."""
        spellings = self._spellings[kind]
        best = suggest(written, spellings, cutoff=SUGGEST_CUTOFF)
        return None if best is None else spellings[best]

    # What the canonical names are, and what to say about another

    def names(self, kind: Kind) -> list[str]:
        """Give the canonical names of kind, in the order of the data files."""
        return list(self._canonical[kind])

    def is_canonical(self, kind: Kind, name: str) -> bool:
        """Give whether name is written exactly as the canonical name of one of kind."""
        return name in self._is_canonical[kind]

    def noun(self, kind: Kind) -> str:
        """Give what messages call a thing of kind ("CRC", "owner", "body", "event type")."""
        return {"unit": self.nouns.unit, "owner": self.nouns.owner, "body": "body"}.get(
            kind, "event type"
        )

    def unknown(self, kind: Kind, written: str) -> str:
        """Give the one-line message for a name that stands for nothing, with its did-you-mean."""
        hint = self.did_you_mean(kind, written)
        message = f'unknown {self.noun(kind)} "{written}"'
        return message + (f' (did you mean "{hint}"?)' if hint else "")

    def problem(self, kind: Kind, written: str) -> str | None:
        """Give what is wrong with a name in events.yaml, which holds canonical names; None if fine.

        Another name for a known one ("DDC") says which to write; an unknown one gets unknown().
        """
        if self.is_canonical(kind, written):
            return None
        found = self.find(kind, written)
        if found is not None:
            return f'"{written}" is another name for the {self.noun(kind)} "{found}"; write that'
        return self.unknown(kind, written)

    # Labels people read

    def type_label(self, type_name: str) -> str:
        """Give the label people read for an event type (its name if the taxonomy lacks it)."""
        return self._labels.get(type_name, type_name)

    @property
    def national(self) -> str:
        """Give the label of events that concern every unit ("All CRCs (national)")."""
        return self.nouns.national


__all__ = ["KINDS", "Kind", "Names", "UnknownName", "alias_key", "suggest"]
