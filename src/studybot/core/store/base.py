"""The connection under a `Store`: one lock, write transactions taken with BEGIN
IMMEDIATE, database failures turned into one-line `StoreError`s, online backups."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..clock import utcnow
from ..safeio import OutputError, atomic_output
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
        self._data_version: int | None = None

    def close(self) -> None:
        with self._lock, suppress(sqlite3.Error):
            self.conn.close()

    def changed_elsewhere(self) -> bool:
        """Has another connection (another window or program) committed a change since
        the last call? (SQLite's data_version; this connection's own writes do not
        count.) True the first time."""
        with self.read() as conn:
            version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        changed = version != self._data_version
        self._data_version = version
        return changed

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
                self.conn.execute("COMMIT")
            except BaseException:
                # a failed statement, or a failed COMMIT (a full disk, a deferred constraint):
                # never leave the transaction open for the next caller to commit by accident
                if self.conn.in_transaction:
                    with suppress(sqlite3.Error):
                        self.conn.execute("ROLLBACK")
                raise

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
        except sqlite3.ProgrammingError as exc:  # (a DatabaseError too)
            if "closed" not in str(exc):
                raise
            raise StoreError(f"{self.path or ':memory:'} was closed (another pack was opened)") from None
        except sqlite3.DatabaseError as exc:
            raise failure(self.path or Path(":memory:"), exc) from None

    # -- backups

    def backup(self, dest: str | Path | None = None, *, reason: str = "manual", force: bool = False) -> Path:
        """Copy the database with SQLite's online backup API, through a temporary file
        moved into place at the end (a killed backup leaves no half file). `dest` may
        be a folder; by default the copy goes beside the database, named with the time
        to the microsecond. An existing file is never replaced unless `force`.
        Returns the backup's path. Raises StoreError or OutputError."""
        if self.path is None and (dest is None or Path(dest).is_dir()):
            raise StoreError("an in-memory database has no backup location")
        if dest is None or Path(dest).is_dir():
            assert self.path is not None
            stamp = utcnow().strftime("%Y%m%dT%H%M%S%fZ")
            dest = Path(dest or self.path.parent) / f"{self.path.name}.{stamp}.{reason}.bak"
        dest = Path(dest)
        try:
            with self._lock, atomic_output(dest, force=force, protect=[self.path] if self.path else []) as temp:
                target = sqlite3.connect(str(temp))
                try:
                    self.conn.backup(target)
                except sqlite3.DatabaseError as exc:
                    raise failure(self.path or Path(":memory:"), exc) from None
                finally:
                    target.close()
        except OutputError as exc:
            raise StoreError(f"no backup written: {exc}") from None
        return dest
