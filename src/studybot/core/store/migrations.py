"""The progress database's schema, as sqlite-utils migrations (applied by `Store`
inside BEGIN IMMEDIATE). A migration, once released, is never edited: add one."""

from __future__ import annotations

import sqlite3
from functools import lru_cache
from typing import TYPE_CHECKING

from ..clock import day_shift_minutes
from ..records import CardPhase

if TYPE_CHECKING:  # sqlite-utils is imported only when a schema must change (it is slow to import)
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

__all__ = ["MIGRATIONS", "MIGRATIONS_TABLE", "MIGRATION_SET", "SCHEMA_VERSION", "fill_review_days", "migration_set"]

NEW = int(CardPhase.NEW)
REVIEW = int(CardPhase.REVIEW)

MIGRATION_SET = "studybot"
MIGRATIONS_TABLE = "_sqlite_migrations"  # sqlite-utils' record of applied migrations


def m001_initial(db: Database) -> None:
    db.table("learners").create({"id": int, "name": str, "created": str}, pk="id", not_null={"name"})
    db.table("learners").create_index(["name"], unique=True)
    db.table("cards").create(
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
    db.table("cards").create_index(["learner_id", "pack_id", "card_id"], unique=True)
    db.table("cards").create_index(["learner_id", "pack_id", "due"])
    db.table("sessions").create(
        {"id": int, "learner_id": int, "pack_id": str, "started": str, "ended": str, "reviews": int},
        pk="id", defaults={"reviews": 0}, foreign_keys=[("learner_id", "learners", "id")],
    )
    db.table("reviews").create(
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
    db.table("reviews").create_index(["learner_id", "pack_id", "card_id", "reviewed_at"])
    db.table("reviews").create_index(["learner_id", "reviewed_at"])


def m002_order_filters_and_daily_counts(db: Database) -> None:
    """Pack order and section/tag filters in SQL; the state a review started from
    (to count new cards introduced today) as a column instead of inside JSON."""
    db.table("cards").add_column("position", int)
    db.table("cards").add_column("section", str)
    db.table("cards").add_column("tags", str)  # "|tag1|tag2|"
    db.table("reviews").add_column("prev_state", int)
    db.execute("UPDATE reviews SET prev_state = json_extract(state_before, '$.state')")
    db.table("cards").create_index(["learner_id", "pack_id", "state", "position"])
    db.table("reviews").create_index(["learner_id", "pack_id", "reviewed_at"])
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
    db.table("reviews").add_column("day", str)
    db.execute(
        "CREATE TABLE review_days (learner_id INTEGER NOT NULL, pack_id TEXT NOT NULL, day TEXT NOT NULL, "
        "reviews INTEGER NOT NULL DEFAULT 0, correct INTEGER NOT NULL DEFAULT 0, ms INTEGER NOT NULL DEFAULT 0, "
        "scheduled INTEGER NOT NULL DEFAULT 0, scheduled_correct INTEGER NOT NULL DEFAULT 0, "
        "PRIMARY KEY (learner_id, pack_id, day)) WITHOUT ROWID")
    fill_review_days(db.conn)
    db.execute("CREATE INDEX idx_reviews_overridden ON reviews (learner_id, pack_id, card_id) "
               "WHERE override IS NOT NULL")


def fill_review_days(conn: sqlite3.Connection) -> None:
    """Give reviews without a study day one (local time now), and total review_days afresh."""
    conn.execute("UPDATE reviews SET day = date(reviewed_at, ?) WHERE day IS NULL",
                 [f"{day_shift_minutes()} minutes"])
    conn.execute("DELETE FROM review_days")
    conn.execute(
        "INSERT INTO review_days SELECT learner_id, pack_id, day, count(*), sum(correct), "
        f"sum(coalesce(duration_ms, 0)), sum(prev_state = {REVIEW} AND practice = 0), "
        f"sum(correct AND prev_state = {REVIEW} AND practice = 0) FROM reviews WHERE undone = 0 "
        "GROUP BY learner_id, pack_id, day")


def m004_packs_studied(db: Database) -> None:
    """Which pack files were studied with this database (id, path, fingerprint), so
    `studybot report` finds the pack without being told."""
    db.execute("CREATE TABLE packs (pack_id TEXT PRIMARY KEY, path TEXT NOT NULL, fingerprint TEXT NOT NULL, "
               "title TEXT NOT NULL, seen TEXT NOT NULL)")


def m005_queue_indexes(db: Database) -> None:
    """An index per queue of a session (core/store/queue.py): the learning queue (learning
    and relearning cards, few at any time) by due; and the due reviews with every column
    their filters and order read, so that picking the most forgotten review reads no row
    of the table (on 100,000 cards the next card took a pass over every due card's row)."""
    db.execute(f"CREATE INDEX idx_cards_learning_due ON cards (learner_id, pack_id, due, position) "
               f"WHERE state != {NEW} AND state != {REVIEW} AND suspended = 0 AND retired = 0")
    db.execute("CREATE INDEX idx_cards_review_due ON cards (learner_id, pack_id, due, buried_until, section, tags, "
               f"card_id, last_review, stability, position) WHERE state = {REVIEW} AND suspended = 0 AND retired = 0")


MIGRATIONS = (m001_initial, m002_order_filters_and_daily_counts, m003_daily_summary, m004_packs_studied,
              m005_queue_indexes)
SCHEMA_VERSION = len(MIGRATIONS)


@lru_cache(maxsize=1)
def migration_set() -> Migrations:
    """The sqlite-utils migration set (built on first need: most starts need none)."""
    from sqlite_utils.migrations import Migrations

    migrations = Migrations(MIGRATION_SET)
    for step in MIGRATIONS:
        migrations()(step)
    return migrations
