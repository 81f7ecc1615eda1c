"""Extraction as a map, a shuffle and a reduce: each document to candidate events, the candidates
grouped into blocks by type (blocks.py), each block merged into events (merge.py).

Here in one process, or with --workers in a pool of processes; on a Dask cluster in cluster.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from timeline.errors import TimelineError
from timeline.extraction.blocks import SpilledBlocks
from timeline.extraction.documents import document_name, find_documents, read_document
from timeline.extraction.event_spill import SpilledEvents
from timeline.extraction.events import Candidate, EventRecogniser
from timeline.extraction.reference_dates import ReferenceDate
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

    events: SpilledEvents  # on disk, read back in file order as often as asked
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
        return self.events.counts_by_type()


BATCH_LIMIT = 64  # documents in one task at most

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
    """Give the candidate events of one document (the map step: a pure function of its input).

    A document the extractor fails on is reported by name, like one that cannot be read, and
    the other documents are still read.
    """
    try:
        document = read_document(path, default_date=options.default_date)
        candidates = _recogniser(options).candidates(document, options.include_comments)
    except TimelineError as error:
        return DocumentResult(path, error=str(error))
    except Exception as error:  # a bug, not the document's fault: say which one, keep going
        failure = f"{type(error).__name__}: {error}".splitlines()[0]
        return DocumentResult(
            path, error=f"{document_name(path)}: the extractor failed ({failure})"
        )
    if document.meta.url:
        candidates = [_with_url(candidate, document.meta.url) for candidate in candidates]
    return DocumentResult(
        path,
        posts=len(document.posts),
        candidates=candidates,
        warnings=list(document.warnings),
        reference=document.reference,
    )


def extract_batch(paths: Sequence[Path], options: ExtractOptions) -> list[DocumentResult]:
    """Give the results of a batch of documents (one task: small files are not worth one each)."""
    return [extract_document(path, options) for path in paths]


def batches(files: Sequence[Path], workers: int) -> list[Sequence[Path]]:
    """Give files cut into batches: about four per worker, so a slow one does not hold up the
    rest, and none over BATCH_LIMIT documents."""
    size = max(1, min(BATCH_LIMIT, -(-len(files) // (workers * 4))))
    return [files[start : start + size] for start in range(0, len(files), size)]


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
    dask: str | None = None,
    on_document: Callable[[DocumentResult], None] | None = None,
) -> Extraction:
    """Give the events of the documents at paths; TimelineError when none could be read.

    workers: processes reading documents; dask: the address of a Dask scheduler, or "local"
    for a cluster of `workers` processes on this machine, to run the map and reduce there.
    """
    files, problems = find_documents(paths)
    if dask is not None:  # the workers load the vocabulary: a broken one fails there, once
        from timeline.extraction.cluster import extract_on_dask  # dask is an optional extra

        return extract_on_dask(files, problems, options, dask, workers, on_document)
    _recogniser(options)  # a broken vocabulary fails here, once, with its message
    summaries = []
    with SpilledBlocks() as spilled:
        for result in _map(files, options, workers):
            if on_document is not None:
                on_document(result)
            spilled.add(result.candidates)
            summaries.append(replace(result, candidates=[]))
        check_some_read(files, problems, summaries)
        return extraction(problems, summaries, spilled.merged(), spilled.count)


def check_some_read(
    files: Sequence[Path], problems: list[str], results: list[DocumentResult]
) -> None:
    """Raise TimelineError, naming every problem, when there was no document or none was read."""
    failures = [result.error for result in results if result.error]
    if not files or len(failures) == len(files):
        raise TimelineError("; ".join([*problems, *failures]) or "no documents to read")


def extraction(
    problems: list[str], results: list[DocumentResult], events: SpilledEvents, candidates: int
) -> Extraction:
    """Give the Extraction of the documents' results (in file order) and their merged events."""
    failures = [result.error for result in results if result.error]
    return Extraction(
        events=events,
        documents=len(results) - len(failures),
        failed=len(failures),
        posts=sum(result.posts for result in results),
        candidates=candidates,
        warnings=[*problems, *failures, *(w for r in results for w in r.warnings)],
        references={document_name(r.path): r.reference for r in results if not r.error},
    )


def _map(files: Sequence[Path], options: ExtractOptions, workers: int):
    if workers <= 1 or len(files) <= 1:
        yield from (extract_document(path, options) for path in files)
        return
    # Forked after the vocabulary is loaded, so each process starts with it.
    with ProcessPoolExecutor(max_workers=workers) as pool:
        try:
            tasks = pool.map(partial(extract_batch, options=options), batches(files, workers))
            for results in tasks:
                yield from results
        except BrokenProcessPool:
            raise TimelineError(
                "a worker process died while reading the documents (killed, or out of "
                "memory?); nothing was written"
            ) from None
