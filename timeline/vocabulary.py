"""The corpus vocabulary: the taxonomy (taxonomy.py), CRCs, owners and who owned what when.

It is data (timeline/data/*.yaml), validated here, so another corpus needs new files, not code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import cache, cached_property
from importlib import resources
from pathlib import Path

from timeline.data_files import fail_on, load_model
from timeline.errors import VocabularyError
from timeline.names import Names
from timeline.nouns import Nouns
from timeline.partial_date import PartialDate
from timeline.register import (
    HOLDER_ROLES,
    Crc,
    CrcRegister,
    Owner,
    OwnershipPeriod,
    Role,
)
from timeline.taxonomy import EventType, Taxonomy

TAXONOMY_FILE = "taxonomy.yaml"
CRCS_FILE = "crcs.yaml"
#: A story's units file: units.yaml, or crcs.yaml as the shipped story names it.
UNITS_FILES = ("units.yaml", CRCS_FILE)
# How long after an owner lost its CRCs its news may still be theirs.
LAST_HELD_REACH = dt.timedelta(days=365)


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
    def former_names(self) -> dict[str, list[tuple[str, PartialDate]]]:
        """Give, for each body that went by other names, those names and when each ended."""
        return {
            body.name: [(old.name, PartialDate.parse(old.until)) for old in body.former_names]
            for body in self.register.bodies
            if body.former_names
        }

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
