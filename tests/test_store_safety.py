"""The store under the failures of safety issue #14: a failed COMMIT, a store closed
under a caller, the same learner in two windows (undo, override, daily new cards),
tags that look like patterns, backups and restores that must not overwrite."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime

import pytest

from studybot.core.scheduling import Rating, Scheduling
from studybot.core.session import StudySession
from studybot.core.store import Store, StoreConflict, StoreError, restore

from .paths_world import damage_index, with_pending_wal

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def two_windows(db_path, pack, **options):
    """The same learner's sessions on two connections (two windows or programs)."""
    stores = [Store.open(db_path), Store.open(db_path)]
    sessions = [StudySession(pack, s, "ann", clock=lambda: NOW, **options) for s in stores]
    return stores, sessions


def test_a_failed_commit_leaves_no_transaction_open(store):
    learner = store.learner("ann")
    with pytest.raises(sqlite3.IntegrityError), store.write() as conn:
        conn.execute("PRAGMA defer_foreign_keys=ON")  # the violation is found at COMMIT
        conn.execute("INSERT INTO sessions (learner_id, pack_id, started) VALUES (999, 'p', 'now')")
    assert not store.conn.in_transaction
    with store.write() as conn:  # the next write starts cleanly and commits
        conn.execute("INSERT INTO sessions (learner_id, pack_id, started) VALUES (?, 'p', 'now')", (learner,))
    assert store.conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 1


def test_a_closed_store_raises_store_error(db_path):
    store = Store.open(db_path)
    store.close()
    with pytest.raises(StoreError, match="was closed"):
        store.learners()


def test_undo_does_not_overwrite_the_other_windows_answer(db_path, mini_pack):
    stores, (first, second) = two_windows(db_path, mini_pack)
    card = first.next_card()
    first.answer("nobody", card)
    second.answer("Marta Olsen", card)  # the same card, answered again in the other window
    after_second = stores[1].card_state(second.learner_id, "mini", card.id)
    with pytest.raises(StoreConflict, match="answered again since"):
        first.undo()
    assert stores[0].card_state(first.learner_id, "mini", card.id) == after_second
    assert stores[0].conn.execute("SELECT count(*) FROM reviews WHERE undone=0").fetchone()[0] == 2
    assert second.undo() == card  # the last answer can still be taken back
    for s in stores:
        s.close()


def test_override_is_one_transaction_and_refused_when_superseded(db_path, mini_pack):
    stores, (first, second) = two_windows(db_path, mini_pack)
    card = first.next_card()
    first.answer("nobody", card)
    seen = []
    review_id = first.history[-1].review_id

    def decide(before):
        seen.append((before, stores[0].conn.in_transaction))
        return Scheduling().review(before, Rating.Good, NOW)

    after = stores[0].override_review(first.learner_id, review_id, "right", True, int(Rating.Good), decide)
    assert seen == [(seen[0][0], True)] and seen[0][0].reps == 0  # the state before, inside the transaction
    assert after is not None and after.reps == 1
    assert first.override(True) is not None  # through the session too
    second.answer("Marta Olsen", card)  # the other window answers the same card
    with pytest.raises(StoreConflict):
        first.override(False)
    assert stores[0].conn.execute("SELECT override FROM reviews ORDER BY id").fetchall() == [("right",), (None,)]
    for s in stores:
        s.close()


def _not_new(store, session, card) -> bool:
    """Nothing, or a card this learner has answered before (the learning queue brings failed cards back)."""
    if card is None:
        return True
    state = store.card_state(session.learner_id, session.pack.id, card.id)
    return state is not None and not state.is_new


def test_two_windows_share_the_days_new_cards(db_path, mini_pack):
    stores, (first, second) = two_windows(db_path, mini_pack, new_limit=2)
    shown = first.next_card()  # the first window counts what was done today, then waits
    for _ in range(2):
        second.answer("x", second.next_card())
    assert _not_new(stores[1], second, second.next_card())  # a failed card coming back, never a third new one
    first.answer("x", shown)  # the card it showed (the other window had answered it: not new any more)
    assert _not_new(stores[0], first, first.next_card())  # no third or fourth new card today
    new = stores[0].conn.execute("SELECT count(*) FROM reviews WHERE prev_state=0").fetchone()[0]
    assert new == 2
    for s in stores:
        s.close()


