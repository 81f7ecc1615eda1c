"""What one sentence names, found once for all the frames it holds: its entities, and the
referents ("the CRC", "the company") that stand for its post's subject."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from timeline.extraction.entities import Entities, EntityMention
from timeline.extraction.frame_titles import canonical_spellings

__all__ = ["NamedHere"]


@dataclass(frozen=True)
class NamedHere:
    """What a sentence names: its entities, and the referents ("the CRC", "the company") that
    stand for the post's subject, found once for all its frames."""

    entities: Entities
    referents: Sequence[EntityMention]

    def spelt(self, title: str) -> str:
        """Give title with the names its sentence wrote in another case in their own."""
        return canonical_spellings(title, self.entities.mentions)
