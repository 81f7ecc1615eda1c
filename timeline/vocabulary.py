"""The corpus vocabulary: the taxonomy (taxonomy.py), CRCs, owners and who owned what when.

It is data (timeline/data/*.yaml), validated here, so another corpus needs new files, not code.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache, cached_property
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from timeline.data_files import fail_on, load_model
from timeline.errors import VocabularyError
from timeline.names import Names, alias_key, suggest
from timeline.nouns import Nouns
from timeline.partial_date import PartialDate
from timeline.taxonomy import EventType, Taxonomy

TAXONOMY_FILE = "taxonomy.yaml"
CRCS_FILE = "crcs.yaml"
#: A story's units file: units.yaml, or crcs.yaml as the shipped story names it.
UNITS_FILES = ("units.yaml", CRCS_FILE)

Role = Literal["owner", "parent", "preferred_bidder"]
#: The roles that count as holding a CRC: its owner and the owner's parent company.
HOLDER_ROLES: tuple[Role, ...] = ("owner", "parent")
#: Every role, preferred bidders (before the share sale) included.
ALL_ROLES: tuple[Role, ...] = ("owner", "parent", "preferred_bidder")

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# How long after an owner lost its CRCs its news may still be theirs.
LAST_HELD_REACH = dt.timedelta(days=365)
NOT_CRC_PLACEHOLDER = "{crc}"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class _Named(_Strict):
    """Something the documents name: a canonical name, aliases and abbreviations.

    Aliases match case-insensitively with any of ",", "and", "&" between words; abbreviations
    match only as written ("BeNCH" is not "bench"). Listing the name itself under abbreviations
    makes the name case-sensitive too ("EOS").
    """

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)

    def spellings(self) -> list[tuple[str, bool]]:
        """Give every way the documents write it, as (text, case_sensitive)."""
        exact = set(self.abbreviations)
        forms = [(self.name, self.name in exact)] + [(alias, False) for alias in self.aliases]
        return forms + [(abbr, True) for abbr in self.abbreviations if abbr != self.name]


class Owner(_Named):
    """An organisation that held CRCs, with the names the documents use for it.

    Partners (a charity in the consortium) are recorded but never read as the owner: the
    documents name them in many other settings.
    """

    description: str = ""
    partners: list[str] = Field(default_factory=list)


class Body(_Named):
    """An organisation that acts in events but holds no CRC: a ministry, inspectorate or union."""

    description: str = ""
    reports: bool = False  # publishes findings (an inspectorate, an auditor, a committee)
    # What news calls it once it is named ("the watchdog", "the union"): a document naming one
    # body so called means it by the word.
    called: list[str] = Field(default_factory=list)
    # The chambers it speaks in ("Welsh Government" in the Senedd): a debate there is one
    # happening whether news names the chamber or the government.
    sits_in: list[str] = Field(default_factory=list)


class OwnershipPeriod(_Strict):
    """Who held a CRC, in which role, from start until end (end excluded; open while held)."""

    owner: str
    start: str
    end: str | None = None
    role: Role = "owner"
    source: str = ""

    @field_validator("start", "end")
    @classmethod
    def _is_partial_date(cls, value: str | None) -> str | None:
        if value is not None:
            PartialDate.parse(value)
        return value

    @model_validator(mode="after")
    def _ends_after_start(self) -> OwnershipPeriod:
        end = self.end_date()
        if end is not None and end <= self.start_date():
            raise ValueError(f"period of {self.owner!r} ends ({self.end}) before it starts")
        return self

    def start_date(self) -> dt.date:
        """Give the first day of the period."""
        return PartialDate.parse(self.start).start()

    def end_date(self) -> dt.date | None:
        """Give the first day after the period, or None while it is open."""
        return None if self.end is None else PartialDate.parse(self.end).start()

    def covers(self, when: PartialDate) -> bool:
        """Give whether the owner held the CRC at any time within when's span."""
        if when.end() < self.start_date():
            return False
        end = self.end_date()
        return end is None or when.start() < end


class Crc(_Named):
    """A Community Rehabilitation Company (or, in another corpus, the unit being owned).

    needs_context: the name is also a place ("London", "Wales"), so it names the CRC only next
    to a context word ("London CRC", "the CRC in Wales"); abbreviations never need context.
    """

    needs_context: bool = False
    ownership: list[OwnershipPeriod] = Field(default_factory=list)

    @model_validator(mode="after")
    def _periods_do_not_overlap(self) -> Crc:
        for role in ALL_ROLES:
            periods = sorted(
                (p for p in self.ownership if p.role == role), key=OwnershipPeriod.start_date
            )
            for earlier, later in zip(periods, periods[1:], strict=False):
                end = earlier.end_date()
                if end is None or end > later.start_date():
                    raise ValueError(
                        f"CRC {self.name!r}: {role} periods of {earlier.owner!r} and "
                        f"{later.owner!r} overlap"
                    )
        return self


