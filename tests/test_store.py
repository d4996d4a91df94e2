"""progress.db: schema, pack edits, reviews, flags, backups, and files it must refuse."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from sqlite_utils import Database

from studybot.core.records import CardInfo, CardPhase, Review, SyncCounts
from studybot.core.scheduling import Rating, Scheduling
from studybot.core.store import SCHEMA_VERSION, Store, StoreError, newest_backup, restore
from studybot.core.store.migrations import migration_set

NEW = CardPhase.NEW

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
CARDS = [CardInfo("a", "ha", 0, "s1", ("x",)), CardInfo("b", "hb", 1, "s1", ()), CardInfo("c", "hc", 2, "s2", ("x",))]


def answer(store: Store, learner_id: int, card_id: str, rating: Rating = Rating.Good, when: datetime = T0,
           text: str = "an answer") -> int:
    scheduling = Scheduling(fuzz=False)

    def decide(before):
        review = Review(pack_id="p", card_id=card_id, answer=text, correct=rating != Rating.Again, score=1.0,
                        rating=int(rating), reviewed_at=when)
        return review, scheduling.review(before, rating, when)

    return store.record_review(learner_id, "p", card_id, decide)[0]


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ready(store):
    learner = store.learner("ann")
    store.sync_pack(learner, "p", CARDS, T0)
    return store, learner


def test_new_database_has_the_schema_and_settings(store, db_path):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"learners", "cards", "reviews", "sessions"} <= tables


def test_learners_are_separate(store):
    ann, bob = store.learner("ann"), store.learner("bob")
    assert ann != bob and store.learner("ann") == ann
    store.sync_pack(ann, "p", CARDS, T0)
    store.sync_pack(bob, "p", CARDS, T0)
    answer(store, ann, "a")
    assert store.review_count(ann, "p") == 1 and store.review_count(bob, "p") == 0


def test_a_review_is_one_transaction_with_the_card_state(ready):
    store, learner = ready
    review_id = answer(store, learner, "a", Rating.Good)
    state = store.card_state(learner, "p", "a")
    assert state.state != NEW and state.reps == 1 and state.due > T0
    row = store.conn.execute("SELECT card_id, prev_state, undone FROM reviews WHERE id=?", (review_id,)).fetchone()
    assert row == ("a", NEW, 0)


def test_a_failed_decision_leaves_nothing_behind(ready):
    store, learner = ready

    def decide(before):
        raise ValueError("grading failed")

    with pytest.raises(ValueError):
        store.record_review(learner, "p", "a", decide)
    assert store.review_count(learner, "p") == 0
    assert store.card_state(learner, "p", "a").state == NEW


def test_undo_restores_the_earlier_state(ready):
    store, learner = ready
    answer(store, learner, "a", Rating.Good)
    before = store.card_state(learner, "p", "a")
    review_id = answer(store, learner, "a", Rating.Again, when=T0 + timedelta(days=3))
    assert store.card_state(learner, "p", "a").lapses >= 0
    restored = store.undo_review(learner, review_id)
    assert restored == before == store.card_state(learner, "p", "a")
    assert store.review_count(learner, "p") == 1
    assert store.undo_review(learner, review_id) is None  # only once


def test_override_is_recorded(ready):
    store, learner = ready
    review_id = answer(store, learner, "a", Rating.Again)
    after = Scheduling(fuzz=False).review(store.review_before_state(review_id), Rating.Good, T0)
    store.override_review(learner, review_id, "right", True, int(Rating.Good), after)
    row = store.conn.execute("SELECT override, correct, rating FROM reviews WHERE id=?", (review_id,)).fetchone()
    assert row == ("right", 1, int(Rating.Good))


def test_pack_edits_keep_progress(ready):
    store, learner = ready
    answer(store, learner, "a")
    answer(store, learner, "b")
    kept = store.card_state(learner, "p", "a")
    # a reworded prompt keeps the hash; b's answer changed; c removed; d added; order changed
    edited = [CardInfo("d", "hd", 0, "s1", ()), CardInfo("a", "ha", 1, "s2", ("y",)), CardInfo("b", "hb2", 2, "s1", ())]
    counts = store.sync_pack(learner, "p", edited, T0 + timedelta(days=1))
    assert counts == SyncCounts(added=1, restarted=1, retired=1, revived=0)
    assert store.card_state(learner, "p", "a").due == kept.due and store.card_state(learner, "p", "a").reps == 1
    restarted = store.card_state(learner, "p", "b")
    assert restarted.state == NEW and restarted.reps == 0
    assert store.review_count(learner, "p", "b") == 1  # history kept
    assert store.card_state(learner, "p", "c").retired
    assert store.review_count(learner, "p") == 2
    # c comes back: revived with its state
    counts = store.sync_pack(learner, "p", edited + [CardInfo("c", "hc", 3, "s2", ())], T0)
    assert counts.revived == 1 and not store.card_state(learner, "p", "c").retired


def test_due_queries_and_filters(ready):
    store, learner = ready
    answer(store, learner, "a", Rating.Again)  # due again in a minute
    later = T0 + timedelta(hours=1)
    assert [s.card_id for s in store.due_cards(learner, "p", later)] == ["a"]
    assert store.due_count(learner, "p", later) == (1, 2)
    assert store.new_cards(learner, "p", later) == ["b"]
    assert store.new_cards(learner, "p", later, section="s2") == ["c"]
    assert store.due_count(learner, "p", later, tag="x") == (1, 1)
    store.set_flags(learner, "p", "a", suspended=True)
    assert store.due_cards(learner, "p", later) == []
    store.set_flags(learner, "p", "b", buried_until=later + timedelta(days=1))
    assert store.new_cards(learner, "p", later) == ["c"]
    assert store.new_cards(learner, "p", later + timedelta(days=2)) == ["b"]


def test_done_since_counts_new_cards_and_reviews_not_learning_steps(ready):
    store, learner = ready
    answer(store, learner, "a")
    answer(store, learner, "b")
    answer(store, learner, "a", when=T0 + timedelta(minutes=20))  # a learning step: graduates a
    assert store.card_state(learner, "p", "a").state == CardPhase.REVIEW
    assert store.done_since(learner, "p", T0 - timedelta(hours=1)) == (2, 0)
    answer(store, learner, "a", when=T0 + timedelta(days=3))  # a review
    assert store.done_since(learner, "p", T0 - timedelta(hours=1)) == (2, 1)
    assert store.done_since(learner, "p", T0 + timedelta(minutes=5)) == (0, 1)


def test_queue_queries_keep_learning_reviews_and_new_apart(ready):
    store, learner = ready
    answer(store, learner, "a", Rating.Again)  # learning, due in a minute
    answer(store, learner, "c")  # learning (first step passed), due in 10 minutes
    assert store.queue_counts(learner, "p", T0, T0) == (0, 0, 1)  # only b, new
    ahead = T0 + timedelta(minutes=20)
    assert store.queue_counts(learner, "p", T0, ahead) == (2, 0, 1)
    assert [s.card_id for s in store.learning_due(learner, "p", T0, ahead, limit=5)] == ["a", "c"]
    assert [s.card_id for s in store.learning_due(learner, "p", T0, ahead, apart_from="s1", limit=5)] == ["c", "a"]
    assert store.learning_due(learner, "p", T0, T0) == []
    assert [s.card_id for s in store.learning_due(learner, "p", T0, ahead, skip=("a",))] == ["c"]
    assert [s.card_id for s in store.due_now(learner, "p", ahead, limit=5)] == ["a", "c"]
    assert store.due_now(learner, "p", T0) == []
    assert store.new_cards(learner, "p", T0) == ["b"]
    assert store.queue_counts(learner, "p", T0, ahead, new_cap=0, skip=("a",)) == (1, 0, 0)
    answer(store, learner, "c", when=T0 + timedelta(minutes=11))  # graduates: a review in days
    later = T0 + timedelta(days=30)
    assert [s.card_id for s in store.due_now(learner, "p", later, limit=5)] == ["a", "c"]  # learning first
    assert [s.card_id for s in store.due_now(learner, "p", later, reviews=False, limit=5)] == ["a"]
    assert [s.card_id for s in store.due_now(learner, "p", later, apart_from="s1", limit=5)] == ["c", "a"]
    assert store.new_cards(learner, "p", T0, apart_from="s1", limit=5) == ["b"]  # the only new card, of s1
    assert store.queue_counts(learner, "p", later, later, review_cap=0) == (1, 0, 1)
    assert store.next_due_in(learner, "p", T0) == store.card_state(learner, "p", "a").due
    assert store.next_due_in(learner, "p", T0, section="s2") == store.card_state(learner, "p", "c").due


def test_export_rows(ready):
    store, learner = ready
    answer(store, learner, "a", text="one hundred")
    rows = store.export_rows()
    assert rows["reviews"][0]["answer"] == "one hundred" and rows["reviews"][0]["learner"] == "ann"
    assert {r["card_id"] for r in rows["cards"]} == {"a", "b", "c"}


def test_backup_and_restore(ready, db_path):
    store, learner = ready
    answer(store, learner, "a")
    backup = store.backup()
    assert backup.exists() and newest_backup(db_path) == backup
    answer(store, learner, "b")
    store.close()
    kept = restore(backup, db_path)
    assert kept is not None and kept.exists()
    reopened = Store.open(db_path)
    assert reopened.review_count(reopened.learner("ann"), "p") == 1
    reopened.close()


def test_restore_refuses_a_bad_backup(tmp_path, db_path):
    bad = tmp_path / "bad.bak"
    bad.write_bytes(b"nonsense" * 100)
    with pytest.raises(StoreError):
        restore(bad, db_path)
    assert not db_path.exists()


# ---------------------------------------------------------------- files refused untouched


def make_db(path, rows: int = 50) -> None:
    store = Store.open(path)
    learner = store.learner("ann")
    store.sync_pack(learner, "p", CARDS, T0)
    for n in range(rows):
        answer(store, learner, CARDS[n % 3].card_id, when=T0 + timedelta(minutes=n))
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()


@pytest.mark.parametrize("case", ["empty", "text", "truncated", "foreign", "newer", "directory"])
def test_unusable_files_are_refused_untouched(tmp_path, case):
    path = tmp_path / "progress.db"
    if case == "empty":
        path.write_bytes(b"")
    elif case == "text":
        path.write_text("my shopping list\n" * 200)
    elif case == "truncated":
        make_db(path)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2 + 100])
    elif case == "foreign":
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE photos (id INTEGER)")
        conn.commit()
        conn.close()
    elif case == "newer":
        make_db(path)
        conn = sqlite3.connect(path)
        conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
        conn.close()
    elif case == "directory":
        path.mkdir()
    before = digest(path) if path.is_file() else None
    with pytest.raises(StoreError) as info:
        Store.open(path)
    message = str(info.value)
    assert "\n" not in message and str(path) in message
    if before is not None:
        assert digest(path) == before
        assert not (tmp_path / "progress.db-wal").exists() or case != "text"


def test_refusal_names_the_newest_backup(tmp_path):
    path = tmp_path / "progress.db"
    make_db(path)
    store = Store.open(path)
    backup = store.backup()
    store.close()
    path.write_bytes(b"\x00" * 4096)
    with pytest.raises(StoreError) as info:
        Store.open(path)
    assert str(backup) in str(info.value) and "studybot restore" in str(info.value)


def test_damage_inside_the_file_is_a_store_error(tmp_path):
    path = tmp_path / "progress.db"
    make_db(path, rows=400)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # scribble over every page after the schema
        data[offset + 8: offset + 400] = b"\xff" * 392
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises(StoreError) as info:
        store = Store.open(path)
        store.export_rows()
    assert "damaged" in str(info.value) or "malformed" in str(info.value)
    assert digest(path) == before


# ---------------------------------------------------------------- migrations


def build_previous_schema(path, reviews: int = 120) -> None:
    """A database as the previous studybot left it (schema 1), with data in it."""
    db = Database(path)
    migration_set().apply(db, stop_before="m002_order_filters_and_daily_counts")
    db.execute("PRAGMA user_version=1")
    db["learners"].insert({"id": 1, "name": "ann", "created": T0.isoformat()})
    for i, card in enumerate(CARDS):
        db["cards"].insert({"learner_id": 1, "pack_id": "p", "card_id": card.card_id, "content_hash": card.content_hash,
                            "state": 2, "due": T0.isoformat(), "stability": 3.0 + i, "difficulty": 5.0,
                            "last_review": T0.isoformat(), "reps": 4, "lapses": 0, "suspended": 0, "retired": 0,
                            "leech": 0})
    for n in range(reviews):
        db["reviews"].insert({"learner_id": 1, "pack_id": "p", "card_id": CARDS[n % 3].card_id,
                              "reviewed_at": (T0 + timedelta(minutes=n)).isoformat(), "answer": f"answer {n}",
                              "correct": n % 2, "score": 0.5, "rating": 3, "undone": 0, "practice": 0,
                              "state_before": '{"state": %d}' % (n % 3)})
    db.close()


def test_migration_from_the_previous_schema_keeps_every_row(tmp_path):
    path = tmp_path / "progress.db"
    build_previous_schema(path)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT id, answer, rating FROM reviews ORDER BY id").fetchall()
    conn.close()
    store = Store.open(path)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    after = store.conn.execute("SELECT id, answer, rating FROM reviews ORDER BY id").fetchall()
    assert after == before and len(after) == 120
    assert store.conn.execute("SELECT count(*) FROM cards").fetchone()[0] == 3
    prev = store.conn.execute("SELECT prev_state FROM reviews ORDER BY id LIMIT 3").fetchall()
    assert prev == [(0,), (1,), (2,)]
    totals = store.conn.execute("SELECT sum(reviews), sum(correct) FROM review_days").fetchone()
    assert totals == (120, 60)  # the day totals were built from the old log
    store.close()
    backup = newest_backup(path)
    assert backup is not None and "before-migration-v1" in backup.name
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    assert old.execute("SELECT count(*) FROM reviews").fetchone()[0] == 120
    old.close()


TABLES = ("learners", "cards", "sessions", "reviews", "review_days", "packs")


def build_schema_4(path) -> None:
    """A database as studybot left it before the queue indexes (schema 4): cards in every
    phase (new, learning, review, relearning; one suspended, one buried), reviews, a session,
    day totals and a pack."""
    db = Database(path)
    migration_set().apply(db, stop_before="m005_queue_indexes")
    db.execute("PRAGMA user_version=4")
    db["learners"].insert({"id": 1, "name": "ann", "created": T0.isoformat()})
    for i in range(40):
        state = i % 4  # NEW, LEARNING, REVIEW, RELEARNING
        db["cards"].insert({"learner_id": 1, "pack_id": "p", "card_id": f"c{i}", "content_hash": f"h{i}",
                            "state": state, "step": 0, "due": (T0 + timedelta(minutes=i - 20)).isoformat(),
                            "stability": 1.0 + i, "difficulty": 5.0, "last_review": T0.isoformat() if state else None,
                            "reps": state, "lapses": i % 2, "suspended": int(i == 6), "retired": 0, "leech": 0,
                            "buried_until": (T0 + timedelta(days=1)).isoformat() if i == 10 else None,
                            "position": i, "section": f"s{i % 3}", "tags": "|x|" if i % 5 == 0 else ""})
    db["sessions"].insert({"id": 1, "learner_id": 1, "pack_id": "p", "started": T0.isoformat(), "reviews": 30})
    for n in range(30):
        db["reviews"].insert({"learner_id": 1, "pack_id": "p", "card_id": f"c{n % 40}", "session_id": 1,
                              "reviewed_at": (T0 - timedelta(minutes=n)).isoformat(), "answer": f"answer {n}",
                              "correct": n % 2, "score": 0.5, "rating": 1 + n % 4, "undone": 0, "practice": 0,
                              "state_before": '{"state": %d}' % (n % 4), "prev_state": n % 4, "day": "2026-03-01"})
    db["review_days"].insert({"learner_id": 1, "pack_id": "p", "day": "2026-03-01", "reviews": 30, "correct": 15,
                              "ms": 0, "scheduled": 7, "scheduled_correct": 4})
    db["packs"].insert({"pack_id": "p", "path": "/packs/p.yaml", "fingerprint": "f", "title": "P", "seen": "x"})
    db.close()


def every_row(conn) -> dict[str, list]:
    return {table: sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr) for table in TABLES}


def test_schema_4_upgrades_to_the_queue_indexes_and_keeps_every_row(tmp_path):
    path = tmp_path / "progress.db"
    build_schema_4(path)
    conn = sqlite3.connect(path)
    before = every_row(conn)
    conn.close()
    store = Store.open(path)
    try:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 5
        assert every_row(store.conn) == before and len(before["cards"]) == 40 and len(before["reviews"]) == 30
        indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"idx_cards_learning_due", "idx_cards_review_due"} <= indexes
        assert [s.card_id for s in store.due_now(1, "p", T0, limit=3)] == ["c1", "c3", "c5"]  # learning first
    finally:
        store.close()
    backup = newest_backup(path)
    assert backup is not None and "before-migration-v4" in backup.name


def test_the_queue_queries_read_the_queue_indexes(tmp_path):
    """EXPLAIN QUERY PLAN of every query a session's queues run (captured as they run):
    learning cards from idx_cards_learning_due, due reviews from idx_cards_review_due,
    new cards by position; none scans the cards table."""
    path = tmp_path / "progress.db"
    build_schema_4(path)
    store = Store.open(path)
    ran: list[str] = []
    store.conn.set_trace_callback(ran.append)
    try:
        store.due_now(1, "p", T0, apart_from="s1", limit=40)
        store.learning_due(1, "p", T0, T0 + timedelta(minutes=20), apart_from="s1", limit=3)
        store.new_cards(1, "p", T0, apart_from="s1", limit=2)
        store.queue_counts(1, "p", T0, T0 + timedelta(minutes=20), new_cap=20)
        store.conn.set_trace_callback(None)
        queries = [sql for sql in ran if sql.startswith("SELECT") and "FROM cards" in sql]
        plans = {sql: " / ".join(r[3] for r in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}")) for sql in queries}
    finally:
        store.close()
    assert len(plans) >= 8
    for sql, plan in plans.items():
        assert "SCAN cards" not in plan, plan
        if "state!=0 AND state!=2" in sql:
            assert "USING INDEX idx_cards_learning_due" in plan, plan
        elif "state=2" in sql:
            assert "USING INDEX idx_cards_review_due" in plan, plan
        else:
            assert "state=0" in sql and "idx_cards_learner_id_pack_id_state_position" in plan, plan
