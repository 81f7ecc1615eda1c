"""The words a story calls its units and owners by: "CRC"/"CRCs" here, "franchise" for rail."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class Nouns(BaseModel):
    """How labels, filters and exports name a story's units and owners."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    unit: str = "CRC"
    units: str = "CRCs"
    owner: str = "owner"
    owners: str = "owners"
    national: str = "All CRCs (national)"  # an event that concerns every unit
    no_unit: str = "Other"  # the timeline row of events that name no unit

    def capitalised(self, word: str) -> str:
        """Give word with its first letter in capitals ("owner" → "Owner"; "CRC" stays)."""
        return word[:1].upper() + word[1:]
