"""Reports one document tells twice: a report that names no one, or a report's publishing
that names only its publisher, joined to the one happening of its type that the same document
names someone in at the same time."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.extraction.merge import _Happening

__all__ = ["told_twice"]


def told_twice(happenings: list[_Happening]) -> list[_Happening]:
    """Give happenings with each one that names no one joined to the one happening of its type
    that its document names someone in on the same day ("HM Inspectorate of Probation rates
    Essex CRC 'Requires improvement'" and "Inspectors say company must put public protection
    first" in one news story), and each report's publishing that names only its publisher to
    the one its document dates alike ("HM Inspectorate of Probation publishes report" in
    September 2019, "Norfolk and Suffolk CRC rated 'Requires improvement'" then); where the
    document names two, or the two conflict, it stays apart."""
    named: dict[tuple, list[_Happening]] = {}
    for happening in happenings:
        if _names_anyone(happening) and not _teller_alone(happening):
            for key in _days_told(happening, any_precision=True):
                named.setdefault(key, []).append(happening)
    kept = []
    for happening in happenings:
        alone = _teller_alone(happening)
        homes = [] if _names_anyone(happening) and not alone else _homes(happening, named, alone)
        if len(homes) != 1 or any(homes[0].conflicts(c) for c in happening.candidates):
            kept.append(happening)
            continue
        for candidate in happening.candidates:
            homes[0].add(candidate)
    return kept


def _teller_alone(happening: _Happening) -> bool:
    """Give whether a report's publishing names only its publisher ("HM Inspectorate of
    Probation publishes report"): which of its many reports a document means, the one other
    report that document dates to that day, month or year says."""
    alone = not happening.entities and set(happening.roles) == {"actor"}
    return alone and happening.type == "report_published" and not happening.national


def _names_anyone(happening: _Happening) -> bool:
    return bool(happening.entities or any(happening.roles.values()) or happening.national)


def _days_told(happening: _Happening, any_precision: bool = False) -> set[tuple]:
    """Give the (type, document, day) of each of a happening's reports dated to its day (or to
    its month or year, any_precision)."""
    day = happening.best.date
    if day.precision != "day" and not any_precision:
        return set()
    return {(happening.type, c.source.document, day) for c in happening.candidates if c.date == day}


def _homes(
    happening: _Happening, named: dict[tuple, list[_Happening]], alone: bool = False
) -> list[_Happening]:
    """Give the distinct named happenings told on an unnamed one's day in its documents."""
    keys = _days_told(happening, any_precision=alone)
    found = [home for key in keys for home in named.get(key, ())]
    return list({id(home): home for home in found}.values())
