"""core/safeio.py: outputs through a temporary file and a rename, never over a file
without force; temporary files of killed processes removed; a pack's files read only
from its folder, only regular files, with a limit."""

from __future__ import annotations

import os

import pytest

from studybot.core.safeio import (
    OutputError,
    UnreadableFile,
    atomic_output,
    read_text_within,
    remove_stale_temps,
    temp_beside,
)

from .paths_world import dead_pid


def test_an_output_appears_whole_or_not_at_all(tmp_path):
    target = tmp_path / "out.csv"
    with atomic_output(target) as temp:
        temp.write_text("a,b\n")
        assert not target.exists()  # nobody sees half a file
    assert target.read_text() == "a,b\n"
    with pytest.raises(RuntimeError), atomic_output(tmp_path / "other.csv") as temp:
        temp.write_text("half")
        raise RuntimeError("the writer failed")
    assert not (tmp_path / "other.csv").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]


def test_an_existing_file_is_replaced_only_with_force(tmp_path):
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    with pytest.raises(OutputError, match="exists; it was not overwritten"), atomic_output(target) as temp:
        temp.write_text("theirs")
    assert target.read_text() == "mine"
    with atomic_output(target, force=True) as temp:
        temp.write_text("theirs")
    assert target.read_text() == "theirs"


def test_the_protected_file_is_never_replaced_by_any_name(tmp_path):
    db = tmp_path / "progress.db"
    db.write_bytes(b"SQLite format 3\x00" + bytes(100))
    (tmp_path / "alias.db").symlink_to(db)
    os.link(db, tmp_path / "hard.db")
    (tmp_path / "progress.db-wal").write_bytes(b"log")
    for name in ("progress.db", "alias.db", "hard.db", "progress.db-wal", "./progress.db"):
        with pytest.raises(OutputError, match="being read"), atomic_output(tmp_path / name, force=True,
                                                                             protect=[db]) as temp:
            temp.write_text("csv")
    other = tmp_path / "other.db"
    other.write_bytes(db.read_bytes())
    with pytest.raises(OutputError, match="is a SQLite database"), atomic_output(other, protect=[db]) as temp:
        temp.write_text("csv")


def test_where_an_output_cannot_go(tmp_path):
    with pytest.raises(OutputError, match="does not exist"), atomic_output(tmp_path / "no" / "x") as temp:
        temp.write_text("x")
    with pytest.raises(OutputError, match="is a folder"), atomic_output(tmp_path) as temp:
        temp.write_text("x")


def test_temporary_files_of_ended_processes_are_removed(tmp_path):
    target = tmp_path / "copy.bak"
    dead = dead_pid()
    stale = [tmp_path / f".copy.bak.{dead}.aa.part", tmp_path / f".copy.bak.{dead}.aa.part-wal"]
    alive = temp_beside(target)  # this process is still writing it
    other = tmp_path / ".copy.bak.notes"
    for path in (*stale, alive, other):
        path.write_text("x")
    assert remove_stale_temps(target) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, other.name])


def test_a_packs_file_is_read_from_its_folder_only(tmp_path):
    (tmp_path / "source.txt").write_text("The harbour froze.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "more.txt").write_text("More.", encoding="utf-8")
    assert read_text_within(tmp_path, "source.txt", 100) == "The harbour froze."
    assert read_text_within(tmp_path, "sub/more.txt", 100) == "More."
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    (tmp_path / "latin1.txt").write_bytes("caf\u00e9".encode("latin-1"))
    (tmp_path / "big.txt").write_bytes(b"x" * 101)
    for name, why in (("/etc/hostname", "outside"), ("../x.txt", "outside"), ("zero.txt", "outside"),
                      ("sub", "not a regular file"), ("missing.txt", "no such file"),
                      ("latin1.txt", "not UTF-8"), ("big.txt", "at most 100")):
        with pytest.raises(UnreadableFile, match=why):
            read_text_within(tmp_path, name, 100)
