"""Files around the progress database: what a file on disk is before SQLite opens it,
one-line messages for database failures, backups found and restored.

A file that is not a healthy studybot database raises `StoreError` and is never
written to.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from ..clock import utcnow
from .migrations import MIGRATIONS_TABLE

__all__ = ["StoreError", "StoreLocked", "explain", "failure", "inspect_file", "newest_backup", "restore"]

_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The progress database cannot be used; the message is one line for the learner."""


class StoreLocked(StoreError):
    """Another program holds the database's lock for longer than we waited."""


def inspect_file(path: Path) -> None:
    """Refuse files that are not (healthy) SQLite databases, before touching them."""
    if not path.exists():
        return
    if path.is_dir():
        raise StoreError(f"{path} is a directory, not a progress database")
    size = path.stat().st_size
    if size == 0:
        raise StoreError(f"{path} is empty (0 bytes), not a progress database; move it away or use --db")
    with path.open("rb") as fh:
        header = fh.read(100)
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


def restore(backup: str | Path, target: str | Path) -> Path | None:
    """Put a backup in place of `target`. The backup is checked first; an existing
    target is kept beside it (renamed, never overwritten). Returns where the old
    file went, if there was one."""
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise StoreError(f"{backup}: no such backup file")
    inspect_file(backup)
    try:
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            ok = source.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in source.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if ok != "ok" or MIGRATIONS_TABLE not in tables:
                raise StoreError(f"{backup} is not a healthy studybot backup ({ok})")
            kept = None
            if target.exists():
                kept = target.with_name(f"{target.name}.{utcnow().strftime('%Y%m%dT%H%M%SZ')}.replaced")
                target.rename(kept)
                for suffix in ("-wal", "-shm"):
                    side = Path(str(target) + suffix)
                    if side.exists():
                        side.rename(Path(str(kept) + suffix))
            dest = sqlite3.connect(str(target))
            try:
                source.backup(dest)
            finally:
                dest.close()
        finally:
            source.close()
    except sqlite3.DatabaseError as exc:
        raise StoreError(explain(backup, exc)) from None
    return kept


def newest_backup(path: str | Path) -> Path | None:
    p = Path(path)
    found = sorted(p.parent.glob(f"{p.name}.*.bak"), key=lambda f: f.stat().st_mtime)
    return found[-1] if found else None
