"""Exchanging names in one step: a save that lands in the instant of a write is never lost."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from timeline.errors import StoreError
from timeline.store import swap
from timeline.store.renames import create_only, exchange
from timeline.store.swap import swap_file


def save_like_an_editor(path: Path, text: str) -> None:
    temporary = path.with_name("editor.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def appended(line: bytes):
    def content_for(current: bytes | None) -> bytes:
        return (current or b"") + line

    return content_for


def test_exchange_swaps_the_two_files_in_one_step(tmp_path):
    first, second = tmp_path / "a", tmp_path / "b"
    first.write_text("one")
    second.write_text("two")
    assert exchange(first, second)
    assert (first.read_text(), second.read_text()) == ("two", "one")


def test_exchange_of_a_missing_file_is_an_os_error(tmp_path):
    (tmp_path / "a").write_text("one")
    with pytest.raises(FileNotFoundError):
        exchange(tmp_path / "a", tmp_path / "missing")


def test_create_only_never_replaces_a_file_already_there(tmp_path):
    source, target = tmp_path / "new", tmp_path / "target"
    source.write_text("new")
    target.write_text("person")
    assert create_only(source, target) is False
    assert target.read_text() == "person"
    target.unlink()
    assert create_only(source, target) is True
    assert target.read_text() == "new"


def test_save_landing_in_the_instant_of_the_rename_is_kept_and_merged(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"first\n")
    saves = ["first\nperson\n"]

    def late_save_then_exchange(first: Path, second: Path) -> bool:
        if saves:  # after every check a rename could make: only the exchange can see it
            save_like_an_editor(path, saves.pop())
        return exchange(first, second)

    monkeypatch.setattr(swap, "exchange", late_save_then_exchange)
    assert swap_file(path, appended(b"tool\n"))
    assert path.read_bytes() == b"first\nperson\ntool\n"
    assert sorted(entry.name for entry in tmp_path.iterdir() if ".tmp" in entry.name) == []


def test_second_save_in_the_same_instant_is_kept_beside_the_file(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"first\n")
    saves = ["first\nagain\n", "first\nperson\n"]

    def save_before_each_exchange(first: Path, second: Path) -> bool:
        if saves:
            save_like_an_editor(path, saves.pop())
        return exchange(first, second)

    monkeypatch.setattr(swap, "exchange", save_before_each_exchange)
    with pytest.raises(StoreError) as raised:
        swap_file(path, appended(b"tool\n"))
    message = str(raised.value)
    assert "\n" not in message and "saved twice" in message and "nothing else" in message
    assert path.read_bytes() == b"first\nperson\n"
    kept = [entry for entry in tmp_path.iterdir() if entry.name.endswith(".saved")]
    assert [entry.read_bytes() for entry in kept] == [b"first\nagain\n"]
    assert kept[0].name in message


def test_without_exchange_an_edit_seen_before_the_rename_is_merged(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"first\n")
    saves = ["first\nperson\n"]
    monkeypatch.setattr(swap, "exchange", lambda first, second: False)
    real_read = swap._read

    def read_then_save(*args) -> bytes | None:
        bytes_read = real_read(*args)
        if saves and bytes_read == b"first\n":
            save_like_an_editor(path, saves.pop())
        return bytes_read

    monkeypatch.setattr(swap, "_read", read_then_save)
    assert swap_file(path, appended(b"tool\n"))
    assert path.read_bytes() == b"first\nperson\ntool\n"


def test_file_created_in_the_instant_of_the_first_write_is_not_replaced(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"

    def someone_creates_it(source: Path, target: Path) -> bool | None:
        if not target.exists():
            save_like_an_editor(target, "person\n")
        return create_only(source, target)

    monkeypatch.setattr(swap, "create_only", someone_creates_it)
    assert swap_file(path, appended(b"tool\n"))
    assert path.read_bytes() == b"person\ntool\n"


def test_a_save_kept_beside_the_file_never_replaces_one_kept_before(tmp_path, monkeypatch):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"first\n")
    now = dt.datetime.now(dt.UTC)
    earlier = [  # kept saves already there, for this second and the next two
        path.with_name(f"notes.txt.{now + dt.timedelta(seconds=s):%Y%m%dT%H%M%SZ}.saved")
        for s in range(3)
    ]
    for kept in earlier:
        kept.write_bytes(b"kept before\n")
    saves = ["first\nagain\n", "first\nperson\n"]

    def save_before_each_exchange(first: Path, second: Path) -> bool:
        if saves:
            save_like_an_editor(path, saves.pop())
        return exchange(first, second)

    monkeypatch.setattr(swap, "exchange", save_before_each_exchange)
    with pytest.raises(StoreError):
        swap_file(path, appended(b"tool\n"))
    assert [kept.read_bytes() for kept in earlier] == [b"kept before\n"] * 3
    new = [e for e in tmp_path.iterdir() if e.name.endswith(".saved") and e not in earlier]
    assert [e.read_bytes() for e in new] == [b"first\nagain\n"]
