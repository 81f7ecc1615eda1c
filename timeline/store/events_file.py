"""events.yaml on disk: safe loading, validation with lines, saving that rewrites only changes.

Reading for display uses a fast safe loader (timeline/store/validate.py). A rewrite keeps the
text of every event it does not change byte for byte and writes only refreshed and added events
(timeline/store/event_blocks.py), as ruamel.yaml's round-trip mode writes them, so comments,
key order, quoting and blank lines people wrote survive; text that cannot be cut into events
safely goes through ruamel.yaml whole. Every write goes through timeline/store/swap.py: under a
lock, atomic (temporary file + rename), compared with the bytes the merge read right before the
rename, with time-named backups.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import YAMLError

from timeline.errors import StoreError
from timeline.model import FORMAT_VERSION, Event, EventsFile
from timeline.store.event_blocks import (
    EventBlocks,
    block_has_comment,
    changed_blocks,
    cut_events,
    fresh_blocks,
)
from timeline.store.new_file import new_file
from timeline.store.reconcile import ReconcileReport, plan_reconcile
from timeline.store.round_trip import (
    event_to_yaml,
    has_comment,
    refresh_in_place,
    round_trip_yaml,
)
from timeline.store.swap import Content, swap_file
from timeline.store.validate import Problem, check_events
from timeline.vocabulary import Vocabulary

# Far above what a merge writes (a 100,000-event file is about 50 MB), so every command reads
# what extract writes; writes are checked against it too. It guards against opening the wrong
# file, and a file this size needs several GB of memory to read.
SIZE_LIMIT_BYTES = 1024 * 1024 * 1024
SCHEMA_FILE = "events.schema.json"
SCHEMA_HEADER = f"yaml-language-server: $schema={SCHEMA_FILE}"
# What ruamel.yaml writes above the first event of a new file.
FRESH_HEAD = f"# {SCHEMA_HEADER}\nversion: {FORMAT_VERSION}\nevents:\n"


class UnreadableFile(StoreError):
    """events.yaml cannot be read as text at all; the problem says where and why."""

    def __init__(self, problem: Problem) -> None:
        where = f"{problem.file}:{problem.line}" if problem.line > 1 else problem.file
        super().__init__(f"{where}: {problem.message}")
        self.problem = problem


def read_text(path: Path) -> tuple[str, bytes]:
    """Give the text of events.yaml and its bytes, refusing a file too big to be one."""
    try:
        size = path.stat().st_size
        if size > SIZE_LIMIT_BYTES:
            raise _too_big(path, size)
        content = path.read_bytes()
    except FileNotFoundError:
        raise _unreadable(path, "no such file") from None
    except IsADirectoryError:
        raise _unreadable(path, "is a directory, not an events file") from None
    except OSError as error:
        raise _unreadable(path, f"cannot read: {error.strerror or error}") from None
    return _decoded(path, content), content


def _unreadable(path: Path, message: str, line: int = 1, column: int = 1) -> UnreadableFile:
    return UnreadableFile(Problem(str(path), line, column, "", message))


def _too_big(path: Path, size: int) -> UnreadableFile:
    return _unreadable(
        path,
        f"{size / 1e6:.0f} MB is over the {_limit_text()} "
        "limit for an events file; is it the right file?",
    )


def _limit_text() -> str:
    limit = SIZE_LIMIT_BYTES
    return f"{limit // 2**30} GiB" if limit % 2**30 == 0 else f"{limit // 2**20} MiB"


def _within_limit(
    path: Path, content_for: Callable[[bytes | None], Content]
) -> Callable[[bytes | None], Content]:
    """Give content_for refusing, before anything is written, content no command could read."""

    def checked(current: bytes | None) -> Content:
        content = content_for(current)
        if not isinstance(content, bytes):
            return _limited(path, content)
        if len(content) > SIZE_LIMIT_BYTES:
            raise StoreError(
                f"{path}: the merged file would be {len(content) / 1e6:.0f} MB, over the "
                f"{_limit_text()} limit for an events file; nothing was written (extract into "
                "several files, e.g. one per year of documents)"
            )
        return content

    return checked


def _limited(path: Path, chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Give chunks, refusing (before the file is replaced) to write more than the limit."""
    size = 0
    for chunk in chunks:
        size += len(chunk)
        if size > SIZE_LIMIT_BYTES:
            raise StoreError(
                f"{path}: the new file would be over the {_limit_text()} limit for an events "
                "file; nothing was written (extract into several files, e.g. one per year of "
                "documents)"
            )
        yield chunk


def _decoded(path: Path, content: bytes) -> str:
    if len(content) > SIZE_LIMIT_BYTES:
        raise _too_big(path, len(content))
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content.count(b"\n", 0, error.start) + 1
        column = len(content[content.rfind(b"\n", 0, error.start) + 1 : error.start]) + 1
        raise _unreadable(path, f"not UTF-8 text ({error.reason})", line, column) from None


