"""Replacing a file people also edit by hand: locked, compared, swapped, backed up.

Every write of events.yaml (and of the schema) goes through swap_file. It holds an exclusive
lock (`.events.yaml.lock` beside the file) for the whole read–merge–write, so two `timeline`
commands take turns; writes the new content to a temporary file in the same folder; and
exchanges the two names in one step, then checks the file it displaced holds the very bytes
the merge read. A person's editor takes no lock, so a save that lands during the merge is
seen there: the names are exchanged back and the merge runs again on the new content. (Where
the system cannot exchange names, the check comes just before an ordinary rename.) A symlink
is followed and its target replaced, keeping its mode (and owner when allowed); the replaced
content is kept as a time-named backup.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import socket
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from filelock import FileLock, Timeout

from timeline.errors import StoreError
from timeline.store.renames import create_only, exchange

LOCK_TIMEOUT_SECONDS = 10.0
ATTEMPTS = 3  # merges run again after a hand edit landed meanwhile, before giving up
BACKUPS_KEPT = 5
STALE_TEMPORARY_SECONDS = 3600

_BACKUP_STAMP = "%Y%m%dT%H%M%SZ"

# A file's new content: its bytes, or chunks written as they come (a file too big to hold).
Content = bytes | Iterable[bytes]


def target_of(path: Path) -> Path:
    """Give the file a write of path replaces: path itself, or the end of its symlinks."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def check_writable(path: Path) -> None:
    """Raise StoreError, in one line, when a write of path could not succeed; else nothing.

    Mode bits, not os.access: root may write anything, but a file someone marked read-only
    is a statement that it must not change.
    """
    target = target_of(path)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        what = "is not a folder" if folder.exists() else "does not exist"
        raise StoreError(f"{path}: the folder {folder} {what}; nothing was written")
    if target.is_dir():
        raise StoreError(f"{path}: is a directory, not a file; nothing was written")
    if target.exists() and not target.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise StoreError(f"{path}: is read-only; not saving")
    if not folder.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise StoreError(f"{path}: the directory {folder} is read-only; not saving")


def swap_file(
    path: Path,
    content_for: Callable[[bytes | None], Content | None],
    *,
    backups: int = BACKUPS_KEPT,
    timeout: float | None = None,
) -> bool:
    """Give whether the file changed, after replacing it with content_for(its current bytes).

    content_for gets None when there is no file yet and gives None (or the same bytes) to leave
    it alone, or the new content; it may run up to ATTEMPTS times, each on what is on disk
    then, and may raise StoreError (also while its chunks are written) to stop. Nothing is
    written unless the file still holds, right before the rename, the bytes content_for was
    given.
    """
    check_writable(path)
    target = target_of(path)
    with locked(path, timeout):
        remove_stale_temporaries(target)
        for _ in range(ATTEMPTS):
            current = _read(path, target)
            content = content_for(current)
            if content is None or content == current:
                return False
            if _swap(path, target, current, content, backups):
                return True
    raise StoreError(
        f"{path}: was edited {ATTEMPTS} times while being merged; nothing was written "
        "(run the command again)"
    )


def _swap(path: Path, target: Path, expected: bytes | None, content: Content, backups: int) -> bool:
    """Give whether target held expected and now holds content; False: it changed meanwhile."""
    backup: Path | None = None
    temporary = None
    try:
        temporary = _write_temporary(target, content, like=target)
        if expected is not None and backups:
            backup = _back_up(target, expected, backups)
        if not _put_in_place(path, target, temporary, expected):
            if backup is not None:
                backup.unlink(missing_ok=True)
            return False
    except OSError as error:
        raise StoreError(f"{path}: cannot save: {error.strerror or error}") from None
    finally:
        if temporary is not None:  # the new content's spare name, or the file it replaced
            temporary.unlink(missing_ok=True)
    _sync_folder(target.parent)
    return True


def _put_in_place(path: Path, target: Path, temporary: Path, expected: bytes | None) -> bool:
    """Give whether temporary now stands at target in place of expected; False: a save by
    someone else landed meanwhile, and stands at target again."""
    if expected is None:
        created = create_only(temporary, target)
        if created is not None:
            return created
    elif exchange(temporary, target):
        if _read(path, temporary) == expected:
            return True
        _put_back(path, target, temporary)
        return False
    return _check_and_replace(path, target, temporary, expected)


def _put_back(path: Path, target: Path, temporary: Path) -> None:
    """Exchange again, so the save that landed stands at target and the new content leaves."""
    ours = target.stat().st_ino  # the new content, at target since the first exchange
    exchange(temporary, target)
    if temporary.stat().st_ino == ours:
        return
    kept = _time_named(target, "saved")  # never over an earlier kept save
    os.replace(temporary, kept)
    raise StoreError(
        f"{path}: was saved twice in the instant it was written; the other save is kept "
        f"as {kept.name}; nothing else was written (compare the two, then run the command again)"
    )


def _check_and_replace(path: Path, target: Path, temporary: Path, expected: bytes | None) -> bool:
    """The fallback where names cannot be exchanged: check, then rename at once."""
    if _read(path, target) != expected:
        return False
    os.replace(temporary, target)
    return True


def _read(path: Path, target: Path) -> bytes | None:
    try:
        return target.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise StoreError(f"{path}: cannot read: {error.strerror or error}") from None


