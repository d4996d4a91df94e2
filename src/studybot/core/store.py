"""progress.db: the learner's reviews and card states; and the tutor's in-memory
full-text index (at the end). The only module that runs SQL.

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
import re
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Self

if TYPE_CHECKING:  # sqlite-utils is imported only when a schema must change (it is slow to import)
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

__all__ = ["DAY_HOUR", "NEW", "SCHEMA_VERSION", "CardInfo", "CardState", "Hit", "Review", "SearchIndex", "Store", "StoreError",
           "StoreLocked", "day_shift_minutes", "iso", "newest_backup", "restore", "study_day", "utcnow"]

BUSY_TIMEOUT_MS = 10_000
NEW = 0  # card state before its first review (fsrs states are 1..3)
_REVIEW_STATE = 2  # fsrs State.Review: a review the schedule asked for
_SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreError(Exception):
    """The progress database cannot be used; the message is one line for the learner."""


class StoreLocked(StoreError):
    """Another program holds the database's lock for longer than we waited."""


def utcnow() -> datetime:
    return datetime.now(UTC)


DAY_HOUR = 4  # a study day turns at 04:00 local time, so a late evening counts for that day


def day_shift_minutes(moment: datetime | None = None, day_hour: int = DAY_HOUR) -> int:
    """Minutes to add to a UTC time to get the learner's study-day date: the local
    UTC offset, less the hour at which a study day turns."""
    offset = (moment or utcnow()).astimezone().utcoffset() or timedelta(0)
    return int(offset.total_seconds() // 60) - day_hour * 60


def study_day(moment: datetime, day_hour: int = DAY_HOUR) -> str:
    """The learner's study day (YYYY-MM-DD) of a moment: local date, turning at day_hour."""
    return (moment + timedelta(minutes=day_shift_minutes(moment, day_hour))).date().isoformat()


def iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


# ------------------------------------------------------------------ migrations

MIGRATION_SET = "studybot"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of applied migrations


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


def m002_order_filters_and_daily_counts(db: Database) -> None:
    """Pack order and section/tag filters in SQL; the state a review started from
    (to count new cards introduced today) as a column instead of inside JSON."""
    db["cards"].add_column("position", int)
    db["cards"].add_column("section", str)
    db["cards"].add_column("tags", str)  # "|tag1|tag2|"
    db["reviews"].add_column("prev_state", int)
    db.execute("UPDATE reviews SET prev_state = json_extract(state_before, '$.state')")
    db["cards"].create_index(["learner_id", "pack_id", "state", "position"])
    db["reviews"].create_index(["learner_id", "pack_id", "reviewed_at"])
    # due reviews without wading through the new cards (whose due is their creation time); it replaces
    # the plain due index, and (learner, pack, reviewed_at) replaces (learner, reviewed_at)
    db.execute("CREATE INDEX idx_cards_seen_due ON cards (learner_id, pack_id, due, buried_until, section, tags) "
               "WHERE state != 0 AND suspended = 0 AND retired = 0")
    db.execute("DROP INDEX idx_cards_learner_id_pack_id_due")
    db.execute("DROP INDEX idx_reviews_learner_id_reviewed_at")


def m003_daily_summary(db: Database) -> None:
    """A row per learner, pack and study day, kept with each review, so that progress
    figures (activity, retention, streak) never scan the whole review log; and an
    index of the overridden reviews."""
    db["reviews"].add_column("day", str)
    db.execute(
        "CREATE TABLE review_days (learner_id INTEGER NOT NULL, pack_id TEXT NOT NULL, day TEXT NOT NULL, "
        "reviews INTEGER NOT NULL DEFAULT 0, correct INTEGER NOT NULL DEFAULT 0, ms INTEGER NOT NULL DEFAULT 0, "
        "scheduled INTEGER NOT NULL DEFAULT 0, scheduled_correct INTEGER NOT NULL DEFAULT 0, "
        "PRIMARY KEY (learner_id, pack_id, day)) WITHOUT ROWID")
    _fill_review_days(db.conn)
    db.execute("CREATE INDEX idx_reviews_overridden ON reviews (learner_id, pack_id, card_id) "
               "WHERE override IS NOT NULL")


def _fill_review_days(conn: sqlite3.Connection) -> None:
    """Give reviews without a study day one (local time now), and total review_days afresh."""
    conn.execute("UPDATE reviews SET day = date(reviewed_at, ?) WHERE day IS NULL",
                 [f"{day_shift_minutes()} minutes"])
    conn.execute("DELETE FROM review_days")
    conn.execute(
        "INSERT INTO review_days SELECT learner_id, pack_id, day, count(*), sum(correct), "
        "sum(coalesce(duration_ms, 0)), sum(prev_state = 2 AND practice = 0), "
        "sum(correct AND prev_state = 2 AND practice = 0) FROM reviews WHERE undone = 0 "
        "GROUP BY learner_id, pack_id, day")


MIGRATIONS = (m001_initial, m002_order_filters_and_daily_counts, m003_daily_summary)
SCHEMA_VERSION = len(MIGRATIONS)


@lru_cache(maxsize=1)
def migration_set() -> Migrations:
    """The sqlite-utils migration set (built on first need: most starts need none)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in MIGRATIONS:
        migrations()(step)
    return migrations


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
        return {
            "pack_id": self.pack_id, "card_id": self.card_id, "content_hash": self.content_hash,
            "state": self.state, "step": self.step, "stability": self.stability, "difficulty": self.difficulty,
            "due": iso(self.due), "last_review": iso(self.last_review), "reps": self.reps, "lapses": self.lapses,
            "suspended": int(self.suspended), "buried_until": iso(self.buried_until), "retired": int(self.retired),
            "leech": int(self.leech),
        }

    @classmethod
    def from_row(cls, row: dict) -> CardState:
        return cls(
            pack_id=row["pack_id"], card_id=row["card_id"], content_hash=row.get("content_hash") or "",
            state=row["state"], step=row.get("step"), stability=row.get("stability"),
            difficulty=row.get("difficulty"), due=_dt(row.get("due")), last_review=_dt(row.get("last_review")),
            reps=row.get("reps") or 0, lapses=row.get("lapses") or 0, suspended=bool(row.get("suspended")),
            buried_until=_dt(row.get("buried_until")), retired=bool(row.get("retired")), leech=bool(row.get("leech")),
        )


@dataclass(frozen=True)
class CardInfo:
    """What the store keeps of a pack's card: identity, answer hash, order and filters."""

    card_id: str
    content_hash: str
    position: int = 0
    section: str = ""
    tags: tuple[str, ...] = ()

    @property
    def tag_field(self) -> str:
        return "|" + "|".join(self.tags) + "|" if self.tags else ""


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
    day: str | None = None  # study day; by default that of reviewed_at


# ------------------------------------------------------------------ the store


_STATE_COLUMNS = ("content_hash", "state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses",
                  "suspended", "buried_until", "retired", "leech")
_UPDATE_STATE = (f"UPDATE cards SET {', '.join(f'{c}=?' for c in _STATE_COLUMNS)} "
                 "WHERE learner_id=? AND pack_id=? AND card_id=?")


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
        self._lock = threading.RLock()

    # -- opening

    @classmethod
    def open(cls, path: str | Path, *, backup: bool = True, wait_ms: int | None = None) -> Store:
        """Open (creating or migrating) a progress database. Raises StoreError, whose
        message names the newest backup when the file cannot be used (StoreLocked
        when another program kept it locked for longer than `wait_ms`)."""
        try:
            store = cls._open(path, backup=backup, wait_ms=BUSY_TIMEOUT_MS if wait_ms is None else wait_ms)
            if wait_ms is not None:
                store.conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            return store
        except StoreLocked:
            raise
        except StoreError as exc:
            found = newest_backup(path) if str(path) != ":memory:" else None
            if found is None:
                raise
            raise StoreError(f"{exc}. Newest backup: {found} (studybot restore {found})") from None

    @classmethod
    def open_readonly(cls, path: str | Path) -> Store:
        """Open a progress database only to read it (a report over learners' files):
        nothing is created, migrated or written. Raises StoreError."""
        p = Path(path)
        if not p.is_file():
            raise StoreError(f"{p}: no such progress database")
        _inspect_file(p)
        try:
            conn = sqlite3.connect(f"file:{p}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            conn.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise _failure(p, exc) from None
        if MIGRATIONS_TABLE not in tables or "reviews" not in tables:
            conn.close()
            raise StoreError(f"{p} is not a studybot progress database")
        if version != SCHEMA_VERSION:
            conn.close()
            newer = "a newer" if version > SCHEMA_VERSION else "an older"
            raise StoreError(f"{p} was written by {newer} studybot (schema {version}, this one reads "
                             f"{SCHEMA_VERSION}); open it with studybot once to upgrade it")
        return cls(conn, p)

    @classmethod
    def _open(cls, path: str | Path, *, backup: bool, wait_ms: int) -> Store:
        p = Path(path)
        memory = str(path) == ":memory:"
        if not memory:
            if not p.parent.exists():
                raise StoreError(f"cannot create {p}: the folder {p.parent} does not exist")
            if not p.exists():
                _create(p)
            _inspect_file(p)
        try:
            conn = sqlite3.connect(
                str(path), timeout=wait_ms / 1000, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {path}: {exc}") from None
        store = cls(conn, None if memory else p)
        try:
            store._prepare(backup=backup, wait_ms=wait_ms)
        except StoreError:
            conn.close()
            raise
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise _failure(p, exc) from None
        return store

    def _prepare(self, *, backup: bool, wait_ms: int = BUSY_TIMEOUT_MS) -> None:
        conn = self.conn
        conn.execute(f"PRAGMA busy_timeout={wait_ms}")
        # read-only checks first: a file we refuse is left exactly as it was
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer studybot (schema {version}; this one knows "
                f"{SCHEMA_VERSION}); upgrade studybot. The file was not changed."
            )
        if tables and MIGRATIONS_TABLE not in tables:
            raise StoreError(f"{self.path} is a SQLite database but not a studybot progress database; use --db")
        applied: set[str] = set()
        if tables:
            known = {step.__name__ for step in MIGRATIONS}
            applied = {r[0] for r in conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set=?",
                                                 (MIGRATION_SET,))}
            if version and len(applied) < version:
                raise StoreError(f"{self.path} is damaged (schema {version}, but only {len(applied)} migrations are "
                                 "recorded); it was left as it is")
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
        if len(applied) < SCHEMA_VERSION:
            from sqlite_utils import Database

            if backup and tables and self.path is not None:
                self.backup(reason=f"before-migration-v{version}")
            with self.write():
                migration_set().apply(Database(conn))  # savepoints inside our BEGIN IMMEDIATE
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
            raise _failure(self.path or Path(":memory:"), exc) from None

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

    def sync_pack(self, learner_id: int, pack_id: str, cards: list[CardInfo],
                  now: datetime | None = None) -> dict[str, int]:
        """Match stored card states to the pack's cards: new cards are added; a changed
        answer restarts a card (its history stays); order, section and tags follow the
        pack; cards gone from the pack are retired, not deleted. Returns counts."""
        now = now or utcnow()
        counts = {"added": 0, "restarted": 0, "retired": 0, "revived": 0}
        with self.write() as conn:
            stored = {
                r[0]: r[1:]
                for r in conn.execute(
                    "SELECT card_id, content_hash, retired, position, section, tags FROM cards "
                    "WHERE learner_id=? AND pack_id=?", (learner_id, pack_id),
                )
            }
            added, restarted, moved = [], [], []
            for info in cards:
                old = stored.get(info.card_id)
                if old is None:
                    added.append((learner_id, pack_id, info.card_id, info.content_hash, NEW, iso(now),
                                  info.position, info.section, info.tag_field))
                    continue
                old_hash, retired, position, section, tags = old
                if retired:
                    counts["revived"] += 1
                if old_hash != info.content_hash:
                    restarted.append((info.content_hash, NEW, iso(now), learner_id, pack_id, info.card_id))
                if retired or (position, section, tags) != (info.position, info.section, info.tag_field):
                    moved.append((info.position, info.section, info.tag_field, learner_id, pack_id, info.card_id))
            conn.executemany(
                "INSERT INTO cards (learner_id, pack_id, card_id, content_hash, state, due, position, section, tags) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", added)
            conn.executemany(
                "UPDATE cards SET content_hash=?, state=?, step=NULL, stability=NULL, difficulty=NULL, due=?, "
                "last_review=NULL, reps=0, lapses=0, leech=0, suspended=0 "
                "WHERE learner_id=? AND pack_id=? AND card_id=?", restarted)
            conn.executemany(
                "UPDATE cards SET position=?, section=?, tags=?, retired=0 WHERE learner_id=? AND pack_id=? "
                "AND card_id=?", moved)
            wanted = {info.card_id for info in cards}
            gone = [(learner_id, pack_id, cid) for cid, old in stored.items() if cid not in wanted and not old[1]]
            conn.executemany("UPDATE cards SET retired=1 WHERE learner_id=? AND pack_id=? AND card_id=?", gone)
            counts.update(added=len(added), restarted=len(restarted), retired=len(gone))
        return counts

    def card_state(self, learner_id: int, pack_id: str, card_id: str) -> CardState | None:
        with self.read() as conn:
            return self._state(conn, learner_id, pack_id, card_id)

    @staticmethod
    def _state(conn: sqlite3.Connection, learner_id: int, pack_id: str, card_id: str) -> CardState | None:
        cur = conn.execute("SELECT * FROM cards WHERE learner_id=? AND pack_id=? AND card_id=?",
                           (learner_id, pack_id, card_id))
        row = cur.fetchone()
        if row is None:
            return None
        return CardState.from_row(dict(zip([d[0] for d in cur.description], row, strict=True)))

    def _write_state(self, conn: sqlite3.Connection, learner_id: int, state: CardState) -> None:
        row = state.to_row()
        conn.execute(_UPDATE_STATE, [row[c] for c in _STATE_COLUMNS] + [learner_id, state.pack_id, state.card_id])

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

    def record_review(self, learner_id: int, pack_id: str, card_id: str,
                      decide: Callable[[CardState], tuple[Review, CardState]]) -> tuple[int, CardState]:
        """Review a card in one transaction: read its state, let `decide` grade and
        schedule (returning the review and the new state), append the review and
        store the new state. Returns (review id, new state)."""
        with self.write() as conn:
            before = self._state(conn, learner_id, pack_id, card_id)
            if before is None:
                raise StoreError(f"card '{card_id}' of pack '{pack_id}' is not in the progress database")
            review, after = decide(before)
            day = review.day or study_day(review.reviewed_at)
            cur = conn.execute(
                "INSERT INTO reviews (learner_id, pack_id, card_id, session_id, reviewed_at, answer, correct, "
                "score, reason, rating, override, duration_ms, practice, undone, state_before, content_hash, "
                "prev_state, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                (
                    learner_id, pack_id, card_id, review.session_id, iso(review.reviewed_at),
                    review.answer, int(review.correct), review.score, review.reason, review.rating,
                    review.override, review.duration_ms, int(review.practice),
                    json.dumps(before.to_row()), before.content_hash, before.state, day,
                ),
            )
            scheduled = before.state == _REVIEW_STATE and not review.practice
            self._count_day(conn, learner_id, pack_id, day, 1, int(review.correct), review.duration_ms or 0,
                            int(scheduled), int(scheduled and review.correct))
            self._write_state(conn, learner_id, after)
            if review.session_id is not None:
                conn.execute("UPDATE sessions SET reviews = reviews + 1 WHERE id=?", (review.session_id,))
            return cur.lastrowid, after

    @staticmethod
    def _count_day(conn: sqlite3.Connection, learner_id: int, pack_id: str, day: str, reviews: int, correct: int,
                   ms: int, scheduled: int, scheduled_correct: int) -> None:
        """Add to (or take from) a study day's totals in review_days."""
        conn.execute(
            "INSERT INTO review_days (learner_id, pack_id, day, reviews, correct, ms, scheduled, scheduled_correct) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (learner_id, pack_id, day) DO UPDATE SET "
            "reviews = reviews + excluded.reviews, correct = correct + excluded.correct, ms = ms + excluded.ms, "
            "scheduled = scheduled + excluded.scheduled, "
            "scheduled_correct = scheduled_correct + excluded.scheduled_correct",
            (learner_id, pack_id, day, reviews, correct, ms, scheduled, scheduled_correct))

    def undo_review(self, learner_id: int, review_id: int) -> CardState | None:
        """Mark a review undone and restore the card state it replaced."""
        with self.write() as conn:
            row = conn.execute(
                "SELECT state_before, undone, session_id, pack_id, day, correct, coalesce(duration_ms, 0), "
                "prev_state = 2 AND practice = 0 FROM reviews WHERE id=? AND learner_id=?",
                (review_id, learner_id),
            ).fetchone()
            if row is None or row[1]:
                return None
            before = CardState.from_row(json.loads(row[0]))
            conn.execute("UPDATE reviews SET undone=1 WHERE id=?", (review_id,))
            pack_id, day, correct, ms, scheduled = row[3:]
            if day is not None:
                self._count_day(conn, learner_id, pack_id, day, -1, -correct, -ms, -scheduled, -(scheduled and correct))
            self._write_state(conn, learner_id, before)
            if row[2] is not None:
                conn.execute("UPDATE sessions SET reviews = max(reviews - 1, 0) WHERE id=?", (row[2],))
            return before

    def override_review(self, learner_id: int, review_id: int, override: str, correct: bool, rating: int,
                        after: CardState) -> None:
        """Record the learner's override of a grade and the rescheduled card state."""
        with self.write() as conn:
            row = conn.execute("SELECT pack_id, day, correct, prev_state = 2 AND practice = 0 FROM reviews "
                               "WHERE id=? AND learner_id=?", (review_id, learner_id)).fetchone()
            conn.execute("UPDATE reviews SET override=?, correct=?, rating=? WHERE id=? AND learner_id=?",
                         (override, int(correct), rating, review_id, learner_id))
            if row is not None and row[1] is not None:
                change = int(correct) - row[2]
                self._count_day(conn, learner_id, row[0], row[1], 0, change, 0, 0, change if row[3] else 0)
            self._write_state(conn, learner_id, after)

    def review_before_state(self, review_id: int) -> CardState | None:
        with self.read() as conn:
            row = conn.execute("SELECT state_before FROM reviews WHERE id=?", (review_id,)).fetchone()
        return None if row is None else CardState.from_row(json.loads(row[0]))

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

    def rebuild_day_totals(self) -> None:
        """Recount review_days from the review log (after reviews were loaded in bulk)."""
        with self.write() as conn:
            _fill_review_days(conn)

    def _where(self, learner_id: int, pack_id: str, now: datetime, section: str | None,
               tag: str | None) -> tuple[str, list]:
        """The cards a learner can be asked now: not suspended, retired or buried; in
        the section or with the tag asked for."""
        sql = ("learner_id=? AND pack_id=? AND suspended=0 AND retired=0 "
               "AND (buried_until IS NULL OR buried_until<=?)")
        args: list = [learner_id, pack_id, iso(now)]
        if section:
            sql += " AND section=?"
            args.append(section)
        if tag:
            sql += " AND tags LIKE ?"
            args.append(f"%|{tag}|%")
        return sql, args

    def _states(self, sql: str, args: list) -> list[CardState]:
        with self.read() as conn:
            cur = conn.execute(sql, args)
            names = [d[0] for d in cur.description]
            return [CardState.from_row(dict(zip(names, row, strict=True))) for row in cur]

    def due_cards(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                  tag: str | None = None, limit: int = 200) -> list[CardState]:
        """Reviews due now, the most forgotten first: FSRS recall probability falls
        with (time since the last review) / stability, so the largest ratio first."""
        where, args = self._where(learner_id, pack_id, now, section, tag)
        return self._states(
            f"SELECT * FROM cards WHERE {where} AND state!={NEW} AND due<=? "
            "ORDER BY (julianday(?) - julianday(last_review)) / max(stability, 0.01) DESC, due LIMIT ?",
            args + [iso(now), iso(now), limit])

    def next_new(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                 tag: str | None = None, skip: tuple[str, ...] = ()) -> str | None:
        """The first new card in pack order."""
        where, args = self._where(learner_id, pack_id, now, section, tag)
        if skip:
            where += f" AND card_id NOT IN ({', '.join('?' * len(skip))})"
            args += list(skip)
        with self.read() as conn:
            row = conn.execute(f"SELECT card_id FROM cards WHERE {where} AND state={NEW} ORDER BY position LIMIT 1",
                               args).fetchone()
        return row[0] if row else None

    def next_ahead(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                   tag: str | None = None, skip: tuple[str, ...] = ()) -> CardState | None:
        """The review that falls due soonest (for practising ahead)."""
        where, args = self._where(learner_id, pack_id, now, section, tag)
        if skip:
            where += f" AND card_id NOT IN ({', '.join('?' * len(skip))})"
            args += list(skip)
        found = self._states(f"SELECT * FROM cards WHERE {where} AND state!={NEW} AND due>? ORDER BY due LIMIT 1",
                             args + [iso(now)])
        return found[0] if found else None

    def due_count(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                  tag: str | None = None, new_cap: int | None = None) -> tuple[int, int]:
        """(due reviews, new cards) available now; new cards counted up to `new_cap`
        (a learner sees at most the day's limit of them)."""
        where, args = self._where(learner_id, pack_id, now, section, tag)
        cap = "" if new_cap is None else f" LIMIT {int(new_cap)}"
        with self.read() as conn:
            due = conn.execute(f"SELECT count(*) FROM cards WHERE {where} AND state!={NEW} AND due<=?",
                               args + [iso(now)]).fetchone()[0]
            new = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM cards WHERE {where} AND state={NEW}{cap})",
                               args).fetchone()[0]
        return due, new

    def done_since(self, learner_id: int, pack_id: str, since: datetime) -> tuple[int, int]:
        """(new cards introduced, reviews of seen cards) since a moment (for daily limits)."""
        with self.read() as conn:
            row = conn.execute(
                f"SELECT coalesce(sum(prev_state={NEW}), 0), coalesce(sum(prev_state!={NEW}), 0) FROM reviews "
                "WHERE learner_id=? AND pack_id=? AND reviewed_at>=? AND undone=0 AND practice=0",
                (learner_id, pack_id, iso(since)),
            ).fetchone()
        return row[0], row[1]

    def next_due(self, learner_id: int, pack_id: str) -> datetime | None:
        """When the next review falls due (suspended and retired cards aside)."""
        with self.read() as conn:
            row = conn.execute(f"SELECT min(due) FROM cards WHERE learner_id=? AND pack_id=? AND state!={NEW} "
                               "AND suspended=0 AND retired=0", (learner_id, pack_id)).fetchone()
        return _dt(row[0]) if row and row[0] else None

    def review_days(self, learner_id: int, pack_id: str) -> list[str]:
        """The study days (YYYY-MM-DD) with at least one review, newest first."""
        with self.read() as conn:
            return [r[0] for r in conn.execute(
                "SELECT day FROM review_days WHERE learner_id=? AND pack_id=? AND reviews>0 ORDER BY day DESC",
                (learner_id, pack_id))]

    # -- progress figures (see stats.py)

    def section_counts(self, learner_id: int, pack_id: str, now: datetime) -> dict[str, tuple[int, int, int, int]]:
        """Per section: (cards, seen, mastered, due). Mastered: FSRS recall probability
        of at least 0.9 now, which for FSRS means whole days since the last review <= stability."""
        with self.read() as conn:
            rows = conn.execute(
                f"SELECT section, count(*), sum(state!={NEW}), "
                f"sum(state!={NEW} AND CAST(julianday(?) - julianday(last_review) AS INTEGER) <= stability), "
                f"sum(state!={NEW} AND due<=? AND suspended=0) "
                "FROM cards WHERE learner_id=? AND pack_id=? AND retired=0 GROUP BY section",
                (iso(now), iso(now), learner_id, pack_id)).fetchall()
        return {r[0]: (r[1], r[2] or 0, r[3] or 0, r[4] or 0) for r in rows}

    def activity(self, learner_id: int, pack_id: str, since_day: str) -> list[tuple[str, int, int]]:
        """(day, reviews, milliseconds spent) for each study day with reviews since `since_day`."""
        with self.read() as conn:
            return conn.execute(
                "SELECT day, reviews, ms FROM review_days WHERE learner_id=? AND pack_id=? AND day>=? AND reviews>0 "
                "ORDER BY day", (learner_id, pack_id, since_day)).fetchall()

    def day_totals(self, learner_id: int, pack_id: str, day: str) -> tuple[int, int, int]:
        """(reviews, right, milliseconds) of one study day."""
        with self.read() as conn:
            row = conn.execute("SELECT reviews, correct, ms FROM review_days WHERE learner_id=? AND pack_id=? "
                               "AND day=?", (learner_id, pack_id, day)).fetchone()
        return tuple(row) if row else (0, 0, 0)

    def retention(self, learner_id: int, pack_id: str, since_day: str) -> list[tuple[str, int, int]]:
        """(week, reviews of cards in review, passed) per week since `since_day`: the reviews a
        schedule asked for (not learning steps, not practice), right at the first try."""
        with self.read() as conn:
            return conn.execute(
                "SELECT strftime('%Y-%W', day) AS week, sum(scheduled), sum(scheduled_correct) FROM review_days "
                "WHERE learner_id=? AND pack_id=? AND day>=? GROUP BY week HAVING sum(scheduled) > 0 ORDER BY week",
                (learner_id, pack_id, since_day)).fetchall()

    def overridden(self, learner_id: int, pack_id: str) -> list[tuple[str, int, int]]:
        """(card_id, reviews, overridden reviews) for the cards whose grade was ever overridden."""
        with self.read() as conn:
            return conn.execute(
                "SELECT o.card_id, (SELECT count(*) FROM reviews r WHERE r.learner_id=o.learner_id "
                "AND r.pack_id=o.pack_id AND r.card_id=o.card_id AND r.undone=0), count(*) FROM reviews o "
                "WHERE o.learner_id=? AND o.pack_id=? AND o.override IS NOT NULL AND o.undone=0 "
                "GROUP BY o.card_id", (learner_id, pack_id)).fetchall()

    def due_forecast(self, learner_id: int, pack_id: str, now: datetime, until: datetime,
                     shift_minutes: int) -> list[tuple[str, int]]:
        """(day, cards falling due) from now until `until` (overdue cards count today)."""
        with self.read() as conn:
            return conn.execute(
                "SELECT date(max(due, ?), ?) AS day, count(*) FROM cards "
                f"WHERE learner_id=? AND pack_id=? AND state!={NEW} AND suspended=0 AND retired=0 AND due<? "
                "GROUP BY day ORDER BY day",
                (iso(now), f"{shift_minutes:+d} minutes", learner_id, pack_id, iso(until))).fetchall()

    def weakest(self, learner_id: int, pack_id: str, now: datetime, limit: int = 10) -> list[CardState]:
        """Studied cards most likely forgotten now (largest days-since-review / stability),
        leeches and cards with more lapses first among equals."""
        return self._states(
            f"SELECT * FROM cards WHERE learner_id=? AND pack_id=? AND state!={NEW} AND retired=0 "
            "ORDER BY leech DESC, (julianday(?) - julianday(last_review)) / max(stability, 0.01) DESC, lapses DESC "
            "LIMIT ?", [learner_id, pack_id, iso(now), limit])

    def card_review_stats(self, learner_id: int | None, pack_id: str) -> list[tuple]:
        """Per card: (card_id, reviews, right, overridden, mean score, first tries, first tries right,
        learners)."""
        who = "" if learner_id is None else "AND learner_id=? "
        args = [pack_id] + ([] if learner_id is None else [learner_id])
        with self.read() as conn:
            return conn.execute(
                "WITH r AS (SELECT * FROM reviews WHERE pack_id=? AND undone=0 " + who + "), "
                "first AS (SELECT min(id) AS id FROM r GROUP BY learner_id, card_id) "
                "SELECT r.card_id, count(*), sum(r.correct), sum(r.override IS NOT NULL), avg(r.score), "
                "sum(r.id IN (SELECT id FROM first)), sum(r.correct AND r.id IN (SELECT id FROM first)), "
                "count(DISTINCT r.learner_id) FROM r GROUP BY r.card_id", args).fetchall()

    def wrong_answers(self, pack_id: str, limit_per_card: int = 3) -> list[tuple[str, str, int]]:
        """(card_id, answer, times) for the answers most often given wrongly."""
        with self.read() as conn:
            return conn.execute(
                "SELECT card_id, answer, n FROM (SELECT card_id, lower(trim(answer)) AS answer, count(*) AS n, "
                "row_number() OVER (PARTITION BY card_id ORDER BY count(*) DESC, lower(trim(answer))) AS k "
                "FROM reviews WHERE pack_id=? AND undone=0 AND correct=0 AND trim(answer)!='' "
                "GROUP BY card_id, lower(trim(answer))) WHERE k<=? ORDER BY card_id, n DESC",
                (pack_id, limit_per_card)).fetchall()

    # -- export

    def export_rows(self, learner_id: int | None = None, pack_id: str | None = None) -> dict[str, list[dict]]:
        """The review log and the card states as plain rows, for `studybot export`."""
        where, args = ["1=1"], []
        if learner_id is not None:
            where.append("r.learner_id=?")
            args.append(learner_id)
        if pack_id is not None:
            where.append("r.pack_id=?")
            args.append(pack_id)
        cond = " AND ".join(where)
        with self.read() as conn:
            out = {}
            for table, columns in (
                ("reviews", "r.id, l.name AS learner, r.pack_id, r.card_id, r.reviewed_at, r.answer, r.correct, "
                            "r.score, r.reason, r.rating, r.override, r.duration_ms, r.practice, r.undone, "
                            "r.session_id"),
                ("cards", "l.name AS learner, r.pack_id, r.card_id, r.state, r.step, r.stability, r.difficulty, "
                          "r.due, r.last_review, r.reps, r.lapses, r.suspended, r.buried_until, r.retired, r.leech"),
            ):
                cur = conn.execute(
                    f"SELECT {columns} FROM {table} r JOIN learners l ON l.id = r.learner_id WHERE {cond} "
                    "ORDER BY r.rowid", args)
                names = [d[0] for d in cur.description]
                out[table] = [dict(zip(names, row, strict=True)) for row in cur]
        return out


