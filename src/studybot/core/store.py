"""progress.db: the learner's reviews and card states. The only module that runs SQL.

Rules (DESIGN §5):
- sqlite-utils 4 `Migrations`, applied inside `BEGIN IMMEDIATE` so two first
  starts at once both succeed; a backup (SQLite backup API) before migrating;
- WAL, `synchronous=FULL`, `busy_timeout`; every read-modify-write in
  `BEGIN IMMEDIATE`; a review (log row + card state) is one transaction;
- a file from a newer schema is refused untouched; a damaged, truncated, empty or
  non-database file raises `StoreError` with a one-line message and is never
  written to.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

__all__ = ["SCHEMA_VERSION", "CardState", "Review", "Store", "StoreError", "iso", "utcnow"]

BUSY_TIMEOUT_MS = 10_000
NEW = 0  # card state before its first review (fsrs states are 1..3)
_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The progress database cannot be used; the message is one line for the learner."""


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


# ------------------------------------------------------------------ migrations

migrations = Migrations("studybot")


@migrations()
def m001_initial(db: Database) -> None:
    db["learners"].create({"id": int, "name": str, "created": str}, pk="id", not_null={"name"})
    db["learners"].create_index(["name"], unique=True)
    db["cards"].create(
        {
            "id": int, "learner_id": int, "pack_id": str, "card_id": str, "content_hash": str,
            "state": int, "step": int, "stability": float, "difficulty": float, "due": str,
            "last_review": str, "reps": int, "lapses": int, "suspended": int, "buried_until": str,
            "retired": int, "leech": int,
        },
        pk="id",
        not_null={"learner_id", "pack_id", "card_id", "state", "due", "reps", "lapses", "suspended",
                  "retired", "leech"},
        defaults={"state": NEW, "reps": 0, "lapses": 0, "suspended": 0, "retired": 0, "leech": 0},
        foreign_keys=[("learner_id", "learners", "id")],
    )
    db["cards"].create_index(["learner_id", "pack_id", "card_id"], unique=True)
    db["cards"].create_index(["learner_id", "pack_id", "due"])
    db["sessions"].create(
        {"id": int, "learner_id": int, "pack_id": str, "started": str, "ended": str, "reviews": int},
        pk="id", defaults={"reviews": 0}, foreign_keys=[("learner_id", "learners", "id")],
    )
    db["reviews"].create(
        {
            "id": int, "learner_id": int, "pack_id": str, "card_id": str, "session_id": int,
            "reviewed_at": str, "answer": str, "correct": int, "score": float, "reason": str,
            "rating": int, "override": str, "duration_ms": int, "practice": int, "undone": int,
            "state_before": str, "content_hash": str,
        },
        pk="id",
        not_null={"learner_id", "pack_id", "card_id", "reviewed_at", "rating", "undone", "practice"},
        defaults={"undone": 0, "practice": 0},
        foreign_keys=[("learner_id", "learners", "id"), ("session_id", "sessions", "id")],
    )
    db["reviews"].create_index(["learner_id", "pack_id", "card_id", "reviewed_at"])
    db["reviews"].create_index(["learner_id", "reviewed_at"])


SCHEMA_VERSION = len(migrations._migrations)


# ------------------------------------------------------------------ records


@dataclass
class CardState:
    pack_id: str
    card_id: str
    content_hash: str = ""
    state: int = NEW
    step: int | None = None
    stability: float | None = None
    difficulty: float | None = None
    due: datetime | None = None
    last_review: datetime | None = None
    reps: int = 0
    lapses: int = 0
    suspended: bool = False
    buried_until: datetime | None = None
    retired: bool = False
    leech: bool = False

    @property
    def is_new(self) -> bool:
        return self.state == NEW

    def to_row(self) -> dict:
        row = asdict(self)
        for key in ("due", "last_review", "buried_until"):
            row[key] = iso(row[key])
        for key in ("suspended", "retired", "leech"):
            row[key] = int(row[key])
        return row

    @classmethod
    def from_row(cls, row: dict) -> CardState:
        names = {f.name for f in fields(cls)}
        data = {k: v for k, v in row.items() if k in names}
        for key in ("due", "last_review", "buried_until"):
            data[key] = _dt(data.get(key))
        for key in ("suspended", "retired", "leech"):
            data[key] = bool(data.get(key))
        return cls(**data)


