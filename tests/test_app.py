"""Pilot tests of the app: every flow a learner uses, checked on screen and in progress.db."""

from __future__ import annotations

import sqlite3
import time

import pytest
from textual.widgets import Input, ListView

from studybot.core.session import SessionOptions
from studybot.tui.app import build_app
from studybot.tui.screens import AskScreen, HelpScreen, PacksScreen, ProgressScreen
from studybot.tui.study import StudyScreen
from studybot.tui.widgets import Bubble


async def wait_for(pilot, predicate, patience: float = 120.0) -> bool:
    """Whether `predicate` comes true, looked at every 20 ms: as soon as it holds, or False after
    `patience` seconds (generous: a pack checked in a worker thread takes seconds when every core
    is busy, and a failing wait is the only one that waits that long)."""
    started = time.monotonic()
    while time.monotonic() - started < patience:
        await pilot.pause(0.02)
        if predicate():
            return True
    return False


def bubbles(app, kind: str | None = None) -> list[str]:
    return [b.text for b in app.screen.query(Bubble) if kind is None or b.kind == kind]


def rows(db, sql: str, *args):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, args).fetchall()
    finally:
        conn.close()


async def started(pilot, app) -> None:
    assert await wait_for(pilot, lambda: bubbles(app, "tutor") or bubbles(app, "error"))


async def answer(pilot, app, text: str) -> None:
    before = len(bubbles(app))
    app.screen.query_one("#answer", Input).value = text
    await pilot.press("enter")
    assert await wait_for(pilot, lambda: len(bubbles(app)) >= before + 3 or bubbles(app, "summary"))


@pytest.fixture
def app(mini_pack_path, db_path, clock):
    return build_app(mini_pack_path, db_path, "ann", clock=clock)


async def test_answer_one_card_records_a_review(app, db_path):
    async with app.run_test() as pilot:
        await started(pilot, app)
        assert "harbour master" in bubbles(app, "tutor")[0]
        assert "learner: ann" in str(app.screen.query_one("#welcome").render())
        await pilot.click("#answer")
        await pilot.press(*"Marta Olsen", "enter")
        assert await wait_for(pilot, lambda: bubbles(app, "right"))
        assert "Source: The port" in bubbles(app, "right")[0]
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2)
    assert rows(db_path, "SELECT r.card_id, r.answer, r.correct, r.rating, l.name FROM reviews r "
                         "JOIN learners l ON l.id = r.learner_id") == [("harbour-master", "Marta Olsen", 1, 3, "ann")]


async def test_wrong_answer_shows_the_answer_and_the_trace(app, db_path):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "the mayor")
        verdict = bubbles(app, "wrong")[0]
        assert "✗" in verdict and "Answer: Marta Olsen" in verdict
    assert rows(db_path, "SELECT correct, rating FROM reviews") == [(0, 1)]


async def test_keypoint_trace_is_shown(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(tag="argument"))
    async with app.run_test() as pilot:
        await started(pilot, app)
        assert "(give 2 points)" in bubbles(app, "tutor")[0]
        await answer(pilot, app, "exports fell")
        verdict = bubbles(app, "wrong")[0]
        assert "✓ fish exports declined" in verdict and "✗ reliance on cargo" in verdict


async def test_progressive_hints(app):
    async with app.run_test() as pilot:
        await started(pilot, app)
        for shown in (1, 2, 3):  # each hint asked once the one before is shown (a key while it is fetched rings)
            await pilot.press("ctrl+t")
            assert await wait_for(pilot, lambda n=shown: len(bubbles(app, "hint")) == n)
        first, second, third = bubbles(app, "hint")
        assert "M____ O____" in second and "Ma___ Ol___" in third and first != second


async def test_skip_moves_on_without_recording(app, db_path):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+n")
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2)
        assert "founded" in bubbles(app, "tutor")[1]
    assert rows(db_path, "SELECT count(*) FROM reviews") == [(0,)]