def _failure(path: Path, exc: sqlite3.DatabaseError) -> StoreError:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return StoreLocked(_explain(path, exc))
    return StoreError(_explain(path, exc))


def _explain(path: Path, exc: sqlite3.DatabaseError) -> str:
    text = str(exc)
    if "locked" in text or "busy" in text:
        return f"{path} is locked by another program; close it and try again"
    if "not a database" in text or "malformed" in text or "corrupt" in text:
        return f"{path} is damaged ({text}); it was left as it is"
    if "readonly" in text or "read-only" in text:
        return f"{path} is read-only; studybot needs to write progress there"
    return f"{path}: {text}"


def _create(path: Path) -> None:
    """Create a new progress database so that `path` never holds a half-made file:
    build it beside, then link it into place (if another process got there first,
    its file is kept and used)."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.new")
    try:
        conn = sqlite3.connect(str(temp), isolation_level=None)
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            store = Store(conn, temp)
            store._prepare(backup=False)
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        try:
            os.link(temp, path)
        except FileExistsError:
            pass  # another first start won the race; use its database
        except OSError:  # a file system without hard links
            if not path.exists():
                os.rename(temp, path)
    except (sqlite3.Error, OSError) as exc:
        raise StoreError(f"cannot create {path}: {exc}") from None
    finally:
        for leftover in (temp, Path(f"{temp}-wal"), Path(f"{temp}-shm")):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass


def restore(backup: str | Path, target: str | Path) -> Path | None:
    """Put a backup in place of `target`. The backup is checked first; an existing
    target is kept beside it (renamed, never overwritten). Returns where the old
    file went, if there was one."""
    backup, target = Path(backup), Path(target)
    if not backup.is_file():
        raise StoreError(f"{backup}: no such backup file")
    _inspect_file(backup)
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
        raise StoreError(_explain(backup, exc)) from None
    return kept


def newest_backup(path: str | Path) -> Path | None:
    p = Path(path)
    found = sorted(p.parent.glob(f"{p.name}.*.bak"), key=lambda f: f.stat().st_mtime)
    return found[-1] if found else None


# ------------------------------------------------------------------ the tutor's search index
# An in-memory full-text index (SQLite FTS5, bm25 ranking). It never touches the
# progress database: it lives in a private `:memory:` connection. Callers hand in
# documents as already-prepared token strings and get back plain `Hit(doc_id, score)`
# results, best first (the negated bm25 value: higher is better). The connection is
# opened with check_same_thread=False so a worker thread can query an index built on
# another thread; a lock serialises access.

_TERM = re.compile(r"[a-z0-9]+")
_COLUMN = re.compile(r"^[a-z][a-z0-9_]{0,30}$")
MAX_TERMS = 64


@dataclass(frozen=True)
class Hit:
    """One search result: the caller's document id and its bm25 relevance (higher is better)."""

    doc_id: int
    score: float


