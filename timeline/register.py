"""The units register (crcs.yaml or a story's units.yaml): CRCs, owners, bodies and who owned
what when, validated by pydantic; queried through timeline.vocabulary."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from timeline.names import alias_key, suggest
from timeline.nouns import Nouns
from timeline.partial_date import PartialDate

Role = Literal["owner", "parent", "preferred_bidder"]
#: The roles that count as holding a CRC: its owner and the owner's parent company.
HOLDER_ROLES: tuple[Role, ...] = ("owner", "parent")
#: Every role, preferred bidders (before the share sale) included.
ALL_ROLES: tuple[Role, ...] = ("owner", "parent", "preferred_bidder")

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
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


class FormerName(_Strict):
    """A name a body went by until a date (end excluded): NOMS, until HMPPS on 1 April 2017."""

    name: str = Field(min_length=1)
    until: str

    @field_validator("until")
    @classmethod
    def _is_partial_date(cls, value: str) -> str:
        return _partial_date(value)


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
    # The names it went by before ("National Offender Management Service" until April 2017): a
    # title of an event before then calls it so.
    former_names: list[FormerName] = Field(default_factory=list)


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
        return value if value is None else _partial_date(value)

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
                    raise _unknown(
                        f"CRC {crc.name!r} names unknown owner", period.owner, owner_names
                    )
        return self

    @model_validator(mode="after")
    def _chambers_exist(self) -> CrcRegister:
        body_names = [body.name for body in self.bodies]
        for body in self.bodies:
            for chamber in body.sits_in:
                if chamber not in body_names:
                    raise _unknown(f"body {body.name!r} sits in unknown body", chamber, body_names)
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


def _unknown(what: str, name: str, known: list[str]) -> ValueError:
    """Give the error for a name the register does not know, with the nearest it does."""
    hint = suggest(name, known)
    return ValueError(f"{what} {name!r}" + (f" (did you mean {hint!r}?)" if hint else ""))


def _partial_date(value: str) -> str:
    """Give value when it is a partial date (2019, 2019-02, 2019-02-15); else the parse error."""
    PartialDate.parse(value)
    return value