async def test_override_is_recorded(app, db_path):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "Martha Olsson")
        await pilot.press("ctrl+y")
        assert await wait_for(pilot, lambda: any("Marked right" in t for t in bubbles(app, "system")))
    assert rows(db_path, "SELECT override, correct FROM reviews") == [("right", 1)]


async def test_undo_takes_back_the_answer_and_asks_again(app, db_path):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "nobody")
        await pilot.press("ctrl+z")
        assert await wait_for(pilot, lambda: any("Took back" in t for t in bubbles(app, "system")))
        assert await wait_for(pilot, lambda: "harbour master" in bubbles(app, "tutor")[-1])
    assert rows(db_path, "SELECT undone FROM reviews") == [(1,)]
    assert rows(db_path, "SELECT state FROM cards WHERE card_id='harbour-master'") == [(0,)]


async def test_explain_after_grading(app):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "Marta Olsen")
        await pilot.press("ctrl+r")
        assert await wait_for(pilot, lambda: any("Why: The notes name Marta Olsen" in t for t in bubbles(app, "reply")))


async def test_ctrl_o_before_answering_shows_the_answer_and_records_again(app, db_path):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+o")  # the bug: the answer shown, nothing recorded
        assert await wait_for(pilot, lambda: bubbles(app, "wrong"))
        assert bubbles(app, "wrong")[0].startswith("The answer: Marta Olsen\nCounted as not known")
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2)
    assert rows(db_path, "SELECT card_id, correct, rating, reason FROM reviews") == [("harbour-master", 0, 1, "shown")]


async def test_suspend_puts_the_card_away(app, db_path):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+s")
        assert await wait_for(pilot, lambda: any("Suspended" in t for t in bubbles(app, "system")))
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2)
    assert rows(db_path, "SELECT suspended FROM cards WHERE card_id='harbour-master'") == [(1,)]


async def test_slash_commands(app):
    async with app.run_test() as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer", Input).value = "/hint"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "hint"))
        app.screen.query_one("#answer", Input).value = "/nonsense"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: any("Unknown command" in t for t in bubbles(app, "system")))


async def test_question_during_study_asks_the_tutor(app):
    async with app.run_test() as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer", Input).value = "who is the harbour master?"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "reply") or bubbles(app, "decline"))
        assert any("Marta Olsen" in t for t in bubbles(app, "reply"))
        assert any("Back to the question" in t for t in bubbles(app, "system"))
        assert len(bubbles(app, "tutor")) == 1  # still the same card


async def test_end_of_session_summary(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(new_limit=1))
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "Marta Olsen")
        assert "harbour master" in bubbles(app, "tutor")[-1]  # its learning step, shown early: nothing else left
        await answer(pilot, app, "Marta Olsen")
        assert await wait_for(pilot, lambda: bubbles(app, "summary"))
        summary = bubbles(app, "summary")[0]
        assert "2 answers, 2 right (100%)" in summary and "Next review: in " in summary
        assert "/more 10" in summary and "/ahead" in summary


async def test_modes_and_help(app):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen))
        assert await wait_for(pilot, lambda: app.screen.shown >= 1)
        sections = str(app.screen.query_one("#sections").render())
        assert "The port" in sections and "History" in sections and "Activity" in str(
            app.screen.query_one("#pictures").render())
        await pilot.press("f5")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen))
        await pilot.press("f1")
        assert await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        help_text = str(app.screen.query_one("#help Static").render())
        for key in ("F2", "F3", "F4", "F5", "F6", "Ctrl+T", "Ctrl+Z", "Ctrl+Q", "/bury", "quiz me on <topic>",
                    "I don't know", "I was right", "I was wrong"):
            assert key in help_text
        await pilot.press("escape")
        await pilot.press("f2")
        assert await wait_for(pilot, lambda: isinstance(app.screen, StudyScreen))
        assert len(bubbles(app, "tutor")) == 1  # the session went on where it was


