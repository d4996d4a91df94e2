"""Looking at a progress database without writing a byte of it: a read-only
connection, the checks that decide whether studybot may use the file (its schema
version, its tables, its recorded migrations) and SQLite's check of every page.

Start-up reads only a few pages; a file damaged elsewhere (an index, old reviews)
would be written to before the damage showed. `examine(..., pages=True)` reads them
all first (PRAGMA quick_check: about 1 ms for a learner's database, 0.3 s for one of
a million reviews), so a damaged file is refused before anything is written.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from .base import BUSY_TIMEOUT_MS
from .files import StoreError, failure
from .migrations import MIGRATION_SET, MIGRATIONS, MIGRATIONS_TABLE, SCHEMA_VERSION

__all__ = ["Examined", "connect_readonly", "examine"]


def _uri(path: Path, immutable: bool) -> str:
    return "file:" + quote(str(Path(path).resolve())) + "?mode=ro" + ("&immutable=1" if immutable else "")


def connect_readonly(path: Path) -> sqlite3.Connection:
    """A connection that cannot write `path` (SQLite opens it read-only). In a folder
    studybot may not write (no -shm file can be made) a file without unfinished
    write-ahead log is opened as immutable instead. Raises StoreError."""
    path = Path(path)
    wal = Path(f"{path}-wal")
    tries = [False] if wal.exists() and wal.stat().st_size else [False, True]
    for immutable in tries:
        conn = None
        try:
            conn = sqlite3.connect(_uri(path, immutable), uri=True, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            text = str(exc)
            if immutable or not ("unable to open" in text or "readonly" in text or "read-only" in text):
                raise failure(path, exc) from None
    raise StoreError(f"cannot read {path}")  # pragma: no cover - the loop returns or raises


@dataclass(frozen=True)
class Examined:
    """What a progress database holds before studybot uses it."""

    version: int
    tables: frozenset[str]
    applied: frozenset[str]  # migrations recorded as applied


def examine(conn: sqlite3.Connection, path: Path | None, *, pages: bool = False) -> Examined:
    """Refuse (StoreError) a file from a newer studybot, a SQLite file that is not a
    progress database, or one whose schema or pages are damaged. Only reads."""
    where = path or ":memory:"
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = frozenset(r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'"))
        if version > SCHEMA_VERSION:
            raise StoreError(f"{where} was written by a newer studybot (schema {version}; this one knows "
                             f"{SCHEMA_VERSION}); upgrade studybot. The file was not changed.")
        if tables and MIGRATIONS_TABLE not in tables:
            raise StoreError(f"{where} is a SQLite database but not a studybot progress database; use --db")
        applied: frozenset[str] = frozenset()
        if tables:
            known = {step.__name__ for step in MIGRATIONS}
            applied = frozenset(r[0] for r in conn.execute(
                f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set=?", (MIGRATION_SET,)))
            if version and len(applied) < version:
                raise StoreError(f"{where} is damaged (schema {version}, but only {len(applied)} migrations are "
                                 "recorded); it was left as it is")
            if applied - known:
                raise StoreError(f"{where} was written by a newer studybot (unknown migrations "
                                 f"{', '.join(sorted(applied - known))}); upgrade studybot. The file was not changed.")
        if pages:
            found = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
            if found != "ok":
                raise StoreError(f"{where} is damaged ({str(found).splitlines()[0][:120]}); it was left as it is")
    except sqlite3.DatabaseError as exc:
        raise failure(Path(where), exc) from None
    return Examined(version, tables, applied)