class ContextWords(_Strict):
    """The words that mark a CRC in a sentence, case-insensitive."""

    after: list[str] = Field(default_factory=list)  # "London CRC"
    before: list[str] = Field(default_factory=list)  # "the CRC in Wales"
    group: list[str] = Field(default_factory=list)  # "the three Working Links CRCs"
    part_of: list[str] = Field(default_factory=list)  # "one of the Working Links CRCs": not all
    # "the employability staff of Working Links": another arm of an owner, not its CRCs
    other_business: list[str] = Field(default_factory=list)


class CrcRegister(_Strict):
    """The CRCs and owners of the corpus, and names that look like CRCs but are not.

    not_crcs entries are matched before CRC names, so a CRC name inside one is not a CRC;
    "{crc}" in an entry stands for any CRC name or alias ("NPS {crc}", "{crc} Probation Trust").
    """

    nouns: Nouns = Field(default_factory=Nouns)
    context: ContextWords = Field(default_factory=ContextWords)
    owners: list[Owner]
    crcs: list[Crc]
    bodies: list[Body] = Field(default_factory=list)
    not_crcs: list[str] = Field(default_factory=list)

    @field_validator("not_crcs")
    @classmethod
    def _only_crc_placeholder(cls, entries: list[str]) -> list[str]:
        for entry in entries:
            for placeholder in _PLACEHOLDER.findall(entry):
                if "{" + placeholder + "}" != NOT_CRC_PLACEHOLDER:
                    raise ValueError(f"{entry!r}: unknown placeholder {{{placeholder}}}")
        return entries

    @model_validator(mode="after")
    def _owners_exist(self) -> CrcRegister:
        owner_names = [owner.name for owner in self.owners]
        for crc in self.crcs:
            for period in crc.ownership:
                if period.owner not in owner_names:
                    hint = suggest(period.owner, owner_names)
                    raise ValueError(
                        f"CRC {crc.name!r} names unknown owner {period.owner!r}"
                        + (f" (did you mean {hint!r}?)" if hint else "")
                    )
        return self

    @model_validator(mode="after")
    def _chambers_exist(self) -> CrcRegister:
        body_names = [body.name for body in self.bodies]
        for body in self.bodies:
            for chamber in body.sits_in:
                if chamber not in body_names:
                    hint = suggest(chamber, body_names)
                    raise ValueError(
                        f"body {body.name!r} sits in unknown body {chamber!r}"
                        + (f" (did you mean {hint!r}?)" if hint else "")
                    )
        return self

    @model_validator(mode="after")
    def _aliases_are_unique(self) -> CrcRegister:
        seen: dict[tuple[str, ...], str] = {}
        named = [("CRC", c) for c in self.crcs] + [("owner", o) for o in self.owners]
        for kind, entity in named + [("body", b) for b in self.bodies]:
            label = f"{kind} {entity.name!r}"
            for text, _ in entity.spellings():
                key = alias_key(text)
                if not key:
                    raise ValueError(f"{label}: empty alias {text!r}")
                if key in seen:
                    raise ValueError(f"alias {text!r} of {label} also names {seen[key]}")
                seen[key] = label
        return self