def validate_file(path: Path, vocabulary: Vocabulary | None = None) -> list[Problem]:
    """Give every problem in the events file (none when it is valid)."""
    try:
        text, _ = read_text(path)
    except UnreadableFile as error:
        return [error.problem]
    return check_events(text, str(path), vocabulary)[1]


def _refuse(problems: list[Problem]) -> StoreError:
    more = len(problems) - 1
    extra = f" (and {more} more; run `timeline validate`)" if more else ""
    return StoreError(f"{problems[0]}{extra}")


def load_events(path: Path, vocabulary: Vocabulary | None = None) -> EventsFile:
    """Give the events in the file, for display; StoreError "file:line: …" when invalid."""
    text, _ = read_text(path)
    events_file, problems = check_events(text, str(path), vocabulary)
    if problems:
        raise _refuse(problems)
    assert events_file is not None
    return events_file


@dataclass
class EventsDocument:
    """An events file opened for editing: its round-trip YAML, its events, and what was read."""

    path: Path
    tree: CommentedMap
    events: list[Event]
    original: bytes | None  # None: the file did not exist

    @property
    def sequence(self) -> CommentedSeq:
        """Give the round-trip `events:` list, aligned index by index with events."""
        return self.tree["events"]


def open_document(path: Path, vocabulary: Vocabulary | None = None) -> EventsDocument:
    """Give the events file opened for editing; a fresh document when there is no file yet.

    The file must be valid first: a rewrite never starts from a file nobody can read back.
    """
    if not path.exists():
        return _document_of(path, None, vocabulary)
    return _document_of(path, read_text(path)[1], vocabulary)