def test_a_tag_is_text_not_a_pattern(store, mini_pack):
    session = StudySession(mini_pack, store, "ann", clock=lambda: NOW)
    lid = session.learner_id
    assert store.new_cards(lid, "mini", NOW, tag="%") == []
    assert store.new_cards(lid, "mini", NOW, tag="fig_res") == []
    assert store.new_cards(lid, "mini", NOW, tag="figures") == ["fish-exports"]


def test_a_damaged_page_start_up_never_reads_is_refused_untouched(db_path, mini_pack):
    store = Store.open(db_path)
    session = StudySession(mini_pack, store, "ann", clock=lambda: NOW)
    session.answer("x", session.next_card())
    store.close()
    damage_index(db_path)
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="is damaged"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_a_newer_file_keeps_its_log_unmerged(db_path, tmp_path):
    Store.open(db_path).close()
    newer = tmp_path / "newer.db"
    with_pending_wal(db_path, newer, "PRAGMA user_version=99")
    files = {p: p.read_bytes() for p in (newer, tmp_path / "newer.db-wal")}
    for opening in (Store.open, Store.open_readonly):
        with pytest.raises(StoreError, match="newer studybot"):
            opening(newer)
    assert {p: p.read_bytes() for p in files} == files


def test_backups_never_overwrite(db_path, tmp_path):
    store = Store.open(db_path)
    try:
        names = {store.backup() for _ in range(5)}  # within one second
        assert len(names) == 5 and all(n.exists() for n in names)
        target = tmp_path / "copy.bak"
        target.write_bytes(b"keep me")
        with pytest.raises(StoreError, match="exists"):
            store.backup(target)
        assert target.read_bytes() == b"keep me"
        store.backup(target, force=True)
        assert target.read_bytes().startswith(b"SQLite format 3")
        folder = tmp_path / "saved"
        folder.mkdir()
        assert store.backup(folder).parent == folder
        with pytest.raises(StoreError, match="being read"):
            store.backup(db_path, force=True)
    finally:
        store.close()
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_restores_keep_every_file_they_replace(db_path, mini_pack, tmp_path):
    store = Store.open(db_path)
    session = StudySession(mini_pack, store, "ann", clock=lambda: NOW)
    backup = store.backup(tmp_path / "b.bak")
    session.answer("x", session.next_card())
    store.close()
    kept = [restore(backup, db_path) for _ in range(3)]
    assert len({k for k in kept if k is not None}) == 3
    counts = []
    for k in kept:
        conn = sqlite3.connect(k)
        counts.append(conn.execute("SELECT count(*) FROM reviews").fetchone()[0])
        conn.close()
    assert sorted(counts) == [0, 0, 1]  # the progress made after the backup is in one of them


def test_restore_refuses_a_backup_from_a_newer_studybot(db_path, tmp_path):
    Store.open(db_path).close()
    newer = tmp_path / "newer.bak"
    newer.write_bytes(db_path.read_bytes())
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version=99")
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(StoreError, match="newer studybot"):
        restore(newer, db_path)
    assert db_path.read_bytes() == before and not list(tmp_path.glob("*.replaced"))


def test_the_restore_hint_names_the_database(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "my db.db"
    store = Store.open(db)
    store.backup()
    store.close()
    db.write_bytes(b"garbage" * 1000)
    with pytest.raises(StoreError) as caught:
        Store.open(db)
    assert f"--db '{db}'" in str(caught.value) and "studybot restore '" in str(caught.value)


def test_stats_and_exports_open_read_only(db_path, mini_pack):
    store = Store.open(db_path)
    session = StudySession(mini_pack, store, "ann", clock=lambda: NOW)
    session.answer("x", session.next_card())
    store.close()
    os.chmod(db_path, 0o444)
    before = db_path.read_bytes()
    reader = Store.open_readonly(db_path)
    try:
        assert reader.export_rows()["reviews"][0]["answer"] == "x"
        with pytest.raises(StoreError):
            reader.learner("bob")  # it cannot write, even if asked
    finally:
        reader.close()
    assert db_path.read_bytes() == before


def test_report_counts_an_answer_with_its_line_end_as_the_same_answer(db_path, mini_pack):
    store = Store.open(db_path)
    try:
        for learner, said in (("ann", "the mayor"), ("bob", "the mayor\n"), ("cy", " The Mayor\r\n")):
            session = StudySession(mini_pack, store, learner, clock=lambda: NOW)
            session.answer(said, session.next_card())  # stored as given (an older plain mode kept the \n)
        # one answer, shown as one learner wrote it (capitals sort first)
        assert [tuple(w) for w in store.wrong_answers("mini")] == [("harbour-master", "The Mayor", 3)]
    finally:
        store.close()
