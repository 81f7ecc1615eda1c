"""Extraction on a Dask cluster: the map in batches of documents on the workers, the shuffle by
block there too, one reduce task per block; only summaries and events come back, each block's
events stored here as it arrives.

The workers need the timeline package installed and the documents (and the vocabulary, when it
is not the shipped one) at the same paths as here: shared storage.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from timeline.errors import TimelineError
from timeline.extraction.blocks import by_block, merge_block
from timeline.extraction.event_spill import spilled
from timeline.extraction.events import Candidate
from timeline.extraction.pipeline import (
    DocumentResult,
    Extraction,
    ExtractOptions,
    _recogniser,
    batches,
    check_some_read,
    extract_batch,
    extraction,
)

if TYPE_CHECKING:
    from distributed import Client

LOCAL = "local"  # --dask local: a LocalCluster of --workers processes on this machine
CONNECT_TIMEOUT_SECONDS = 3  # a scheduler answers in milliseconds; this is for a busy one


@dataclass
class _MapOutput:
    """One batch's share of the map, kept on the worker that made it."""

    summaries: list[DocumentResult]  # in document order, without their candidates
    parts: dict[str, list[Candidate]]  # by block

    @property
    def head(self) -> tuple[list[DocumentResult], list[str], int]:
        count = sum(len(part) for part in self.parts.values())
        return self.summaries, sorted(self.parts), count


def extract_on_dask(
    files: Sequence[Path],
    problems: list[str],
    options: ExtractOptions,
    address: str,
    workers: int,
    on_document: Callable[[DocumentResult], None] | None = None,
) -> Extraction:
    """Give the Extraction of files run on the Dask cluster at address ("local": one started
    here with workers processes); TimelineError, nothing else, when the cluster fails."""
    with _quiet_dask(), _client(address, workers) as client:
        try:
            return _extract(client, files, problems, options, on_document)
        except TimelineError:
            raise
        except Exception as error:  # a worker lost for good, a task that cannot run, ...
            raise TimelineError(f"the Dask run failed: {_said(error)}") from None


@contextmanager
def _quiet_dask() -> Iterator[None]:
    """Keep Dask's own log (tracebacks when the scheduler goes away) off the terminal: its
    failures come back as one TimelineError line."""
    with suppress(ImportError):
        import distributed  # noqa: F401  (sets its loggers' levels on import)
    names = [
        name
        for name in ["distributed", "tornado", *logging.root.manager.loggerDict]
        if name.split(".")[0] in ("distributed", "tornado")
    ]
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:
        logging.getLogger(name).setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


@contextmanager
def _client(address: str, workers: int) -> Iterator[Client]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise TimelineError("--dask needs Dask: pip install 'timeline[dask]'") from None
    if address == LOCAL:
        with (
            LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                silence_logs=logging.ERROR,
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout=CONNECT_TIMEOUT_SECONDS)
    except Exception as error:
        raise TimelineError(
            f"--dask {address}: no Dask scheduler answered within {CONNECT_TIMEOUT_SECONDS} s "
            f"({_said(error)})"
        ) from None
    with client:
        try:
            client.wait_for_workers(1, timeout=CONNECT_TIMEOUT_SECONDS)
        except Exception:
            raise TimelineError(f"--dask {address}: the scheduler has no workers") from None
        yield client


def _extract(
    client: Client,
    files: Sequence[Path],
    problems: list[str],
    options: ExtractOptions,
    on_document: Callable[[DocumentResult], None] | None,
) -> Extraction:
    from distributed import as_completed

    client.run(_load_vocabulary, options)  # once per worker, before any task needs it
    slots = max(1, sum(client.nthreads().values()))  # threads across the workers

    maps = [client.submit(_map, batch, options, pure=False) for batch in batches(files, slots)]
    heads = [client.submit(_head, output, pure=False) for output in maps]
    done: dict[int, tuple[list[DocumentResult], list[str], int]] = {}
    numbers = {future.key: number for number, future in enumerate(heads)}
    for future in as_completed(heads):
        done[numbers[future.key]] = future.result()
        for summary in done[numbers[future.key]][0]:
            if on_document is not None:
                on_document(summary)
    ordered = [done[number] for number in range(len(heads))]
    summaries = [summary for batch_summaries, _, _ in ordered for summary in batch_summaries]
    check_some_read(files, problems, summaries)
    names = sorted({name for _, blocks, _ in ordered for name in blocks})
    reduces = [
        client.submit(
            merge_block,
            *(
                client.submit(_part, output, name, pure=False)
                for output, (_, blocks, _) in zip(maps, ordered, strict=True)
                if name in blocks
            ),
            pure=False,
        )
        for name in names
    ]
    events = spilled(future.result() for future in as_completed(reduces))
    return extraction(problems, summaries, events, sum(count for _, _, count in ordered))


def _load_vocabulary(options: ExtractOptions) -> None:
    _recogniser(options)


def _map(paths: Sequence[Path], options: ExtractOptions) -> _MapOutput:
    results = extract_batch(paths, options)
    parts = by_block(candidate for result in results for candidate in result.candidates)
    return _MapOutput([replace(result, candidates=[]) for result in results], parts)


def _head(output: _MapOutput) -> tuple[list[DocumentResult], list[str], int]:
    return output.head


def _part(output: _MapOutput, block: str) -> list[Candidate]:
    return output.parts[block]


def _said(error: BaseException) -> str:
    """Give an error as one line: its kind and first line."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0]}" if text else type(error).__name__