def _write_temporary(target: Path, content: Content, like: Path) -> Path:
    """Give a new temporary file beside target holding content, on disk, with like's mode."""
    try:
        status: os.stat_result | None = like.stat()
    except FileNotFoundError:
        status = None
    # The pid in the name tells a later run whether the writer is still alive.
    handle, name = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp"
    )
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.writelines([content] if isinstance(content, bytes) else content)
            stream.flush()
            if status is None:
                umask = os.umask(0)
                os.umask(umask)
                os.fchmod(stream.fileno(), 0o666 & ~umask)
            else:
                os.fchmod(stream.fileno(), stat.S_IMODE(status.st_mode))
                _keep_owner(stream.fileno(), status)
            os.fsync(stream.fileno())
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def _keep_owner(handle: int, status: os.stat_result) -> None:
    if (status.st_uid, status.st_gid) == (os.geteuid(), os.getegid()):
        return
    with contextlib.suppress(PermissionError):  # only root (or the group's member) may
        os.fchown(handle, status.st_uid, status.st_gid)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable, where the system allows opening a folder."""
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


# --- backups: events.yaml.20261201T170501Z.bak, the newest BACKUPS_KEPT kept -----------------


def _backup_pattern(target: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(target.name)}\.(\d{{8}}T\d{{6}}Z)(?:-(\d+))?\.bak$")


def backups_of(path: Path) -> list[Path]:
    """Give the time-named backups of the file at path, oldest first."""
    target = target_of(path)
    pattern = _backup_pattern(target)
    found = []
    for entry in target.parent.iterdir():
        match = pattern.match(entry.name)
        if match:
            found.append(((match[1], int(match[2] or 1)), entry))
    return [entry for _, entry in sorted(found)]


def _back_up(target: Path, content: bytes, kept: int) -> Path:
    """Give the new backup holding content, after pruning all but the newest kept backups."""
    backup = _time_named(target, "bak")
    temporary = _write_temporary(target, content, like=target)
    try:
        os.replace(temporary, backup)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    for old in backups_of(target)[:-kept]:
        old.unlink(missing_ok=True)
    return backup


def _time_named(target: Path, suffix: str) -> Path:
    """Give a free name beside target for a copy made now: NAME.<UTC time>.SUFFIX, or with
    -2, -3 … after the time when one was made within the same second (they sort after it)."""
    stamp = dt.datetime.now(dt.UTC).strftime(_BACKUP_STAMP)
    named = target.with_name(f"{target.name}.{stamp}.{suffix}")
    number = 1
    while named.exists():
        number += 1
        named = target.with_name(f"{target.name}.{stamp}-{number}.{suffix}")
    return named


# --- the lock, and who holds it -------------------------------------------------------------


def lock_path(path: Path) -> Path:
    """Give the lock file that guards writes of path: `.NAME.lock` beside its target."""
    target = target_of(path)
    return target.with_name(f".{target.name}.lock")


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the exclusive lock on path's writes; StoreError naming the holder on a timeout."""
    guard = lock_path(path)
    holder = guard.with_name(guard.name + ".holder")
    wait = LOCK_TIMEOUT_SECONDS if timeout is None else timeout
    lock = FileLock(guard, timeout=wait)
    try:
        lock.acquire()
    except Timeout:
        raise StoreError(
            f"{path}: {_holder_of(holder)} is writing it; waited {wait:g} s, nothing was written "
            "(try again when it has finished)"
        ) from None
    except OSError as error:
        raise StoreError(f"{path}: cannot lock {guard}: {error.strerror or error}") from None
    try:
        with contextlib.suppress(OSError):  # the name is a courtesy; the lock is what counts
            holder.write_text(_describe_self(), encoding="utf-8")
        yield
    finally:
        with contextlib.suppress(OSError):
            holder.unlink(missing_ok=True)
        lock.release()


def _describe_self() -> str:
    command = " ".join([Path(sys.argv[0]).name, *sys.argv[1:]]) if sys.argv else "python"
    since = time.strftime("%H:%M:%S")
    return f"pid {os.getpid()} on {socket.gethostname()} ({command[:80]}) since {since}\n"


def _holder_of(holder: Path) -> str:
    try:
        said = holder.read_text(encoding="utf-8").strip()
    except OSError:
        said = ""
    return f"another timeline command, {said}," if said else "another timeline command"


# --- temporary files a killed run left behind ------------------------------------------------


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Give the temporary files of earlier writes of path that were removed: those whose
    writer is no longer running, or that are over an hour old.

    Called with the lock held, when no other write of this file can be under way.
    """
    target = target_of(path)
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(?:(\d+)\.)?[a-z0-9_]+\.tmp$")
    removed = []
    now = time.time()
    for entry in target.parent.iterdir():
        match = pattern.match(entry.name)
        if not match:
            continue
        with contextlib.suppress(OSError):
            old = now - entry.lstat().st_mtime > STALE_TEMPORARY_SECONDS
            if old or (match[1] is not None and not _running(int(match[1]))):
                entry.unlink()
                removed.append(entry)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # this process holds the lock, so none of its own writes is under way
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return True
    return True


__all__ = [
    "backups_of",
    "check_writable",
    "lock_path",
    "locked",
    "remove_stale_temporaries",
    "swap_file",
    "target_of",
]
