"""Extraction as a map and a reduce: each document to candidate events, then one merge."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from timeline.errors import TimelineError
from timeline.extraction.documents import document_name, find_documents, read_document
from timeline.extraction.events import Candidate, EventRecogniser
from timeline.extraction.merge import merge_candidates
from timeline.extraction.reference_dates import ReferenceDate
from timeline.model import Event
from timeline.vocabulary import load_vocabulary


@dataclass(frozen=True)
class ExtractOptions:
    """What an extraction reads beyond the documents themselves."""

    vocabulary_dir: Path | None = None
    include_comments: bool = False
    default_date: dt.date | None = None
    frames: bool = True  # the frame extractor (frame_events.py); False: triggers only (events.py)


@dataclass
class DocumentResult:
    """One document's share of an extraction: its candidates, or why it could not be read."""

    path: Path
    posts: int = 0
    candidates: list[Candidate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    reference: ReferenceDate | None = None  # the document's own date and the rule that found it


@dataclass
class Extraction:
    """The events of a set of documents, with what happened along the way."""

    events: list[Event]
    documents: int
    failed: int
    posts: int
    candidates: int
    warnings: list[str]
    references: dict[str, ReferenceDate | None] = field(default_factory=dict)  # by document

    @property
    def read_documents(self) -> frozenset[str]:
        """Give the names (as sources give them) of the documents read without an error."""
        return frozenset(self.references)

    def counts_by_rule(self) -> dict[str, int]:
        """Give how many documents each reference-date rule dated ("none": no date), most first."""
        rules = Counter(ref.rule if ref else "none" for ref in self.references.values())
        return dict(sorted(rules.items(), key=lambda item: (-item[1], item[0])))

    def counts_by_type(self) -> dict[str, int]:
        """Give how many events there are of each type, most first."""
        return dict(Counter(event.type for event in self.events).most_common())


_recognisers: dict[tuple[Path | None, bool], EventRecogniser] = {}


def _recogniser(options: ExtractOptions) -> EventRecogniser:
    """Give the recogniser for a vocabulary, built once per process."""
    key = (options.vocabulary_dir, options.frames)
    if key not in _recognisers:
        vocabulary = load_vocabulary(options.vocabulary_dir)
        if options.frames:  # loads the lemmatiser only when asked for
            from timeline.extraction.frame_events import FrameRecogniser

            _recognisers[key] = FrameRecogniser(vocabulary)  # type: ignore[assignment]
        else:
            _recognisers[key] = EventRecogniser(vocabulary)
    return _recognisers[key]


def extract_document(path: Path, options: ExtractOptions) -> DocumentResult:
    """Give the candidate events of one document (the map step: a pure function of its input)."""
    try:
        document = read_document(path, default_date=options.default_date)
    except TimelineError as error:
        return DocumentResult(path, error=str(error))
    candidates = _recogniser(options).candidates(document, options.include_comments)
    if document.meta.url:
        candidates = [_with_url(candidate, document.meta.url) for candidate in candidates]
    return DocumentResult(
        path,
        posts=len(document.posts),
        candidates=candidates,
        warnings=list(document.warnings),
        reference=document.reference,
    )


def _with_url(candidate: Candidate, url: str) -> Candidate:
    """Give candidate with its source pointing at the document's web address."""
    if not url.startswith(("http://", "https://")):
        return candidate
    return replace(candidate, source=candidate.source.model_copy(update={"url": url}))


def extract(
    paths: Sequence[Path],
    options: ExtractOptions = ExtractOptions(),
    *,
    workers: int = 1,
    on_document: Callable[[DocumentResult], None] | None = None,
) -> Extraction:
    """Give the events of the documents at paths; TimelineError when none could be read."""
    files, problems = find_documents(paths)
    _recogniser(options)  # a broken vocabulary fails here, once, with its message
    results = []
    for result in _map(files, options, workers):
        results.append(result)
        if on_document is not None:
            on_document(result)
    failures = [result.error for result in results if result.error]
    if not files or len(failures) == len(files):
        raise TimelineError("; ".join([*problems, *failures]) or "no documents to read")
    candidates = [c for result in results for c in result.candidates]
    return Extraction(
        events=merge_candidates(candidates),
        documents=len(files) - len(failures),
        failed=len(failures),
        posts=sum(result.posts for result in results),
        candidates=len(candidates),
        warnings=[*problems, *failures, *(w for r in results for w in r.warnings)],
        references={document_name(r.path): r.reference for r in results if not r.error},
    )


def _map(files: Sequence[Path], options: ExtractOptions, workers: int):
    task = partial(extract_document, options=options)
    if workers <= 1 or len(files) <= 1:
        yield from map(task, files)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from pool.map(task, files, chunksize=max(1, len(files) // (workers * 4)))