def _document_of(
    path: Path, content: bytes | None, vocabulary: Vocabulary | None
) -> EventsDocument:
    """Give the document the bytes of the file hold (None: no file yet), checked first."""
    if content is None:
        return EventsDocument(path, _fresh_tree(), [], None)
    text = _decoded(path, content)
    events_file, problems = check_events(text, str(path), vocabulary)
    if problems:
        raise _refuse(problems)
    assert events_file is not None
    try:
        tree = round_trip_yaml().load(text)
    except YAMLError as error:  # never expected after check_events; one line, not a traceback
        mark = getattr(error, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        message = " ".join(str(getattr(error, "problem", None) or error).split())
        raise StoreError(f"{path}{line}: cannot be read for rewriting: {message}") from None
    if tree is None:
        tree = _fresh_tree()
    if tree.get("events") is None:
        tree["events"] = CommentedSeq()
    return EventsDocument(path, tree, list(events_file.events), content)


def _fresh_tree() -> CommentedMap:
    tree = CommentedMap()
    tree["version"] = FORMAT_VERSION
    tree["events"] = CommentedSeq()
    tree.yaml_set_start_comment(SCHEMA_HEADER)
    return tree


def _set_events(document: EventsDocument, pairs: list[tuple[Event, CommentedMap]]) -> None:
    """Put (event, mapping) pairs into the document sorted by date then id."""
    sequence = document.sequence
    seq_comments = {id(item): sequence.ca.items.get(i) for i, item in enumerate(sequence)}
    ordered = sorted(pairs, key=lambda pair: (pair[0].when.sort_key(), pair[0].id))
    del sequence[:]
    sequence.ca.items.clear()
    for index, (_, mapping) in enumerate(ordered):
        sequence.append(mapping)
        if seq_comments.get(id(mapping)) is not None:
            sequence.ca.items[index] = seq_comments[id(mapping)]
    if ordered:
        sequence.fa.set_block_style()
    document.events = [event for event, _ in ordered]


def _dumped(document: EventsDocument) -> bytes:
    buffer = io.StringIO()
    round_trip_yaml().dump(document.tree, buffer)
    return buffer.getvalue().encode("utf-8")


def save_document(document: EventsDocument) -> None:
    """Write the document atomically, under the lock, keeping a backup; refuse a changed file."""
    content = _dumped(document)

    def content_for(current: bytes | None) -> bytes:
        _check_unchanged(document.path, document.original, current)
        return content

    swap_file(document.path, content_for)
    document.original = content


def _check_unchanged(path: Path, original: bytes | None, current: bytes | None) -> None:
    if current == original:
        return
    if current is None:
        raise StoreError(f"{path}: was deleted since it was read; not writing it again")
    if original is None:
        raise StoreError(
            f"{path}: was created by someone else since this run started; not "
            "overwriting it (run the command again)"
        )
    raise StoreError(
        f"{path}: changed on disk since it was read; not overwriting it (run the command again)"
    )


def _read_for_rewrite(
    path: Path, content: bytes | None, vocabulary: Vocabulary | None
) -> tuple[list[Event], EventBlocks | None]:
    """Give the events the bytes of the file hold, checked, and their text cut into one block
    per event (None: only a rewrite of the whole file through ruamel.yaml will do)."""
    if content is None:
        return [], fresh_blocks(FRESH_HEAD)
    text = _decoded(path, content)
    events_file, problems = check_events(text, str(path), vocabulary)
    if problems:
        raise _refuse(problems)
    assert events_file is not None
    return list(events_file.events), cut_events(text, len(events_file.events))


def _spliced(cut: EventBlocks, pieces: list[tuple[Event, str]]) -> bytes:
    """Give the file's bytes with (event, block) pieces in place of its events, by date then id."""
    ordered = sorted(pieces, key=lambda piece: (piece[0].when.sort_key(), piece[0].id))
    return cut.joined([block for _, block in ordered]).encode("utf-8")


def write_extraction(
    path: Path,
    extracted: Iterable[Event],
    vocabulary: Vocabulary | None = None,
    read_documents: Collection[str] | None = None,
) -> ReconcileReport:
    """Give what merging extracted events into the file did, after saving the merged file.

    Events a person added, edited, locked, rejected or commented are kept as they are;
    unedited extracted events are refreshed or, when no longer found, removed — but only when
    one of their source documents is in read_documents, the documents this run read (None:
    the extraction covers every document). The merge runs under the file's lock on the bytes
    on disk, and again if a person saves the file meanwhile.

    extracted: a sequence, in any order; or an iterable in file order that can be read again
    (an extraction's events, kept on disk), from which a new file is written as they come.
    """
    read = None if read_documents is None else frozenset(read_documents)
    reports: list[ReconcileReport] = []

    def content_for(current: bytes | None) -> Content:
        if current is None and not isinstance(extracted, Sequence):
            reports.append(ReconcileReport())
            written = new_file(FRESH_HEAD, extracted, reports[-1])
            if written is not None:
                return written
        stamped = [
            event if event.digest else event.model_copy(update={"digest": event.content_digest()})
            for event in extracted
        ]
        events, cut = _read_for_rewrite(path, current, vocabulary)
        if cut is not None:
            yaml = round_trip_yaml()
            commented = frozenset(
                index for index, block in enumerate(cut.blocks) if block_has_comment(block, yaml)
            )
            plan = plan_reconcile(events, stamped, commented, read)
            reports.append(plan.report)
            pieces = [(events[index], cut.blocks[index]) for index in plan.kept]
            pieces += changed_blocks(cut, events, plan.refreshed, plan.added, yaml)
            if pieces:
                return _spliced(cut, pieces)
        # The whole file through ruamel.yaml: when the text cannot be cut, or no event is left.
        document = _document_of(path, current, vocabulary)
        sequence = document.sequence
        commented = frozenset(i for i, mapping in enumerate(sequence) if has_comment(mapping))
        plan = plan_reconcile(document.events, stamped, commented, read)
        pairs = [(document.events[i], sequence[i]) for i in plan.kept]
        for index, fresh in plan.refreshed.items():
            refresh_in_place(sequence[index], document.events[index], fresh)
            pairs.append((fresh, sequence[index]))
        pairs.extend((event, event_to_yaml(event)) for event in plan.added)
        _set_events(document, pairs)
        reports.append(plan.report)
        return _dumped(document)

    swap_file(path, _within_limit(path, content_for))
    return reports[-1]


def add_event(path: Path, event: Event, vocabulary: Vocabulary | None = None) -> Event:
    """Give the event after adding it to the file by hand (origin manual), checked like the file."""
    manual = event.model_copy(update={"origin": "manual", "digest": None})

    def content_for(current: bytes | None) -> bytes:
        events, cut = _read_for_rewrite(path, current, vocabulary)
        if any(existing.id == manual.id for existing in events):
            raise StoreError(f"{path}: an event with id {manual.id!r} already exists")
        mapping = event_to_yaml(manual)
        _check_new_event(mapping, path, vocabulary)
        if cut is not None:
            added = changed_blocks(cut, events, {}, [manual], round_trip_yaml())
            return _spliced(cut, [*zip(events, cut.blocks, strict=True), *added])
        document = _document_of(path, current, vocabulary)
        pairs = list(zip(document.events, document.sequence, strict=True))
        pairs.append((manual, mapping))
        _set_events(document, pairs)
        return _dumped(document)

    swap_file(path, _within_limit(path, content_for))
    return manual


def _check_new_event(mapping: CommentedMap, path: Path, vocabulary: Vocabulary | None) -> None:
    """Check one new event as the file's validation would, before it goes in the file."""
    tree = CommentedMap(version=FORMAT_VERSION, events=CommentedSeq([mapping]))
    buffer = io.StringIO()
    round_trip_yaml().dump(tree, buffer)
    problems = check_events(buffer.getvalue(), str(path), vocabulary)[1]
    if problems:
        first = problems[0]
        raise StoreError(
            f"{path}: new event: {first.path.removeprefix('events[0].')}: {first.message}"
        )


__all__ = [
    "EventsDocument",
    "ReconcileReport",
    "add_event",
    "event_to_yaml",
    "load_events",
    "open_document",
    "read_text",
    "save_document",
    "validate_file",
    "write_extraction",
]
