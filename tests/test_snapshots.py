"""Snapshots of every screen at 80x24, on fixed data and a fixed clock.

Update them after an intended change with: pytest tests/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest

from studybot.tui.app import build_app
from studybot.tui.screens import AskScreen, HelpScreen, PacksScreen, ProgressScreen

from .conftest import MINI_PACK, FixedClock
from .test_app import bubbles, wait_for

SIZE = (80, 24)


@pytest.fixture
def app(db_path, monkeypatch):
    monkeypatch.chdir(db_path.parent)
    return build_app(MINI_PACK, db_path, "ann", clock=FixedClock())


async def study_after_two_answers(pilot):
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    for text in ("Martha Olsen", "$301m"):
        count = len(bubbles(app))
        app.screen.query_one("#answer").value = text
        await pilot.press("enter")
        assert await wait_for(pilot, lambda count=count: len(bubbles(app)) >= count + 3)
    await pilot.pause(0.2)


def test_study(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=study_after_two_answers)


async def ask_a_question(pilot):
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    await pilot.press("f3")
    assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
    app.screen.query_one("#question").value = "When was the town founded?"
    await pilot.press("enter")
    assert await wait_for(pilot, lambda: bubbles(app, "reply"))
    await pilot.pause(0.2)


def test_ask(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=ask_a_question)


async def open_progress(pilot):
    app = pilot.app
    await study_after_two_answers(pilot)
    await pilot.press("f4")
    assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen)
                          and app.screen.shown >= 1)
    await pilot.pause(0.2)


def test_progress(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=open_progress)


async def open_packs(pilot):
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    await pilot.press("f5")
    assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen)
                          and len(app.screen.query_one("ListView").children) == 2)
    await pilot.pause(0.2)


def test_packs(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=open_packs)


async def open_help(pilot):
    app = pilot.app
    assert await wait_for(pilot, lambda: bubbles(app, "tutor"))
    await pilot.press("f1")
    assert await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
    await pilot.pause(0.2)


def test_help(snap_compare, app):
    assert snap_compare(app, terminal_size=SIZE, run_before=open_help)


def test_study_without_colour(snap_compare, db_path, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = build_app(MINI_PACK, db_path, "ann", clock=FixedClock())
    assert app.no_color
    assert snap_compare(app, terminal_size=SIZE, run_before=study_after_two_answers)
