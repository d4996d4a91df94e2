"""What a learner stumbled on (learner findings of 2026-11-30): the header's counts, the
override note's place, the key bar after /end, the question after
an undo."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from studybot.present import place_text
from studybot.tui.app import build_app
from studybot.tui.widgets import Bubble, KeyBar

from .test_app import answer, bubbles, started, wait_for


def test_the_header_says_the_learning_cards_are_part_of_what_is_left():
    """Finding 7: "19 left · 19 learning" read as 19 + 19."""
    assert place_text(3, 19, 19) == "card 3 · 19 left, all of them learning"
    assert place_text(3, 19, 12) == "card 3 · 19 left, 12 of them learning"
    assert place_text(3, 19, 0) == "card 3 · 19 left"
    assert place_text(3, 1, 1) == "card 3 · 1 left, a learning card"
    assert place_text(None, 4, 1) == "4 left, 1 of them learning"  # no card asked: the same words (finding 17)


# ----------------------------------------------------------------- in the app


def header(app) -> str:
    return str(app.screen.query_one("#welcome").render())


@pytest.fixture
def app(mini_pack_path, db_path, clock):
    return build_app(mini_pack_path, db_path, "ann", clock=clock)


async def test_the_header_and_whats_due_give_the_same_counts(app):
    """Findings 7 and 8: the header says the learning cards are among those left, and "what's
    due" gives the same figure (it said "Due now: 0 reviews" beside "8 left · 1 learning")."""
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "the mayor")  # wrong: a learning card, back within the session
        assert await wait_for(pilot, lambda: "card 2 · 8 left, 1 of them learning ·" in header(app))
        before = len(bubbles(app))
        app.screen.query_one("#answer", Input).value = "what's due?"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: len(bubbles(app)) > before + 1)
        assert bubbles(app, "reply")[-1] == ("Left in this session besides this question: 8 (1 learning, 0 reviews, "
                                             "7 new).")


async def test_an_override_note_stands_under_the_verdict_it_changes(app):
    """Finding 10: "Marked right by you" came below the next question."""
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "Martha Olsson")
        await pilot.press("ctrl+y")
        assert await wait_for(pilot, lambda: any("Marked right" in t for t in bubbles(app, "system")))
        await pilot.press("ctrl+b")
        assert await wait_for(pilot, lambda: any("Marked wrong" in t for t in bubbles(app, "system")))
        kinds = [(b.kind, b.text.split(" ", 2)[:2]) for b in app.screen.query(Bubble)]
        assert [k for k, _ in kinds] == ["tutor", "learner", kinds[2][0], "system", "system", "tutor"]
        assert kinds[3][1] == ["Marked", "right"] and kinds[4][1] == ["Marked", "wrong"]  # in the order made
        assert "founded" in bubbles(app, "tutor")[-1]  # the next question, still last


async def test_after_the_end_the_key_bar_offers_no_question_keys(app):
    """Finding 14: after /end the bar still offered Hint and Skip."""
    async with app.run_test(size=(120, 30)) as pilot:
        await started(pilot, app)
        bar = app.screen.query_one(KeyBar)
        assert "Hint" in bar.shown() and "Skip" in bar.shown()
        app.screen.query_one("#answer", Input).value = "/end"
        await pilot.press("enter")
        line = app.screen.query_one("#answer", Input)
        assert await wait_for(pilot, lambda: bubbles(app, "summary") and not line.disabled)  # the turn shown whole
        assert "Hint" not in bar.shown() and "Skip" not in bar.shown() and "Show answer" not in bar.shown()
        assert "Undo" in bar.shown() and "Why" in bar.shown()  # they work on the last answer
        await pilot.press("f2")  # going on: a question again, and its keys
        await pilot.press("ctrl+n")
        app.screen.query_one("#answer", Input).value = "/go"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: "Hint" in bar.shown())


async def test_after_an_undo_the_question_already_seen_comes_next(app):
    """Finding 6: after an undo and the answer again, another question came than the one read."""
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "nobody")
        seen = bubbles(app, "tutor")[-1]
        await pilot.press("ctrl+z")
        assert await wait_for(pilot, lambda: "harbour master" in bubbles(app, "tutor")[-1])
        await answer(pilot, app, "nobody")
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 4)
        assert bubbles(app, "tutor")[-1] == seen