class Vocabulary:
    """The taxonomy and the CRC register together, with the look-ups the stages need."""

    def __init__(self, taxonomy: Taxonomy, register: CrcRegister) -> None:
        self.taxonomy = taxonomy
        self.register = register

    @property
    def nouns(self) -> Nouns:
        """Give the words the story calls its units and owners by."""
        return self.register.nouns

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

    def owner(self, name: str) -> Owner:
        """Give the owner whose canonical name is name; KeyError if there is none."""
        for owner in self.register.owners:
            if owner.name == name:
                return owner
        raise KeyError(name)

    def owners_of(
        self, crc_name: str, when: PartialDate, roles: Iterable[Role] = HOLDER_ROLES
    ) -> list[str]:
        """Give who held the CRC at any time within when's span (several across a handover).

        By default owners and parent companies; pass roles=ALL_ROLES to add preferred bidders.
        """
        wanted = set(roles)
        held = (
            p.owner for p in self.crc(crc_name).ownership if p.role in wanted and p.covers(when)
        )
        return list(dict.fromkeys(held))

    def crcs_owned_by(
        self, owner: str, when: PartialDate, roles: Iterable[Role] = HOLDER_ROLES
    ) -> list[str]:
        """Give the CRCs owner held (by default as owner or parent) at any time within when."""
        wanted = set(roles)
        return [
            crc.name
            for crc in self.register.crcs
            if any(p.owner == owner and p.role in wanted and p.covers(when) for p in crc.ownership)
        ]

    def crcs_last_held_by(
        self, owner: str, when: PartialDate, roles: Iterable[Role] = HOLDER_ROLES
    ) -> list[str]:
        """Give the CRCs owner held on when or, if it held none then, the ones it held last.

        So "the Working Links CRCs" written the day after Working Links lost them still means
        its three CRCs; a year on, its news is its own (Sodexo's prison deal of 2024 is none of
        the CRCs it handed back in 2021). Empty if owner held nothing then.
        """
        held = self.crcs_owned_by(owner, when, roles)
        if held:
            return held
        wanted = set(roles)
        ended = [
            (end, crc.name)
            for crc in self.register.crcs
            for p in crc.ownership
            if p.owner == owner
            and p.role in wanted
            and (end := p.end_date()) is not None
            and end <= when.start()
            and when.start() - end <= LAST_HELD_REACH
        ]
        last = max((end for end, _ in ended), default=None)
        return list(dict.fromkeys(name for end, name in ended if end == last))

    def ownership_bands(self, crc_name: str) -> list[OwnershipPeriod]:
        """Give the CRC's owners over time for display: owner role only, in date order."""
        periods = (p for p in self.crc(crc_name).ownership if p.role == "owner")
        return sorted(periods, key=OwnershipPeriod.start_date)

    @cached_property
    def body_names(self) -> list[str]:
        """Give the canonical names of the bodies that act without holding a CRC."""
        return [body.name for body in self.register.bodies]

    @cached_property
    def bodies_called(self) -> dict[str, list[str]]:
        """Give, for each word news calls a body by ("watchdog"), the bodies so called."""
        called: dict[str, list[str]] = {}
        for body in self.register.bodies:
            for word in body.called:
                called.setdefault(word.lower(), []).append(body.name)
        return called

    @cached_property
    def chambers(self) -> dict[str, list[str]]:
        """Give, for each body that speaks in chambers, those chambers (`sits_in`)."""
        return {body.name: body.sits_in for body in self.register.bodies if body.sits_in}

    @cached_property
    def reporting_bodies(self) -> frozenset[str]:
        """Give the bodies whose word is a report: "the NAO said in December" is its findings."""
        return frozenset(body.name for body in self.register.bodies if body.reports)

    @cached_property
    def names(self) -> Names:
        """Give every written name of the units, owners, bodies and types (timeline/names.py)."""
        return Names(self)


def load_vocabulary(directory: Path | None = None) -> Vocabulary:
    """Give the vocabulary of the story in directory, or the one shipped in timeline/data.

    A story's taxonomy.yaml is optional (the shipped one without it; `extends: shipped` adds
    its types to the shipped ones); its units file is units.yaml or crcs.yaml.
    """
    shipped = resources.files("timeline") / "data"
    if directory is None:
        return _shipped_vocabulary()
    units = next((directory / name for name in UNITS_FILES if (directory / name).is_file()), None)
    if units is None:
        raise VocabularyError(f"{directory}: no {' or '.join(UNITS_FILES)} in this folder")
    taxonomy = load_model(shipped / TAXONOMY_FILE, Taxonomy)
    if (directory / TAXONOMY_FILE).is_file():
        own = load_model(directory / TAXONOMY_FILE, Taxonomy)
        if own.extends:  # type: ignore[attr-defined]
            shipped_types = [t.name for t in taxonomy.event_types]
            fail_on(directory / TAXONOMY_FILE, own.problems(taxonomy.roles, shipped_types))  # type: ignore[attr-defined]
            taxonomy = own.extending(taxonomy)  # type: ignore[attr-defined]
        else:
            taxonomy = own
    return Vocabulary(taxonomy, load_model(units, CrcRegister))  # type: ignore[arg-type]


@cache
def _shipped_vocabulary() -> Vocabulary:
    """Give the shipped vocabulary, read once per process: its files do not change."""
    shipped = resources.files("timeline") / "data"
    taxonomy = load_model(shipped / TAXONOMY_FILE, Taxonomy)
    return Vocabulary(taxonomy, load_model(shipped / CRCS_FILE, CrcRegister))  # type: ignore[arg-type]
