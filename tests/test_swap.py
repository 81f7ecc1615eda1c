"""Writes of events.yaml never lose an edit: the lock, the compare-and-swap, kills, links."""

from __future__ import annotations

import errno
import os
import random
import signal
import stat
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from factories import extracted

from timeline.errors import StoreError
from timeline.store import swap
from timeline.store.events_file import load_events, write_extraction
from timeline.store.swap import (
    backups_of,
    check_writable,
    locked,
    remove_stale_temporaries,
    swap_file,
)

ROOT = Path(__file__).resolve().parent.parent


def temporaries(folder: Path) -> list[str]:
    return sorted(name for name in os.listdir(folder) if name.endswith(".tmp"))


def hand_added(number: int) -> str:
    """Give the YAML of an event a person types at the end of the file."""
    return (
        f"  - id: manual-{number}\n    date: '2018'\n    type: report_published\n"
        f"    title: Typed by hand {number}\n    origin: manual\n"
    )


def save_like_an_editor(path: Path, text: str) -> None:
    """Save the way most editors do: a new file renamed over the old one."""
    temporary = path.with_name(f"editor-{threading.get_ident()}.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


# --- compare and swap ------------------------------------------------------------------------


PERSON = """
import os, random, sys, time
from pathlib import Path
path, stop, seed = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
chance = random.Random(seed)
number = 0
print("ready", flush=True)
while not stop.exists():
    time.sleep(chance.uniform(0.01, 0.2))
    text = path.read_text(encoding="utf-8") + (
        f"  - id: manual-{number}\\n    date: '2018'\\n    type: report_published\\n"
        f"    title: Typed by hand {number}\\n    origin: manual\\n"
    )
    temporary = path.with_name("editor.swp")  # saved as most editors do: a rename
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)
    print(number, flush=True)
    number += 1
"""


def test_swap_hand_edits_saved_while_extract_runs_20_times_are_never_lost(tmp_path, monkeypatch):
    path = tmp_path / "events.yaml"
    swaps: list[bool] = []  # False: an edit was seen right before the rename; merged again

    def counted(*args, **kwargs) -> bool:
        swaps.append(swap_once(*args, **kwargs))
        return swaps[-1]

    swap_once = swap._swap
    monkeypatch.setattr(swap, "_swap", counted)
    runs = [[extracted(f"e{n}", f"Version {version}") for n in range(12)] for version in (1, 2)]
    write_extraction(path, runs[0])
    stop = tmp_path / "stop"
    pause = random.Random(3)
    person = subprocess.Popen(
        [sys.executable, "-c", PERSON, str(path), str(stop), "7"], stdout=subprocess.PIPE, text=True
    )
    written = refused = 0
    try:
        assert person.stdout.readline().strip() == "ready"  # started, however loaded the machine
        for run in range(20):
            time.sleep(pause.uniform(0.02, 0.15))  # runs at random moments too: writes are fast
            try:
                write_extraction(path, runs[run % 2])
                written += 1
            except StoreError as error:
                assert "nothing was written" in str(error)
                refused += 1
    finally:
        stop.touch()
        saved, _ = person.communicate(timeout=30)
    assert person.returncode == 0
    numbers = [int(line) for line in saved.split()]
    ids = {event.id for event in load_events(path).events}
    lost = [number for number in numbers if f"manual-{number}" not in ids]
    assert lost == [], f"{len(lost)} of {len(numbers)} edits lost"
    assert len(numbers) >= 5 and written >= 5, (len(numbers), written, refused)
    print(
        f"{len(numbers)} hand edits, {written} runs written, {refused} refused, "
        f"{swaps.count(False)} edits seen right before the rename"
    )


def test_swap_edit_landing_during_the_merge_is_merged_again(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"first\n")
    seen: list[bytes | None] = []

    def content_for(current: bytes | None) -> bytes:
        seen.append(current)
        if len(seen) == 1:  # a person saves while the first merge runs
            save_like_an_editor(path, "first\nperson\n")
        return (current or b"") + b"tool\n"

    assert swap_file(path, content_for)
    assert seen == [b"first\n", b"first\nperson\n"]
    assert path.read_bytes() == b"first\nperson\ntool\n"


def test_swap_file_edited_at_every_merge_is_left_alone_with_one_line(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"0\n")

    def content_for(current: bytes | None) -> bytes:
        save_like_an_editor(path, (current or b"").decode() + "edit\n")
        return b"the tool's version\n"

    with pytest.raises(StoreError, match=r"edited 3 times while being merged; nothing was written"):
        swap_file(path, content_for)
    assert path.read_bytes() == b"0\n" + b"edit\n" * 3
    assert temporaries(tmp_path) == [] and backups_of(path) == []


# --- the lock ---------------------------------------------------------------------------------


TWO_RUNS = """
import sys, time
from pathlib import Path
from timeline.model import Event, Source
from timeline.store import events_file
from timeline.store.reconcile import plan_reconcile

def slow_plan(*args, **kwargs):
    time.sleep(0.1)  # long enough that two read-merge-writes overlap unless they take turns
    return plan_reconcile(*args, **kwargs)

events_file.plan_reconcile = slow_plan
name, folder, trials = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
document = f"documents/{name}.txt"
found = [
    Event(id=f"{name}{n}", date="2019", type="company_collapsed", title="Found",
          sources=[Source(document=document)])
    for n in range(3)
]
found = [event.model_copy(update={"digest": event.content_digest()}) for event in found]
for trial in range(trials):
    while not (folder / f"go-{trial}").exists():
        time.sleep(0.002)
    try:
        path = folder / f"events-{trial}.yaml"
        events_file.write_extraction(path, found, read_documents={document})
        print("written", flush=True)
    except Exception as error:
        print("refused", str(error).replace("\\n", " "), flush=True)
"""


def test_swap_two_extractions_at_once_10_trials_both_land(tmp_path):
    trials = 10
    for trial in range(trials):
        write_extraction(tmp_path / f"events-{trial}.yaml", [extracted("start")])
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    runs = {
        name: subprocess.Popen(
            [sys.executable, "-c", TWO_RUNS, name, str(tmp_path), str(trials)],
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        for name in ("a", "b")
    }
    for trial in range(trials):
        (tmp_path / f"go-{trial}").touch()  # both runs start within milliseconds
        said = {name: run.stdout.readline().strip() for name, run in runs.items()}
        ids = {event.id for event in load_events(tmp_path / f"events-{trial}.yaml").events}
        assert said == {"a": "written", "b": "written"}, said
        assert ids == {"start", "a0", "a1", "a2", "b0", "b1", "b2"}, f"trial {trial}"
    for run in runs.values():
        assert run.wait(timeout=30) == 0


def test_swap_lock_held_too_long_names_the_holder_and_writes_nothing(tmp_path, monkeypatch):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    before = path.read_bytes()
    monkeypatch.setattr(swap, "LOCK_TIMEOUT_SECONDS", 0.2)
    with locked(path), pytest.raises(StoreError) as caught:
        write_extraction(path, [extracted("b")])
    message = str(caught.value)
    assert "\n" not in message
    assert f"pid {os.getpid()} on " in message and "nothing was written" in message
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == [".events.yaml.lock", "events.yaml"]


# --- kills, failures and what they leave ------------------------------------------------------

KILLED_WRITER = """
import sys
from pathlib import Path
from timeline.store.swap import swap_file
path, versions = Path(sys.argv[1]), [Path(name).read_bytes() for name in sys.argv[2:]]
print("ready", flush=True)
number = 0
while True:
    number += 1
    swap_file(path, lambda current: versions[number % 2], backups=1)
"""


def big_events_text(title: str) -> str:
    """Give a valid events file made slow to write by a long comment (~1.5 MB)."""
    padding = ("# " + "x" * 98 + "\n") * 15_000
    return (
        f"version: 1\n{padding}events:\n  - id: a\n    date: '2019'\n"
        f"    type: company_collapsed\n    title: {title}\n"
    )


def test_swap_kill_leaves_the_old_or_the_new_file_and_no_temporary_after_next_run(tmp_path):
    path = tmp_path / "events.yaml"
    versions = [tmp_path / "old.txt", tmp_path / "new.txt"]
    for version, title in zip(versions, ("Old", "New"), strict=True):
        version.write_text(big_events_text(title), encoding="utf-8")
    contents = {version.read_bytes() for version in versions}
    path.write_bytes(versions[0].read_bytes())
    environment = {**os.environ, "PYTHONPATH": str(ROOT)}
    chance = random.Random(11)
    left_behind = 0
    for _ in range(20):
        writer = subprocess.Popen(
            [sys.executable, "-c", KILLED_WRITER, str(path), *map(str, versions)],
            stdout=subprocess.PIPE,
            env=environment,
        )
        assert writer.stdout is not None and writer.stdout.readline() == b"ready\n"
        time.sleep(chance.uniform(0.02, 0.2))
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        assert path.read_bytes() in contents
        assert load_events(path).events[0].id == "a"
        left_behind += len(temporaries(tmp_path))
        swap_file(path, lambda current: current + b"# after\n" if current else None)
        assert temporaries(tmp_path) == []
        path.write_bytes(versions[0].read_bytes())
    print(f"temporary files left by 20 kills: {left_behind}")


def test_swap_removes_only_stale_temporaries(tmp_path):
    path = tmp_path / "events.yaml"
    path.write_text("version: 1\nevents: []\n", encoding="utf-8")
    # A process that has ended: its pid names no running writer.
    gone = int(subprocess.check_output([sys.executable, "-c", "import os; print(os.getpid())"]))
    names = {
        "dead writer": f".events.yaml.{gone}.abcd_123.tmp",
        "live writer": ".events.yaml.1.abcd_123.tmp",
        "old, no pid": ".events.yaml.abcd_123.tmp",
        "new, no pid": ".events.yaml.efgh_456.tmp",
        "not ours": ".other.yaml.1.abcd_123.tmp",
    }
    for name in names.values():
        (tmp_path / name).write_text("half a file")
    two_hours_ago = time.time() - 7200
    os.utime(tmp_path / names["old, no pid"], (two_hours_ago, two_hours_ago))
    with locked(path):
        removed = remove_stale_temporaries(path)
    assert sorted(entry.name for entry in removed) == sorted(
        [names["dead writer"], names["old, no pid"]]
    )


def test_swap_full_disk_leaves_the_file_as_it_was_and_no_temporary(tmp_path, monkeypatch):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    before = path.read_bytes()

    def full(_handle: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(swap.os, "fsync", full)
    with pytest.raises(StoreError, match="cannot save: No space left on device"):
        write_extraction(path, [extracted("a", "Changed")])
    assert path.read_bytes() == before
    assert temporaries(tmp_path) == [] and backups_of(path) == []


def test_swap_missing_folder_is_one_line_naming_it(tmp_path):
    path = tmp_path / "no" / "such" / "events.yaml"
    with pytest.raises(StoreError) as caught:
        check_writable(path)
    assert str(caught.value) == (
        f"{path}: the folder {path.parent} does not exist; nothing was written"
    )
    with pytest.raises(StoreError, match="does not exist"):
        write_extraction(path, [extracted("a")])


# --- links, mode and owner -----------------------------------------------------------------


def test_swap_follows_a_symlink_and_replaces_its_target(tmp_path):
    (tmp_path / "data").mkdir()
    target = tmp_path / "data" / "events.yaml"
    write_extraction(target, [extracted("a")])
    link = tmp_path / "events.yaml"
    link.symlink_to(Path("data") / "events.yaml")
    write_extraction(link, [extracted("a", "Changed through the link")])
    assert link.is_symlink() and os.readlink(link) == str(Path("data") / "events.yaml")
    assert load_events(target).events[0].title == "Changed through the link"
    assert [backup.parent for backup in backups_of(link)] == [target.parent]
    assert sorted(os.listdir(tmp_path)) == ["data", "events.yaml"]


def test_swap_keeps_mode_and_owner(tmp_path):
    path = tmp_path / "events.yaml"
    write_extraction(path, [extracted("a")])
    path.chmod(0o640)
    owner = (4321, 4321) if os.geteuid() == 0 else (os.geteuid(), os.getegid())
    os.chown(path, *owner)
    write_extraction(path, [extracted("a", "Changed")])
    status = path.stat()
    assert stat.S_IMODE(status.st_mode) == 0o640
    assert (status.st_uid, status.st_gid) == owner
    assert load_events(path).events[0].title == "Changed"
