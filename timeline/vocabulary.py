"""The corpus vocabulary: event types and triggers, CRCs, owners and who owned what when.

It is data (timeline/data/*.yaml), validated here, so another corpus needs new files, not code.
"""

from __future__ import annotations

from functools import cached_property
from importlib import resources
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from timeline.errors import VocabularyError
from timeline.partial_date import PartialDate

TAXONOMY_FILE = "taxonomy.yaml"
CRCS_FILE = "crcs.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class EventType(_Strict):
    """A kind of event and the phrases that report it."""

    name: str = Field(pattern=r"^[a-z][a-z_]*$")
    label: str
    description: str = ""
    triggers: list[str] = Field(min_length=1)
    colour: str | None = None


class Taxonomy(_Strict):
    """Event types, plus the words that tie an event to a rating or to all CRCs at once."""

    event_types: list[EventType]
    ratings: list[str] = Field(default_factory=list)
    national_phrases: list[str] = Field(default_factory=list)


class Owner(_Strict):
    """An organisation that owned CRCs, with the names the documents use for it."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    description: str = ""


class OwnershipPeriod(_Strict):
    """Who owned a CRC from start until end (end open while it still owns it)."""

    owner: str
    start: str
    end: str | None = None
    source: str = ""

    @field_validator("start", "end")
    @classmethod
    def _is_partial_date(cls, value: str | None) -> str | None:
        if value is not None:
            PartialDate.parse(value)
        return value

    def covers(self, when: PartialDate) -> bool:
        """Give whether the owner held the CRC at any time within when's span."""
        starts = PartialDate.parse(self.start).start()
        if when.end() < starts:
            return False
        return self.end is None or when.start() < PartialDate.parse(self.end).start()


class Crc(_Strict):
    """A Community Rehabilitation Company (or, in another corpus, the unit being owned)."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    ownership: list[OwnershipPeriod] = Field(default_factory=list)


class CrcRegister(_Strict):
    """The CRCs and owners of the corpus, and names that look like CRCs but are not."""

    crcs: list[Crc]
    owners: list[Owner]
    not_crcs: list[str] = Field(default_factory=list)


class Vocabulary:
    """The taxonomy and the CRC register together, with the look-ups the stages need."""

    def __init__(self, taxonomy: Taxonomy, register: CrcRegister) -> None:
        self.taxonomy = taxonomy
        self.register = register
        self._check_references()

    def _check_references(self) -> None:
        owner_names = set(self.owner_names)
        for crc in self.register.crcs:
            for period in crc.ownership:
                if period.owner not in owner_names:
                    raise VocabularyError(
                        f"{CRCS_FILE}: CRC {crc.name!r} names unknown owner {period.owner!r}"
                    )

    @cached_property
    def type_names(self) -> list[str]:
        """Give the event type names in taxonomy order."""
        return [event_type.name for event_type in self.taxonomy.event_types]

    @cached_property
    def crc_names(self) -> list[str]:
        """Give the canonical CRC names in register order."""
        return [crc.name for crc in self.register.crcs]

    @cached_property
    def owner_names(self) -> list[str]:
        """Give the canonical owner names in register order."""
        return [owner.name for owner in self.register.owners]

    def event_type(self, name: str) -> EventType:
        """Give the event type called name; KeyError if there is none."""
        for event_type in self.taxonomy.event_types:
            if event_type.name == name:
                return event_type
        raise KeyError(name)

    def crc(self, name: str) -> Crc:
        """Give the CRC whose canonical name is name; KeyError if there is none."""
        for crc in self.register.crcs:
            if crc.name == name:
                return crc
        raise KeyError(name)

    def owners_of(self, crc_name: str, when: PartialDate) -> list[str]:
        """Give who owned the CRC at any time within when's span (several across a handover)."""
        return [p.owner for p in self.crc(crc_name).ownership if p.covers(when)]

    def crcs_owned_by(self, owner: str, when: PartialDate) -> list[str]:
        """Give the CRCs owner held at any time within when's span."""
        return [
            crc.name
            for crc in self.register.crcs
            if any(p.owner == owner and p.covers(when) for p in crc.ownership)
        ]


def _load_model(path: Path | resources.abc.Traversable, model: type[BaseModel]) -> BaseModel:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise VocabularyError(f"{path}: cannot read: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        raise VocabularyError(f"{where}: {getattr(error, 'problem', error)}") from None
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        location = ".".join(str(part) for part in first["loc"])
        raise VocabularyError(f"{path}: {location}: {first['msg']}") from None


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """Give the vocabulary in directory, or the one shipped in timeline/data."""
    base = directory if directory is not None else resources.files("timeline") / "data"
    taxonomy = _load_model(base / TAXONOMY_FILE, Taxonomy)
    register = _load_model(base / CRCS_FILE, CrcRegister)
    return Vocabulary(taxonomy, register)  # type: ignore[arg-type]
