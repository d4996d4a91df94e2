"""Pilot tests of the study app: the whole path from question to a stored review."""

from __future__ import annotations

import sqlite3

from textual.widgets import Input

from studybot.tui.app import Bubble, build_app


async def wait_for(pilot, predicate, tries: int = 200):
    for _ in range(tries):
        await pilot.pause(0.02)
        if predicate():
            return True
    return False


def bubbles(app, kind: str | None = None) -> list[str]:
    return [str(b.render()) for b in app.query(Bubble) if kind is None or b.kind == kind]


async def test_answer_one_card_records_a_review(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
        assert "harbour master" in bubbles(app, "tutor")[0]
        answer = app.query_one("#answer", Input)
        assert not answer.disabled
        await pilot.click("#answer")
        await pilot.press(*"Marta Olsen")
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "right") or bubbles(app, "wrong"))
        assert bubbles(app, "right"), bubbles(app)
        # the next question follows the verdict
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2)
    rows = sqlite3.connect(db_path).execute(
        "SELECT r.card_id, r.answer, r.correct, r.rating, l.name FROM reviews r JOIN learners l ON l.id = r.learner_id"
    ).fetchall()
    assert rows == [("harbour-master", "Marta Olsen", 1, 3, "ann")]


async def test_wrong_answer_is_recorded_as_wrong(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
        await pilot.click("#answer")
        await pilot.press(*"the mayor", "enter")
        assert await wait_for(pilot, lambda: bubbles(app, "wrong"))
        assert "Marta Olsen" in bubbles(app, "wrong")[0]
    rows = sqlite3.connect(db_path).execute("SELECT correct, rating FROM reviews").fetchall()
    assert rows == [(0, 1)]


async def test_broken_pack_gives_a_message_not_a_traceback(tmp_path, db_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: x\ntitle: T\nsections: []\ncards: []\nextra: 1\n")
    app = build_app(bad, db_path, "ann")
    async with app.run_test() as pilot:
        assert await wait_for(pilot, lambda: bubbles(app, "error"))
        message = bubbles(app, "error")[0]
        assert "bad.yaml:6:1" in message and "studybot validate" in message
        assert app.query_one("#answer", Input).disabled


async def test_damaged_database_gives_a_message(mini_pack_path, tmp_path):
    db = tmp_path / "progress.db"
    db.write_bytes(b"this is not a database at all" * 10)
    app = build_app(mini_pack_path, db, "ann")
    async with app.run_test() as pilot:
        assert await wait_for(pilot, lambda: bubbles(app, "error"))
        assert "not a SQLite database" in bubbles(app, "error")[0]
    assert db.read_bytes() == b"this is not a database at all" * 10
