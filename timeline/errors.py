"""The one exception family of the library: the CLI turns it into a one-line message."""

from __future__ import annotations


class TimelineError(Exception):
    """An error a user can act on; its message is one line, naming the file (and line) involved."""


class VocabularyError(TimelineError):
    """A vocabulary data file (taxonomy, CRCs) is malformed."""


class DocumentError(TimelineError):
    """A document could not be read."""


class StoreError(TimelineError):
    """events.yaml could not be loaded, validated or saved."""


class ExportError(TimelineError):
    """An export could not be written."""
