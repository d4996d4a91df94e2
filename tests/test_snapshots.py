"""Snapshots of every mode at 80x24 and 120x40, on fixed data and a fixed clock.

Update them after an intended change with: pytest tests/test_snapshots.py --snapshot-update
(and read each new SVG's text: it must show what a learner expects).
"""

from __future__ import annotations

import pytest
from textual.widgets import Input

from studybot.core.session import SessionOptions
from studybot.tui.app import build_app
from studybot.tui.cards import CardsScreen
from studybot.tui.screens import AskScreen, HelpScreen, PacksScreen, ProgressScreen

from .conftest import MINI_PACK, FixedClock
from .test_app import bubbles, wait_for

pytestmark = pytest.mark.slow  # each draws the app headless at two sizes: run with --slow (CI does)

SIZES = pytest.mark.parametrize("size", [(80, 24), (120, 40)], ids=["80x24", "120x40"])


async def steady(pilot) -> None:
    """Nothing left moving: workers done, a steady cursor (a blinking one would make the
    picture depend on the moment it is taken)."""
    app = pilot.app
    assert await wait_for(pilot, lambda: all(w.is_finished for w in app.workers))
    for field in app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause(0.2)


@pytest.fixture
def app(db_path, monkeypatch):
    monkeypatch.chdir(db_path.parent)
    return build_app(MINI_PACK, db_path, "ann", clock=FixedClock())


async def study_after_three_answers(pilot):
    """A right answer, a wrong one, then a list answered in part: verdicts of each kind."""
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    for text in ("Martha Olsen", "1066", "$310m"):
        count = len(bubbles(app))
        app.screen.query_one("#answer").value = text
        await pilot.press("enter")
        assert await wait_for(pilot, lambda count=count: len(bubbles(app)) >= count + 3)
    await steady(pilot)


@SIZES
def test_study(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=study_after_three_answers)


async def ask_a_question(pilot):
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    await pilot.press("f3")
    assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
    app.screen.query_one("#question").value = "When was the town founded?"
    await pilot.press("enter")
    assert await wait_for(pilot, lambda: bubbles(app, "reply"))
    await steady(pilot)


@SIZES
def test_ask(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=ask_a_question)


async def open_progress(pilot):
    app = pilot.app
    await study_after_three_answers(pilot)
    await pilot.press("f4")
    assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen.shown >= 1)
    await steady(pilot)


@SIZES
def test_progress(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=open_progress)


async def open_packs(pilot):
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    await pilot.press("f5")
    assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen)
                          and len(app.screen.query_one("ListView").children) == 2 and app.screen.checked)
    await steady(pilot)


@SIZES
def test_packs(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=open_packs)


async def open_cards(pilot):
    app = pilot.app
    await study_after_three_answers(pilot)
    await pilot.press("f6")
    assert await wait_for(pilot, lambda: isinstance(app.screen, CardsScreen) and app.screen.shown)
    await pilot.press("tab")
    assert await wait_for(pilot, lambda: "History" in str(app.screen.query_one("#card-info").render()))
    await steady(pilot)


@SIZES
def test_cards(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=open_cards)


async def open_help(pilot):
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    await pilot.press("f1")
    assert await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
    await steady(pilot)


@SIZES
def test_help(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=open_help)


async def study_to_the_summary(pilot):
    """Two new cards a day, one right and one shown; then the summary (learning steps with
    no learn-ahead limit wait)."""
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    answers = {"harbour master": "Marta Olsen", "founded": "I don't know"}
    for _ in range(3):
        question = bubbles(app, "tutor")[-1]
        count = len(bubbles(app))
        app.screen.query_one("#answer").value = next(a for key, a in answers.items() if key in question)
        await pilot.press("enter")
        assert await wait_for(pilot, lambda count=count: len(bubbles(app)) >= count + 3 or bubbles(app, "summary"))
        if bubbles(app, "summary"):
            break
    assert bubbles(app, "summary")
    await steady(pilot)


@SIZES
def test_summary(snap_compare, db_path, monkeypatch, size):
    monkeypatch.chdir(db_path.parent)
    app = build_app(MINI_PACK, db_path, "ann", clock=FixedClock(), options=SessionOptions(new_limit=2, learn_ahead=0))
    assert snap_compare(app, terminal_size=size, run_before=study_to_the_summary)


@SIZES
def test_study_without_colour(snap_compare, db_path, monkeypatch, size):
    monkeypatch.setenv("NO_COLOR", "1")
    app = build_app(MINI_PACK, db_path, "ann", clock=FixedClock())
    assert app.no_color
    assert snap_compare(app, terminal_size=size, run_before=study_after_three_answers)


async def a_tall_turn(pilot):
    """A long list verdict, then a choice card: at 80x24 the verdict folds (its first line, the
    fold's note, its answer and source) beside the whole question; at 120x40 both show whole."""
    from studybot.tui.widgets import Transcript

    from .test_tui_study import TALL_VERDICT, tall_question

    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    transcript = app.screen.query_one(Transcript)
    transcript.say("an answer", "learner")
    await transcript.turn([(TALL_VERDICT, "wrong"), (tall_question(6), "tutor")])
    assert await wait_for(pilot, transcript.at_rest)
    await steady(pilot)


@SIZES
def test_study_tall_turn(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=a_tall_turn)