@dataclass
class Review:
    pack_id: str
    card_id: str
    answer: str
    correct: bool
    score: float
    rating: int
    reviewed_at: datetime
    reason: str = ""
    duration_ms: int | None = None
    session_id: int | None = None
    practice: bool = False
    override: str | None = None
    id: int | None = None
    undone: bool = False


# ------------------------------------------------------------------ the store


def _inspect_file(path: Path) -> None:
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


class Store:
    """A connection to progress.db. Thread-safe: calls are serialised by a lock, so
    Textual thread workers can share one store."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self.conn = conn
        self.path = path
        self.db = Database(conn)
        self._lock = threading.RLock()

    # -- opening

    @classmethod
    def open(cls, path: str | Path, *, backup: bool = True) -> Store:
        """Open (creating or migrating) a progress database. Raises StoreError."""
        p = Path(path)
        memory = str(path) == ":memory:"
        if not memory:
            _inspect_file(p)
            if not p.parent.exists():
                raise StoreError(f"cannot create {p}: the folder {p.parent} does not exist")
        try:
            conn = sqlite3.connect(
                str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {path}: {exc}") from None
        store = cls(conn, None if memory else p)
        try:
            store._prepare(backup=backup)
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(_explain(p, exc)) from None
        return store

    def _prepare(self, *, backup: bool) -> None:
        conn = self.conn
        conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        # read-only checks first: a file we refuse is left exactly as it was
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer studybot (schema {version}; this one knows "
                f"{SCHEMA_VERSION}); upgrade studybot. The file was not changed."
            )
        if tables and migrations.migrations_table not in tables:
            raise StoreError(f"{self.path} is a SQLite database but not a studybot progress database; use --db")
        if tables:
            known = {m.name for m in migrations._migrations}
            applied = {m.name for m in migrations.applied(self.db)}
            if applied - known:
                raise StoreError(
                    f"{self.path} was written by a newer studybot (unknown migrations "
                    f"{', '.join(sorted(applied - known))}); upgrade studybot. The file was not changed."
                )
        if self.path is not None:
            mode = conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
            if mode.lower() != "wal":
                raise StoreError(f"cannot use write-ahead logging on {self.path} (journal mode {mode})")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        if migrations.pending(self.db):
            if backup and tables and self.path is not None:
                self.backup(reason=f"before-migration-v{version}")
            with self.write():
                migrations.apply(self.db)  # savepoints inside our BEGIN IMMEDIATE
                conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")

    def close(self) -> None:
        with self._lock:
            try:
                self.conn.close()
            except sqlite3.Error:
                pass

    # -- transactions

    @contextmanager
    def write(self) -> Iterator[sqlite3.Connection]:
        """A write transaction taken with BEGIN IMMEDIATE (the write lock is taken
        at the start, so a read-modify-write cannot interleave with another)."""
        with self._lock:
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
        with self._lock:
            yield self.conn

    # -- backups

    def backup_dir(self) -> Path | None:
        return None if self.path is None else self.path.parent

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

    # -- learners

    def learner(self, name: str) -> int:
        """The id of a learner, created on first use."""
        name = name.strip() or "learner"
        with self.read() as conn:
            row = conn.execute("SELECT id FROM learners WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        with self.write() as conn:
            conn.execute("INSERT OR IGNORE INTO learners (name, created) VALUES (?, ?)", (name, iso(utcnow())))
            return conn.execute("SELECT id FROM learners WHERE name = ?", (name,)).fetchone()[0]

    def learners(self) -> list[tuple[int, str]]:
        with self.read() as conn:
            return [(r[0], r[1]) for r in conn.execute("SELECT id, name FROM learners ORDER BY id")]

    # -- card states

    def sync_pack(self, learner_id: int, pack_id: str, cards: list[tuple[str, str]],
                  now: datetime | None = None) -> dict[str, int]:
        """Match stored card states to the pack's cards [(card_id, content_hash)]:
        new cards are added; a changed answer restarts a card (its history stays);
        cards gone from the pack are retired, not deleted. Returns counts."""
        now = now or utcnow()
        counts = {"added": 0, "restarted": 0, "retired": 0, "revived": 0}
        with self.write() as conn:
            stored = {
                r[0]: (r[1], r[2])
                for r in conn.execute(
                    "SELECT card_id, content_hash, retired FROM cards WHERE learner_id=? AND pack_id=?",
                    (learner_id, pack_id),
                )
            }
            wanted = dict(cards)
            for card_id, content_hash in cards:
                if card_id not in stored:
                    conn.execute(
                        "INSERT INTO cards (learner_id, pack_id, card_id, content_hash, state, due) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (learner_id, pack_id, card_id, content_hash, NEW, iso(now)),
                    )
                    counts["added"] += 1
                    continue
                old_hash, retired = stored[card_id]
                if retired:
                    conn.execute("UPDATE cards SET retired=0 WHERE learner_id=? AND pack_id=? AND card_id=?",
                                 (learner_id, pack_id, card_id))
                    counts["revived"] += 1
                if old_hash != content_hash:
                    conn.execute(
                        "UPDATE cards SET content_hash=?, state=?, step=NULL, stability=NULL, difficulty=NULL, "
                        "due=?, last_review=NULL, reps=0, lapses=0, leech=0, suspended=0 "
                        "WHERE learner_id=? AND pack_id=? AND card_id=?",
                        (content_hash, NEW, iso(now), learner_id, pack_id, card_id),
                    )
                    counts["restarted"] += 1
            gone = [cid for cid, (_, retired) in stored.items() if cid not in wanted and not retired]
            for card_id in gone:
                conn.execute("UPDATE cards SET retired=1 WHERE learner_id=? AND pack_id=? AND card_id=?",
                             (learner_id, pack_id, card_id))
            counts["retired"] = len(gone)
        return counts

    def card_states(self, learner_id: int, pack_id: str) -> dict[str, CardState]:
        with self.read() as conn:
            cur = conn.execute(
                "SELECT * FROM cards WHERE learner_id=? AND pack_id=? AND retired=0", (learner_id, pack_id)
            )
            names = [d[0] for d in cur.description]
            return {row[names.index("card_id")]: CardState.from_row(dict(zip(names, row))) for row in cur}

    def card_state(self, learner_id: int, pack_id: str, card_id: str) -> CardState | None:
        with self.read() as conn:
            cur = conn.execute(
                "SELECT * FROM cards WHERE learner_id=? AND pack_id=? AND card_id=?", (learner_id, pack_id, card_id)
            )
            row = cur.fetchone()
            if row is None:
                return None
            return CardState.from_row(dict(zip([d[0] for d in cur.description], row)))

    def _write_state(self, conn: sqlite3.Connection, learner_id: int, state: CardState) -> None:
        row = state.to_row()
        cols = [k for k in row if k not in ("pack_id", "card_id")]
        conn.execute(
            f"UPDATE cards SET {', '.join(f'{c}=?' for c in cols)} WHERE learner_id=? AND pack_id=? AND card_id=?",
            [row[c] for c in cols] + [learner_id, state.pack_id, state.card_id],
        )

    def set_flags(self, learner_id: int, pack_id: str, card_id: str, *, suspended: bool | None = None,
                  buried_until: datetime | None | bool = False) -> None:
        sets, args = [], []
        if suspended is not None:
            sets.append("suspended=?")
            args.append(int(suspended))
        if buried_until is not False:
            sets.append("buried_until=?")
            args.append(iso(buried_until) if isinstance(buried_until, datetime) else None)
        if not sets:
            return
        with self.write() as conn:
            conn.execute(f"UPDATE cards SET {', '.join(sets)} WHERE learner_id=? AND pack_id=? AND card_id=?",
                         args + [learner_id, pack_id, card_id])

    # -- reviews

    def record_review(self, learner_id: int, review: Review, before: CardState, after: CardState) -> int:
        """Append a review and store the card's new state, in one transaction."""
        with self.write() as conn:
            cur = conn.execute(
                "INSERT INTO reviews (learner_id, pack_id, card_id, session_id, reviewed_at, answer, correct, "
                "score, reason, rating, override, duration_ms, practice, undone, state_before, content_hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
                (
                    learner_id, review.pack_id, review.card_id, review.session_id, iso(review.reviewed_at),
                    review.answer, int(review.correct), review.score, review.reason, review.rating,
                    review.override, review.duration_ms, int(review.practice),
                    json.dumps(before.to_row()), before.content_hash,
                ),
            )
            self._write_state(conn, learner_id, after)
            if review.session_id is not None:
                conn.execute("UPDATE sessions SET reviews = reviews + 1 WHERE id=?", (review.session_id,))
            return cur.lastrowid

    def undo_review(self, learner_id: int, review_id: int) -> CardState | None:
        """Mark a review undone and restore the card state it replaced."""
        with self.write() as conn:
            row = conn.execute(
                "SELECT state_before, undone, session_id FROM reviews WHERE id=? AND learner_id=?",
                (review_id, learner_id),
            ).fetchone()
            if row is None or row[1]:
                return None
            before = CardState.from_row(json.loads(row[0]))
            conn.execute("UPDATE reviews SET undone=1 WHERE id=?", (review_id,))
            self._write_state(conn, learner_id, before)
            if row[2] is not None:
                conn.execute("UPDATE sessions SET reviews = max(reviews - 1, 0) WHERE id=?", (row[2],))
            return before

    def override_review(self, learner_id: int, review_id: int, override: str, correct: bool, rating: int,
                        after: CardState) -> None:
        """Record the learner's override of a grade and the rescheduled card state."""
        with self.write() as conn:
            conn.execute("UPDATE reviews SET override=?, correct=?, rating=? WHERE id=? AND learner_id=?",
                         (override, int(correct), rating, review_id, learner_id))
            self._write_state(conn, learner_id, after)

    def review_before_state(self, review_id: int) -> CardState | None:
        with self.read() as conn:
            row = conn.execute("SELECT state_before FROM reviews WHERE id=?", (review_id,)).fetchone()
        return None if row is None else CardState.from_row(json.loads(row[0]))

    def reviews(self, learner_id: int | None = None, pack_id: str | None = None, *,
                include_undone: bool = False) -> list[Review]:
        where, args = ["1=1"], []
        if learner_id is not None:
            where.append("learner_id=?")
            args.append(learner_id)
        if pack_id is not None:
            where.append("pack_id=?")
            args.append(pack_id)
        if not include_undone:
            where.append("undone=0")
        with self.read() as conn:
            cur = conn.execute(
                "SELECT id, pack_id, card_id, answer, correct, score, rating, reviewed_at, reason, duration_ms, "
                f"session_id, practice, override, undone FROM reviews WHERE {' AND '.join(where)} ORDER BY id",
                args,
            )
            return [
                Review(pack_id=r[1], card_id=r[2], answer=r[3], correct=bool(r[4]), score=r[5], rating=r[6],
                       reviewed_at=_dt(r[7]), reason=r[8] or "", duration_ms=r[9], session_id=r[10],
                       practice=bool(r[11]), override=r[12], id=r[0], undone=bool(r[13]))
                for r in cur
            ]

    def review_count(self, learner_id: int, pack_id: str, card_id: str | None = None) -> int:
        sql = "SELECT count(*) FROM reviews WHERE learner_id=? AND pack_id=? AND undone=0"
        args: list = [learner_id, pack_id]
        if card_id is not None:
            sql += " AND card_id=?"
            args.append(card_id)
        with self.read() as conn:
            return conn.execute(sql, args).fetchone()[0]

    # -- sessions

    def start_session(self, learner_id: int, pack_id: str, now: datetime | None = None) -> int:
        with self.write() as conn:
            cur = conn.execute("INSERT INTO sessions (learner_id, pack_id, started) VALUES (?, ?, ?)",
                               (learner_id, pack_id, iso(now or utcnow())))
            return cur.lastrowid

    def end_session(self, session_id: int, now: datetime | None = None) -> None:
        with self.write() as conn:
            conn.execute("UPDATE sessions SET ended=? WHERE id=?", (iso(now or utcnow()), session_id))

    # -- queries for scheduling

    def due_count(self, learner_id: int, pack_id: str, now: datetime) -> tuple[int, int]:
        """(due reviews, new cards) available now."""
        with self.read() as conn:
            due = conn.execute(
                "SELECT count(*) FROM cards WHERE learner_id=? AND pack_id=? AND due<=? AND state!=? "
                "AND suspended=0 AND retired=0 AND (buried_until IS NULL OR buried_until<=?)",
                (learner_id, pack_id, iso(now), NEW, iso(now)),
            ).fetchone()[0]
            new = conn.execute(
                "SELECT count(*) FROM cards WHERE learner_id=? AND pack_id=? AND state=? "
                "AND suspended=0 AND retired=0 AND (buried_until IS NULL OR buried_until<=?)",
                (learner_id, pack_id, NEW, iso(now)),
            ).fetchone()[0]
        return due, new


def _explain(path: Path, exc: sqlite3.DatabaseError) -> str:
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
    found = sorted(p.parent.glob(f"{p.name}.*.bak"), key=lambda f: f.stat().st_mtime)
    return found[-1] if found else None


def default_db_path() -> Path:
    return Path(os.environ.get("STUDYBOT_DB") or "progress.db")
