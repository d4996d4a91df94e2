"""The Store: opening (creating, checking, migrating) progress.db, learners, card
states, reviews and sessions, and the queries that pick the next card.

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

import contextlib
import json
import os
import sqlite3
import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ..clock import iso, parse_iso, study_day, utcnow
from ..records import CardInfo, CardPhase, CardState, DoneCounts, DueCounts, Learner, Review, SyncCounts
from ..safeio import remove_stale_temps
from .base import BUSY_TIMEOUT_MS
from .cards import CardQueries
from .checks import connect_readonly, examine
from .files import StoreConflict, StoreError, StoreLocked, failure, inspect_file, newest_backup, restore_hint
from .migrations import SCHEMA_VERSION, fill_review_days, migration_set
from .packs import PackQueries

__all__ = ["Store"]

NEW = int(CardPhase.NEW)
REVIEW = int(CardPhase.REVIEW)

_STATE_COLUMNS = ("content_hash", "state", "step", "stability", "difficulty", "due", "last_review", "reps", "lapses",
                  "suspended", "buried_until", "retired", "leech")
_UPDATE_STATE = (f"UPDATE cards SET {', '.join(f'{c}=?' for c in _STATE_COLUMNS)} "
                 "WHERE learner_id=? AND pack_id=? AND card_id=?")


class Store(CardQueries, PackQueries):
    """A learner's (or a class's) progress database."""

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
            raise StoreError(f"{exc}. Newest backup: {found} ({restore_hint(found, Path(path))})") from None

    @classmethod
    def open_readonly(cls, path: str | Path, *, any_version: bool = False) -> Store:
        """Open a progress database only to read it (stats, exports, backups, a report
        over learners' files): nothing is created, migrated or written, so a read-only
        file or folder will do. With `any_version`, an older schema is read as it is
        (a backup copies it). Raises StoreError."""
        p = Path(path)
        if not p.exists():
            raise StoreError(f"{p}: no such progress database")
        inspect_file(p)
        conn = connect_readonly(p)
        try:
            found = examine(conn, p, pages=True)
            if "reviews" not in found.tables:
                raise StoreError(f"{p} is not a studybot progress database")
            if found.version != SCHEMA_VERSION and not any_version:
                raise StoreError(f"{p} was written by an older studybot (schema {found.version}, this one reads "
                                 f"{SCHEMA_VERSION}); open it with studybot once to upgrade it")
        except BaseException:
            conn.close()
            raise
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
            inspect_file(p)
            probe = connect_readonly(p)  # every check before the first byte is written
            try:
                examine(probe, p, pages=True)
            finally:
                probe.close()
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
            raise failure(p, exc) from None
        return store

    def _prepare(self, *, backup: bool, wait_ms: int = BUSY_TIMEOUT_MS) -> None:
        conn = self.conn
        conn.execute(f"PRAGMA busy_timeout={wait_ms}")
        # read-only checks first (again: another program may have changed the file since
        # the read-only look): a file we refuse is left exactly as it was
        found = examine(conn, self.path)
        version, tables, applied = found.version, found.tables, found.applied
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

    # -- learners

    def learner(self, name: str) -> int:
        """The id of a learner, created on first use."""
        name = name.strip() or "learner"
        with self.read() as conn:
            row = conn.execute("SELECT id FROM learners WHERE name = ?", (name,)).fetchone()
        if row:
            return int(row[0])
        with self.write() as conn:
            conn.execute("INSERT OR IGNORE INTO learners (name, created) VALUES (?, ?)", (name, iso(utcnow())))
            return int(conn.execute("SELECT id FROM learners WHERE name = ?", (name,)).fetchone()[0])

    def learners(self) -> list[Learner]:
        """Every learner in the database, oldest first."""
        with self.read() as conn:
            return [Learner(r[0], r[1]) for r in conn.execute("SELECT id, name FROM learners ORDER BY id")]

    # -- card states

    def sync_pack(self, learner_id: int, pack_id: str, cards: list[CardInfo],
                  now: datetime | None = None) -> SyncCounts:
        """Match stored card states to the pack's cards: new cards are added; a changed
        answer restarts a card (its history stays); order, section and tags follow the
        pack; cards gone from the pack are retired, not deleted. Returns counts."""
        stamp = iso(now or utcnow())
        key = (learner_id, pack_id)
        with self.write() as conn:
            stored = {
                r[0]: r[1:]
                for r in conn.execute(
                    "SELECT card_id, content_hash, retired, position, section, tags FROM cards "
                    "WHERE learner_id=? AND pack_id=?", key,
                )
            }
            added: list[tuple[Any, ...]] = []
            restarted: list[tuple[Any, ...]] = []
            moved: list[tuple[Any, ...]] = []
            revived = 0
            for info in cards:
                old = stored.get(info.card_id)
                place = (info.position, info.section, info.tag_field)
                if old is None:
                    added.append((*key, info.card_id, info.content_hash, NEW, stamp, *place))
                    continue
                old_hash, retired, *old_place = old
                revived += bool(retired)
                if old_hash != info.content_hash:
                    restarted.append((info.content_hash, NEW, stamp, *key, info.card_id))
                if retired or tuple(old_place) != place:
                    moved.append((*place, *key, info.card_id))
            wanted = {info.card_id for info in cards}
            gone = [(*key, cid) for cid, old in stored.items() if cid not in wanted and not old[1]]
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
            conn.executemany("UPDATE cards SET retired=1 WHERE learner_id=? AND pack_id=? AND card_id=?", gone)
        return SyncCounts(added=len(added), restarted=len(restarted), retired=len(gone), revived=revived)

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
        sets: list[str] = []
        args: list[Any] = []
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
            scheduled = before.state == REVIEW and not review.practice
            self._count_day(conn, learner_id, pack_id, day, 1, int(review.correct), review.duration_ms or 0,
                            int(scheduled), int(scheduled and review.correct))
            self._write_state(conn, learner_id, after)
            if review.session_id is not None:
                conn.execute("UPDATE sessions SET reviews = reviews + 1 WHERE id=?", (review.session_id,))
            return int(cur.lastrowid or 0), after

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
                f"prev_state = {REVIEW} AND practice = 0 FROM reviews WHERE id=? AND learner_id=?",
                (review_id, learner_id),
            ).fetchone()
            if row is None or row[1]:
                return None
            self._check_last(conn, learner_id, review_id, "undo")
            before = CardState.from_row(json.loads(row[0]))
            conn.execute("UPDATE reviews SET undone=1 WHERE id=?", (review_id,))
            pack_id, day, correct, ms, scheduled = row[3:]
            if day is not None:
                self._count_day(conn, learner_id, pack_id, day, -1, -correct, -ms, -scheduled, -(scheduled and correct))
            self._write_state(conn, learner_id, before)
            if row[2] is not None:
                conn.execute("UPDATE sessions SET reviews = max(reviews - 1, 0) WHERE id=?", (row[2],))
            return before

    @staticmethod
    def _check_last(conn: sqlite3.Connection, learner_id: int, review_id: int, what: str) -> None:
        """Refuse (StoreConflict) to change a review that is no longer its card's last:
        another window or program answered the card since, and its answer stands."""
        later = conn.execute(
            "SELECT 1 FROM reviews r JOIN reviews o ON o.learner_id=r.learner_id AND o.pack_id=r.pack_id "
            "AND o.card_id=r.card_id WHERE r.id=? AND r.learner_id=? AND o.id>r.id AND o.undone=0 LIMIT 1",
            (review_id, learner_id)).fetchone()
        if later:
            raise StoreConflict(f"Cannot {what} that answer: the card was answered again since (in another window "
                                "or program), and that later answer stands.")

    def override_review(self, learner_id: int, review_id: int, override: str, correct: bool, rating: int,
                        decide: CardState | Callable[[CardState], CardState]) -> CardState | None:
        """Record the learner's override of a grade and reschedule the card, in one
        transaction: `decide` gets the state the card had before the review and returns
        the new one (or is that new state). Returns it (None: no such review). Raises
        StoreConflict when the card was answered again since."""
        with self.write() as conn:
            row = conn.execute(f"SELECT pack_id, day, correct, prev_state = {REVIEW} AND practice = 0, state_before "
                               "FROM reviews WHERE id=? AND learner_id=? AND undone=0",
                               (review_id, learner_id)).fetchone()
            if row is None:
                return None
            self._check_last(conn, learner_id, review_id, "override")
            after = decide if isinstance(decide, CardState) else decide(CardState.from_row(json.loads(row[4])))
            conn.execute("UPDATE reviews SET override=?, correct=?, rating=? WHERE id=? AND learner_id=?",
                         (override, int(correct), rating, review_id, learner_id))
            if row[1] is not None:
                change = int(correct) - row[2]
                self._count_day(conn, learner_id, row[0], row[1], 0, change, 0, 0, change if row[3] else 0)
            self._write_state(conn, learner_id, after)
            return after

    def review_before_state(self, review_id: int) -> CardState | None:
        with self.read() as conn:
            row = conn.execute("SELECT state_before FROM reviews WHERE id=?", (review_id,)).fetchone()
        return None if row is None else CardState.from_row(json.loads(row[0]))

    def review_count(self, learner_id: int, pack_id: str, card_id: str | None = None) -> int:
        sql = "SELECT count(*) FROM reviews WHERE learner_id=? AND pack_id=? AND undone=0"
        args: list[Any] = [learner_id, pack_id]
        if card_id is not None:
            sql += " AND card_id=?"
            args.append(card_id)
        with self.read() as conn:
            return int(conn.execute(sql, args).fetchone()[0])

    # -- sessions

    def start_session(self, learner_id: int, pack_id: str, now: datetime | None = None) -> int:
        with self.write() as conn:
            cur = conn.execute("INSERT INTO sessions (learner_id, pack_id, started) VALUES (?, ?, ?)",
                               (learner_id, pack_id, iso(now or utcnow())))
            return int(cur.lastrowid or 0)

    def end_session(self, session_id: int, now: datetime | None = None) -> None:
        with self.write() as conn:
            conn.execute("UPDATE sessions SET ended=? WHERE id=?", (iso(now or utcnow()), session_id))

    # -- queries for scheduling

    def rebuild_day_totals(self) -> None:
        """Recount review_days from the review log (after reviews were loaded in bulk)."""
        with self.write() as conn:
            fill_review_days(conn)

    def due_cards(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                  tag: str | None = None, limit: int = 200) -> list[CardState]:
        """Reviews due now, the most forgotten first: FSRS recall probability falls
        with (time since the last review) / stability, so the largest ratio first."""
        where, args = self._where(learner_id, pack_id, now, section, tag)
        return self._states(
            f"SELECT * FROM cards WHERE {where} AND state!={NEW} AND due<=? "
            "ORDER BY (julianday(?) - julianday(last_review)) / max(stability, 0.01) DESC, due LIMIT ?",
            args + [iso(now), iso(now), limit])

    def next_ahead(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                   tag: str | None = None, skip: tuple[str, ...] = ()) -> CardState | None:
        """The review that falls due soonest (for practising ahead)."""
        where, args = self._where(learner_id, pack_id, now, section, tag, skip)
        found = self._states(f"SELECT * FROM cards WHERE {where} AND state!={NEW} AND due>? ORDER BY due LIMIT 1",
                             args + [iso(now)])
        return found[0] if found else None

    def due_count(self, learner_id: int, pack_id: str, now: datetime, *, section: str | None = None,
                  tag: str | None = None, new_cap: int | None = None) -> DueCounts:
        """(due reviews, new cards) available now; new cards counted up to `new_cap`
        (a learner sees at most the day's limit of them)."""
        where, args = self._where(learner_id, pack_id, now, section, tag)
        cap = "" if new_cap is None else f" LIMIT {int(new_cap)}"
        with self.read() as conn:
            due = conn.execute(f"SELECT count(*) FROM cards WHERE {where} AND state!={NEW} AND due<=?",
                               args + [iso(now)]).fetchone()[0]
            new = conn.execute(f"SELECT count(*) FROM (SELECT 1 FROM cards WHERE {where} AND state={NEW}{cap})",
                               args).fetchone()[0]
        return DueCounts(reviews=due, new=new)

    def done_since(self, learner_id: int, pack_id: str, since: datetime) -> DoneCounts:
        """(new cards introduced, reviews of cards in review) since a moment (for daily limits;
        learning steps are neither, as in Anki)."""
        with self.read() as conn:
            row = conn.execute(
                f"SELECT coalesce(sum(prev_state={NEW}), 0), coalesce(sum(prev_state={REVIEW}), 0) FROM reviews "
                "WHERE learner_id=? AND pack_id=? AND reviewed_at>=? AND undone=0 AND practice=0",
                (learner_id, pack_id, iso(since)),
            ).fetchone()
        return DoneCounts(new=row[0], reviews=row[1])

    def next_due(self, learner_id: int, pack_id: str) -> datetime | None:
        """When the next review falls due (suspended and retired cards aside)."""
        with self.read() as conn:
            row = conn.execute(f"SELECT min(due) FROM cards WHERE learner_id=? AND pack_id=? AND state!={NEW} "
                               "AND suspended=0 AND retired=0", (learner_id, pack_id)).fetchone()
        return parse_iso(row[0]) if row and row[0] else None

    def review_days(self, learner_id: int, pack_id: str) -> list[str]:
        """The study days (YYYY-MM-DD) with at least one review, newest first."""
        with self.read() as conn:
            return [r[0] for r in conn.execute(
                "SELECT day FROM review_days WHERE learner_id=? AND pack_id=? AND reviews>0 ORDER BY day DESC",
                (learner_id, pack_id))]


def _create(path: Path) -> None:
    """Create a new progress database so that `path` never holds a half-made file:
    build it beside, then link it into place (if another process got there first,
    its file is kept and used)."""
    remove_stale_temps(path, "new")  # what a killed first start left
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
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
