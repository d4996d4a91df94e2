"""The app's thread workers take turns (safety issue #14, item 10): a key pressed
while an answer is graded does not run beside it, opening another pack waits for
the answer being recorded instead of closing the store under it, and the header's own
refresh, read before an answer, does not put its old counts back after it."""

from __future__ import annotations

import time

import pytest
from textual.widgets import Input, Static

from studybot.core.grading import Grader
from studybot.core.session import SessionOptions
from studybot.tui.app import build_app
from studybot.tui.messages import PackChosen
from studybot.tui.study import StudyScreen

from .test_app import bubbles, rows, started, wait_for
from .test_safety import hostile_pack

GRADING_SECONDS = 0.4  # long enough for a key pressed right after Enter to land while grading


@pytest.fixture
def slow_grader(monkeypatch):
    """Grading takes GRADING_SECONDS (a large pack, a slow machine)."""
    grade = Grader.grade

    def slow(self, card, answer, **kwargs):
        time.sleep(GRADING_SECONDS)
        return grade(self, card, answer, **kwargs)

    monkeypatch.setattr(Grader, "grade", slow)


async def test_a_key_pressed_while_grading_waits(slow_grader, mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer").value = "Marta Olsen"
        await pilot.press("enter", "ctrl+n")  # skip, while the answer is being graded
        assert await wait_for(pilot, lambda: bubbles(app, "right"))
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2)
        await pilot.pause(GRADING_SECONDS)
        assert not [t for t in bubbles(app, "system") if t.startswith("Skipped")]
        assert len(bubbles(app, "tutor")) == 2  # the next question, asked once
        assert bubbles(app, "tutor")[1] != bubbles(app, "tutor")[0]  # the next card, not the one answered
        await pilot.press("ctrl+n")  # once the answer is in, keys work again
        assert await wait_for(pilot, lambda: [t for t in bubbles(app, "system") if t.startswith("Skipped")])
    assert rows(db_path, "SELECT card_id, answer FROM reviews") == [("harbour-master", "Marta Olsen")]


async def test_opening_another_pack_waits_for_the_answer(slow_grader, tmp_path, mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    other = hostile_pack(tmp_path)
    async with app.run_test() as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer").value = "Marta Olsen"
        await pilot.press("enter")
        await pilot.pause(GRADING_SECONDS / 4)
        app.post_message(PackChosen(other))  # the Packs mode chose another pack, mid-answer
        assert await wait_for(pilot, lambda: any("harbour master" in t and "Pick" not in t
                                                 for t in bubbles(app, "tutor")) and
                              app.services.pack is not None and app.services.pack.id == "hostile")
        await pilot.pause(GRADING_SECONDS)
        assert app.is_running
        assert not bubbles(app, "error")
    assert rows(db_path, "SELECT pack_id, card_id, answer FROM reviews") == [("mini", "harbour-master", "Marta Olsen")]


async def test_a_header_refresh_read_before_an_answer_does_not_undo_its_header(mini_pack_path, db_path, clock,
                                                                                monkeypatch):
    """The header refreshes itself in a worker. On a loaded machine the counts it read before an answer can reach
    the screen after the answer's turn: they must not put "card 1 · 0 left" back over "nothing due"."""
    held: list[tuple[StudyScreen, tuple[object, ...]]] = []
    deliver = StudyScreen._refreshed

    def late(self, *args):  # the first refresh is held back (its thread was slow), and delivered below
        if held:
            deliver(self, *args)
        else:
            held.append((self, args))

    monkeypatch.setattr(StudyScreen, "_refreshed", late)
    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(new_limit=1, learn_ahead=0))
    async with app.run_test() as pilot:
        await started(pilot, app)
        app.screen.refresh_header()
        assert await wait_for(pilot, lambda: held)
        assert any("card 1 · 0 left" in str(arg) for arg in held[0][1])  # read before the answer
        answer = app.screen.query_one("#answer", Input)
        answer.value = "the mayor"  # wrong: the session ends, the card is due again in a minute
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "summary") and not answer.disabled)
        welcome = app.screen.query_one("#welcome", Static)
        assert "nothing due · next in a minute" in str(welcome.render())
        screen, args = held[0]
        deliver(screen, *args)  # the late refresh arrives
        await pilot.pause()
        assert "nothing due · next in a minute" in str(welcome.render())


async def test_a_slow_answer_is_seen_to_be_worked_on(slow_grader, mini_pack_path, db_path, clock, monkeypatch):
    """On a loaded machine grading may take seconds: the answer line says so, and says nothing of it for a quick one."""
    monkeypatch.setattr(StudyScreen, "WAIT_SHOWN_AFTER", GRADING_SECONDS / 4)
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        answer = app.screen.query_one("#answer", Input)
        asking = answer.placeholder
        answer.value = "Marta Olsen"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: answer.placeholder.startswith("One moment"))
        assert answer.disabled
        assert await wait_for(pilot, lambda: bubbles(app, "right"))
        assert await wait_for(pilot, lambda: not answer.disabled)
        assert answer.placeholder == asking  # the line asks for the next answer again
        monkeypatch.setattr(StudyScreen, "WAIT_SHOWN_AFTER", 30.0)  # a quick call: the line never says "one moment"
        answer.value = "Marta Olsen"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: len(bubbles(app, "right")) + len(bubbles(app, "wrong")) == 2)
        assert await wait_for(pilot, lambda: not answer.disabled)
        assert not answer.placeholder.startswith("One moment")


@pytest.mark.parametrize("typed", ["/quit", "/exit", " /Выход "])
async def test_quit_typed_leaves_the_app(typed, mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer").value = typed
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: not app.is_running)  # left, not "Unknown command"