class SearchIndex:
    """A bm25-ranked FTS5 table over documents with one or more text fields.

    >>> index = SearchIndex(("body",))
    >>> index.build([(1, ("export fell",)), (2, ("import rose",))])
    >>> [h.doc_id for h in index.search(["fell"])]
    [1]
    """

    def __init__(self, fields: Sequence[str] = ("body",), weights: Sequence[float] | None = None):
        fields = tuple(fields)
        if not fields or not all(_COLUMN.match(f) for f in fields):
            raise ValueError(f"field names must be short lowercase identifiers: {fields!r}")
        if weights is not None and len(weights) != len(fields):
            raise ValueError("give one bm25 weight per field")
        self.fields = fields
        self._weights = tuple(float(w) for w in (weights or [1.0] * len(fields)))
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(":memory:", check_same_thread=False)
        columns = ", ".join(fields)
        self._conn.execute(
            f"CREATE VIRTUAL TABLE docs USING fts5({columns}, tokenize='unicode61 remove_diacritics 2')"
        )
        self._count = 0

    def __len__(self) -> int:
        return self._count

    def build(self, docs: Iterable[tuple[int, Sequence[str]]]) -> None:
        """Add documents `(doc_id, (field text, ...))` in one `executemany`."""
        width = len(self.fields)
        rows = []
        for doc_id, texts in docs:
            texts = tuple(texts)
            if len(texts) != width:
                raise ValueError(f"document {doc_id} has {len(texts)} fields, expected {width}")
            rows.append((int(doc_id), *texts))
        marks = ", ".join("?" * (width + 1))
        with self._lock, self._conn:
            self._conn.executemany(f"INSERT INTO docs(rowid, {', '.join(self.fields)}) VALUES ({marks})", rows)
        self._count += len(rows)

    def search(self, terms: Iterable[str], limit: int = 50) -> list[Hit]:
        """Documents matching any of `terms` (plain lowercase tokens), best bm25 first.

        Terms are quoted, so no FTS5 query syntax can be injected; characters other than
        letters and digits split a term into a phrase. Empty or unusable input gives [].
        """
        phrases: list[str] = []
        seen: set[str] = set()
        for term in terms:
            tokens = _TERM.findall(str(term).casefold())
            if not tokens:
                continue
            phrase = '"' + " ".join(tokens) + '"'
            if phrase not in seen:
                seen.add(phrase)
                phrases.append(phrase)
            if len(phrases) >= MAX_TERMS:
                break
        if not phrases or limit <= 0:
            return []
        weights = ", ".join(repr(w) for w in self._weights)
        sql = f"SELECT rowid, bm25(docs, {weights}) AS rank FROM docs WHERE docs MATCH ? ORDER BY rank LIMIT ?"
        with self._lock:
            rows = self._conn.execute(sql, (" OR ".join(phrases), int(limit))).fetchall()
        return [Hit(int(rowid), -float(rank)) for rowid, rank in rows]

    def close(self) -> None:
        """Release the in-memory database."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