async def test_ask_mode_answers_and_declines(app):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
        app.screen.query_one("#question", Input).value = "When was the town founded?"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "reply"))
        assert "1788" in bubbles(app, "reply")[0]


async def test_quiz_me_on_a_section_starts_a_filtered_session(app):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
        app.screen.query_one("#question", Input).value = "quiz me on history"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: isinstance(app.screen, StudyScreen))
        assert await wait_for(pilot, lambda: "founded" in (bubbles(app, "tutor") or [""])[-1])
        assert app.services.config.options.section == "history"


async def test_a_quiz_asked_for_in_ask_mode_is_shown_in_view(app):
    """Back in Study the view rests on the quiz's first question, not where it was (it was left at the top:
    the new turn was settled on before it had been laid out)."""
    async with app.run_test(size=(80, 20)) as pilot:
        await started(pilot, app)
        for _ in range(4):  # a transcript taller than the view
            await answer(pilot, app, "i do not remember at all")
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
        app.screen.query_one("#question", Input).value = "quiz me on history"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: isinstance(app.screen, StudyScreen))
        assert await wait_for(pilot, lambda: any("Quiz on" in b for b in bubbles(app)))
        transcript = app.screen.transcript
        question = list(app.screen.query(Bubble))[-1]
        assert transcript.max_scroll_y > 0
        assert await wait_for(pilot, lambda: transcript.scroll_y <= question.virtual_region.y
                              and question.virtual_region.bottom <= transcript.scroll_y
                              + transcript.scrollable_content_region.height)


async def test_packs_mode_lists_problems_and_switches(tmp_path, mini_pack_path, db_path, clock):
    other = tmp_path / "other.yaml"
    other.write_text(mini_pack_path.read_text().replace("id: mini", "id: other", 1)
                     .replace("Who is the harbour master of Saltbay?", "Who runs the harbour of Saltbay?"))
    app = build_app(other, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        assert "Who runs the harbour" in bubbles(app, "tutor")[0]
        await pilot.press("f5")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen))
        assert await wait_for(pilot, lambda: len(app.screen.query_one(ListView).children) >= 2)
        view = app.screen.query_one(ListView)
        await pilot.press("down")
        assert await wait_for(pilot, lambda: view.index == 1)
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: isinstance(app.screen, StudyScreen))
        assert await wait_for(pilot, lambda: app.services.pack is not None and app.services.pack.id != "other")


async def test_broken_pack_gives_a_message_not_a_traceback(tmp_path, db_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: x\ntitle: T\nsections: []\ncards: []\nextra: 1\n")
    app = build_app(bad, db_path, "ann")
    async with app.run_test() as pilot:
        await started(pilot, app)
        message = bubbles(app, "error")[0]
        assert "bad.yaml:6:1" in message and "studybot validate" in message
        assert app.screen.query_one("#answer", Input).disabled
        await pilot.press("f5")  # the other modes still work
        assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen))


async def test_damaged_database_gives_a_message(mini_pack_path, tmp_path):
    db = tmp_path / "progress.db"
    db.write_bytes(b"this is not a database at all" * 10)
    app = build_app(mini_pack_path, db, "ann")
    async with app.run_test() as pilot:
        await started(pilot, app)
        assert "not a SQLite database" in bubbles(app, "error")[0]
    assert db.read_bytes() == b"this is not a database at all" * 10


async def test_locked_database_gives_a_message(mini_pack_path, db_path, monkeypatch):
    from studybot.core.store import database as store_module

    store_module.Store.open(db_path).close()
    app = build_app(mini_pack_path, db_path, "ann")
    monkeypatch.setattr(store_module, "BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(db_path)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        async with app.run_test() as pilot:
            await started(pilot, app)
            assert any("locked" in t for t in bubbles(app, "error"))
    finally:
        blocker.rollback()
        blocker.close()
