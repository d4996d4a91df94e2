"""The connection under a `Store`: one lock, write transactions taken with BEGIN
IMMEDIATE, database failures turned into one-line `StoreError`s, online backups."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..clock import utcnow
from .files import StoreError, failure

__all__ = ["BUSY_TIMEOUT_MS", "Connection"]

BUSY_TIMEOUT_MS = 10_000


class Connection:
    """A connection to progress.db. Thread-safe: calls are serialised by a lock, so
    Textual thread workers can share one store."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path
        self._lock = threading.RLock()

    def close(self) -> None:
        with self._lock, suppress(sqlite3.Error):
            self.conn.close()

    # -- transactions

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction taken with BEGIN IMMEDIATE (the write lock is taken
        at the start, so a read-modify-write cannot interleave with another).
        Database failures surface as StoreError with a one-line message."""
        with self._lock, self._errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            else:
                self.conn.execute("COMMIT")

    @contextmanager
    def read(self) -> Iterator[sqlite3.Connection]:
        with self._lock, self._errors():
            yield self.conn

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.IntegrityError:
            raise
        except sqlite3.DatabaseError as exc:
            raise failure(self.path or Path(":memory:"), exc) from None

    # -- backups

    def backup(self, dest: str | Path | None = None, *, reason: str = "manual") -> Path:
        """Copy the database with SQLite's online backup API. Returns the backup path."""
        if dest is None:
            if self.path is None:
                raise StoreError("an in-memory database has no backup location")
            stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
            dest = self.path.with_name(f"{self.path.name}.{stamp}.{reason}.bak")
        dest = Path(dest)
        with self._lock:
            target = sqlite3.connect(str(dest))
            try:
                self.conn.backup(target)
            finally:
                target.close()
        return dest
