"""What a document says about itself beside its text: title, date, author, URL, site."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace

from timeline.extraction.sentences import Line


@dataclass(frozen=True)
class DocumentMeta:
    """A document's own metadata: HTML meta tags, PDF info, front matter; None when not given."""

    title: str | None = None
    date: dt.date | None = None  # the publication date the page's markup states (htmldate)
    created: dt.date | None = None  # when the file was made (a PDF's info): after its cover
    author: str | None = None
    url: str | None = None  # the canonical URL of a web page, or front matter's url/source
    site: str | None = None  # the site or publisher name

    def updated(self, other: DocumentMeta) -> DocumentMeta:
        """Give this metadata with every field other gives replaced by other's."""
        given = {item.name: getattr(other, item.name) for item in fields(other)}
        return replace(self, **{key: value for key, value in given.items() if value is not None})


@dataclass
class Reading:
    """A document file read as numbered lines, with the title and metadata it carries."""

    lines: list[Line]
    title: str | None = None
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    # A web page's opening blocks, headers and all: its byline may stand outside the main text.
    opening: list[Line] = field(default_factory=list)
