"""Files around the progress database: what a file on disk is before SQLite opens it,
one-line messages for database failures, backups found.

A file that is not a healthy studybot database raises `StoreError` and is never
written to.
"""

from __future__ import annotations

import glob
import shlex
import sqlite3
from pathlib import Path

__all__ = ["StoreConflict", "StoreError", "StoreLocked", "explain", "failure", "inspect_file", "newest_backup",
           "restore_hint"]

_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The progress database cannot be used; the message is one line for the learner."""


class StoreLocked(StoreError):
    """Another program holds the database's lock for longer than we waited."""


class StoreConflict(StoreError):
    """A change was refused because another window or program changed the same card
    since (an undo or override of an answer that is no longer the card's last)."""


def inspect_file(path: Path) -> None:
    """Refuse files that are not (healthy) SQLite databases, before touching them."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a progress database")
    if not path.is_file():  # a FIFO would hang the read below, a device could feed it forever
        raise StoreError(f"{path} is not a regular file, not a progress database")
    size = path.stat().st_size
    if size == 0:
        raise StoreError(f"{path} is empty (0 bytes), not a progress database; move it away or use --db")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        raise StoreError(f"{path} is not a SQLite database; move it away or use --db")
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid_for = int.from_bytes(header[92:96], "big")
    change = int.from_bytes(header[24:28], "big")
    wal = Path(str(path) + "-wal")
    if page_size and size % page_size:
        raise StoreError(f"{path} is damaged (truncated: {size} bytes is not a whole number of pages)")
    if pages and valid_for == change and size < pages * page_size and not (wal.exists() and wal.stat().st_size):
        raise StoreError(f"{path} is damaged (truncated: {size} of {pages * page_size} bytes)")


def failure(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreLocked(explain(path, exc))
    return StoreError(explain(path, exc))


def explain(path: Path, exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{path} is locked by another program; close it and try again"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{path} is damaged ({text}); it was left as it is"
    if "readonly" in text or "read-only" in text:
        return f"{path} is read-only; studybot needs to write progress there"
    return f"{path}: {text}"


def newest_backup(path: str | Path) -> Path | None:
    p = Path(path)
    try:
        found = sorted(p.parent.glob(f"{glob.escape(p.name)}.*.bak"), key=lambda f: (f.stat().st_mtime, f.name))
    except OSError:
        return None
    return found[-1] if found else None


def restore_hint(backup: Path, db: Path) -> str:
    """The command that puts `backup` in place of `db` (the database named, whatever
    the current folder or the default is)."""
    return f"studybot restore {shlex.quote(str(backup))} --db {shlex.quote(str(db))}"
