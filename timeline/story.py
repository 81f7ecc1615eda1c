"""A story: a folder with its vocabulary, its documents/ and its events.yaml.

A story folder holds `units.yaml` (its units — CRCs, franchises … — with aliases and
ownership periods, its owners, its bodies and the nouns it calls them by) and may hold
`taxonomy.yaml` (its event types and frames; without one, the shipped types; with
`extends: shipped`, the shipped types and its own). Every command works on one story:
`--story DIR`, else the current folder when it holds a story, else the shipped probation story
(the vocabulary in timeline/data, with documents/ and events.yaml in the current folder).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from timeline.errors import VocabularyError
from timeline.vocabulary import UNITS_FILES, Vocabulary, load_vocabulary

__all__ = ["Story", "is_story", "open_story"]

DOCUMENTS_DIR = "documents"
EVENTS_FILE = "events.yaml"


@dataclass(frozen=True)
class Story:
    """Where a story's vocabulary, documents and events are."""

    root: Path
    vocabulary_dir: Path | None  # None: the shipped vocabulary (timeline/data)

    @property
    def documents(self) -> Path:
        """Give the story's documents folder."""
        return self.root / DOCUMENTS_DIR

    @property
    def events(self) -> Path:
        """Give the story's events file."""
        return self.root / EVENTS_FILE

    @cached_property
    def vocabulary(self) -> Vocabulary:
        """Give the story's vocabulary, loaded once (VocabularyError naming file and line)."""
        return load_vocabulary(self.vocabulary_dir)


def is_story(folder: Path) -> bool:
    """Give whether folder holds a story's units file."""
    return any((folder / name).is_file() for name in UNITS_FILES)


def open_story(folder: Path | None = None) -> Story:
    """Give the story in folder; without one, the current folder's story or the shipped one.

    VocabularyError when a folder named is not a story.
    """
    if folder is None:
        here = Path(".")
        return Story(here, here if is_story(here) else None)
    if not folder.is_dir():
        raise VocabularyError(f"{folder}: no such story folder")
    if not is_story(folder):
        wanted = " or ".join(UNITS_FILES)
        raise VocabularyError(
            f"{folder}: not a story: no {wanted} (its units, owners and bodies; "
            "see README, 'Start your own story')"
        )
    return Story(folder, folder)
