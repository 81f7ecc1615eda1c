"""What an event concerns: the CRCs and owners its sentence and roles name, the CRCs its
owners held (or a buyer gained) on its day, and who held its CRCs then."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from timeline.extraction.entities import Entities
from timeline.extraction.events import ENTITY_ROLES
from timeline.extraction.phrases import phrases_regex
from timeline.partial_date import PartialDate
from timeline.register import ALL_ROLES, Role
from timeline.vocabulary import Vocabulary

_DIRECT: tuple[Role, ...] = tuple(role for role in ALL_ROLES if role != "parent")
# A clause that says who someone is by what they hold: ", who currently own Kent, Surrey and
# Sussex CRC", ", which already runs the London CRC", ", the justice firm that already owns the
# Kent, Surrey and Sussex CRC", ", the parent company to Kent, Surrey and Sussex Community
# Rehabilitation Company".
_IDENTIFYING = re.compile(
    r",\s+(?:(?:(?:an?|the)\s+[^,;.]*?\s+)?(?:who|which|that)\s+(?:(?:currently|already|also|now)\s+)?"
    r"(?:own|owns|run|runs|operate|operates|hold|holds)|(?:the\s+)?(?:parent\s+company|"
    r"owners?|operators?)\s+(?:of|to))\b[^;.]*?(?=,\s|[;.]|\Z)",
    re.IGNORECASE,
)
# Names a clause denies: "it was not Sodexo or Interserve", "neither Seetec nor MTCnovo".
_DENIED = re.compile(r"\b(?:not|neither|nor)\s+(?!only\b)[^,;.]*", re.IGNORECASE)
_OWNER: tuple[Role, ...] = ("owner",)


class ConcernFinder:
    """Finds the CRCs and owners an event concerns with one vocabulary's ownership periods."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._other_business = phrases_regex(vocabulary.register.context.other_business)
        self._no_holders = {
            kind.name for kind in vocabulary.taxonomy.event_types if not kind.holders
        }
        self._in_chamber = {kind.name for kind in vocabulary.taxonomy.event_types if kind.chamber}
        courts = vocabulary.taxonomy.courts
        self._courts = (
            re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, courts)) + r")$", re.I)
            if courts
            else None
        )
        self._findings_type = vocabulary.taxonomy.findings_type
        self.rulings_type = vocabulary.taxonomy.rulings_type
        self._places = {place.lower() for place in vocabulary.taxonomy.places}

    def court_of(self, event_type: str, roles: dict[str, list[str]]) -> str | None:
        """Give the court whose finding a report is ("The High Court found that Horizon …"):
        its ruling, filed under the taxonomy's rulings_type; else None."""
        if self._courts is None or event_type != self._findings_type or not self.rulings_type:
            return None
        return next((name for name in roles.get("actor", []) if self._courts.search(name)), None)

    def in_chambers(self, event_type: str, roles: dict[str, list[str]]) -> dict[str, list[str]]:
        """Give roles with, for a happening held in a chamber, the chambers its actors sit in
        as actors too ("the Welsh Government debated": in the Senedd)."""
        actors = roles.get("actor", [])
        if event_type not in self._in_chamber or not actors:
            return roles
        chambers = [c for a in actors for c in self.vocabulary.chambers.get(a, ())]
        return {**roles, "actor": list(dict.fromkeys([*actors, *chambers]))}

    def placed_only(self, event_type: str, crcs: list[str], entities: Entities) -> list[str]:
        """Give crcs without those the sentence names only by a place ("the future of probation
        in Wales"), for a type that is no news of a company (a debate, a policy): the place's
        probation, not the CRC of that name."""
        if self.of_companies(event_type):
            return crcs
        placed = {
            m.name for m in entities.mentions if m.kind == "crc" and m.text.lower() in self._places
        }
        written = {m.name for m in entities.mentions if m.kind == "crc"} - placed
        return [crc for crc in crcs if crc not in placed or crc in written]

    def another_business(self, text: str) -> bool:
        """Give whether text tells of an owner's other arm ("the employability staff of Working
        Links"): its CRCs are not concerned unless the text names them."""
        return self._other_business is not None and self._other_business.search(text) is not None

    def concerned(
        self, entities: Entities | None, roles: dict[str, list[str]], when: PartialDate
    ) -> tuple[list[str], list[str]]:
        """Give the CRCs and owners an event concerns: those its sentence names (when it reports
        only this event) or its roles name, and the CRCs its owners held on the day."""
        crcs = list(entities.crcs) if entities else []
        owners = list(entities.owners) if entities else []
        named_crcs = bool(crcs) or any(
            name in self.vocabulary.crc_names for names in roles.values() for name in names
        )
        owner_names = set(self.vocabulary.owner_names)
        for role in ENTITY_ROLES:
            for name in roles.get(role, []):
                if name in owner_names:
                    owners.append(name)
                elif name in self.vocabulary.crc_names:
                    crcs.append(name)
        successors = set(roles.get("successor", ()))
        if not named_crcs:  # "Seetec restructures Kent, Surrey and Sussex CRC"
            crcs.extend(self.held_crcs([o for o in owners if o not in successors], when))
            crcs.extend(self._gained_crcs(successors & set(owners), when))
        if successors & set(owners):  # a takeover concerns whom the CRCs passed from too
            owners.extend(self._predecessors(crcs, successors, when))
        return list(dict.fromkeys(crcs)), list(dict.fromkeys(owners))

    def _predecessors(
        self, crcs: Sequence[str], successors: set[str], when: PartialDate
    ) -> list[str]:
        """Give who owned the CRCs on the eve of a takeover dated when, other than the buyers."""
        if _undated(when):
            return []
        held = (o for crc in crcs for o in self.vocabulary.owners_of(crc, _eve(when), _OWNER))
        return [owner for owner in held if owner not in successors]

    def beside(self, text: str, entities: Entities, trigger: int) -> Entities:
        """Give the names a report's sentence writes less those that only say who someone is
        (", who currently own Kent, Surrey and Sussex CRC") or that it denies ("and it was not
        Sodexo or Interserve"), unless the report is told there."""
        found = [*_IDENTIFYING.finditer(text), *_DENIED.finditer(text)]
        spans = [m.span() for m in found if not m.start() <= trigger < m.end()]
        return entities.outside(spans) if spans else entities

    def of_companies(self, event_type: str) -> bool:
        """Give whether events of the type are news of the companies whose CRCs they concern
        (`holders: true`), not of an area's probation as a whole (a debate, a policy)."""
        return event_type not in self._no_holders

    def holders(
        self, event_type: str, crcs: Sequence[str], owners: Sequence[str], when: PartialDate
    ) -> tuple[str, ...]:
        """Give who held the CRCs of an event that names no owner, as its span began: on the eve
        of its first day (Working Links, for a report on its CRC on the day or in the month
        Seetec took it over), else on that day, else later in it. None for an undated event, one
        about every CRC, or one of a type that is no news of a CRC's company (`holders: false`)."""
        if owners or not crcs or _undated(when) or event_type in self._no_holders:
            return ()
        if set(self.vocabulary.crc_names) <= set(crcs):
            return ()
        held = (owner for crc in crcs for owner in self._holders(crc, when))
        return tuple(dict.fromkeys(held))

    def _holders(self, crc: str, when: PartialDate) -> list[str]:
        return (
            self.vocabulary.owners_of(crc, _eve(when), _OWNER)
            or self.vocabulary.owners_of(crc, PartialDate.from_date(when.start()), _OWNER)
            or self.vocabulary.owners_of(crc, when, _OWNER)
        )

    def _gained_crcs(self, owners: Iterable[str], when: PartialDate) -> list[str]:
        """Give the CRCs the owners came to hold on when: a buyer's others are not its news. A
        preferred bidder that takes over its CRCs gains them then."""
        if _undated(when):  # nothing was gained on a day
            return []
        before = _eve(when)
        gained = (
            set(self.vocabulary.crcs_owned_by(o, when, ALL_ROLES))
            - set(self.vocabulary.crcs_owned_by(o, before))
            for o in owners
        )
        return sorted({crc for crcs in gained for crc in crcs})

    def held_crcs(self, owners: Sequence[str], when: PartialDate) -> list[str]:
        """Give the CRCs the owners held on when (or last held before it), as owner or preferred
        bidder: a parent company's news (Aurelius selling its homecare arm) is not its CRCs'."""
        held = (self.vocabulary.crcs_last_held_by(o, when, _DIRECT) for o in owners)
        return list(dict.fromkeys(crc for crcs in held for crc in crcs))


def _undated(when: PartialDate) -> bool:
    """Give whether an event's date is the earliest there is: it was found undated."""
    return when.start() == dt.date.min


def _eve(when: PartialDate) -> PartialDate:
    """Give the day before when begins (for a dated event)."""
    return PartialDate.from_date(when.start() - dt.timedelta(days=1))
