"""The card browser (F6): find cards by text, section, tag or state; a card's history;
suspend, unsuspend and reset, checked on screen and in progress.db. And its logic
(`core/browse.py`) on its own."""

from __future__ import annotations

import pytest
from textual.widgets import Input, Static

from studybot.core.browse import CardQuery, find_cards, label_of, parse_query
from studybot.core.records import CardPhase, CardState
from studybot.tui.app import build_app
from studybot.tui.cards import CardList, CardsScreen, ConfirmReset

from .test_app import rows, started, wait_for
from .test_safety import ALL, assert_safe, hostile_pack, shown_text
from .test_tui_study import answer_and_wait


def listed(app) -> list[str]:
    cards = app.screen.query_one(CardList)
    return [str(cards.get_option_at_index(i).prompt) for i in range(cards.option_count)]


def info(app) -> str:
    return str(app.screen.query_one("#card-info", Static).render())


async def find(pilot, app, query: str) -> list[str]:
    screen = app.screen
    before = screen.shown
    screen.query_one("#card-search", Input).value = query
    assert await wait_for(pilot, lambda: screen.shown > before)
    await pilot.pause(0.05)
    return listed(app)


async def open_cards(pilot, app) -> None:
    await pilot.press("f6")
    assert await wait_for(pilot, lambda: isinstance(app.screen, CardsScreen) and app.screen.shown)


@pytest.fixture
def app(mini_pack_path, db_path, clock):
    return build_app(mini_pack_path, db_path, "ann", clock=clock)


async def test_find_cards_by_text_section_tag_and_state(app):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await answer_and_wait(pilot, app, "the mayor")  # harbour-master: learning
        await open_cards(pilot, app)
        assert len(listed(app)) == 9
        assert [line.split(maxsplit=1)[0] for line in listed(app)].count("learning") == 1
        found = await find(pilot, app, "harbour")
        assert len(found) == 2 and any("harbour master of Saltbay" in line for line in found)
        assert len(await find(pilot, app, "section:history")) == 3
        assert len(await find(pilot, app, "tag:figures")) == 4
        learning = await find(pilot, app, "is:learning")
        assert len(learning) == 1 and "harbour master" in learning[0]
        assert len(await find(pilot, app, "learning port")) == 0  # "port" is not in that card's text
        assert "No card matches" in info(app)


async def test_a_cards_history_suspend_unsuspend_and_reset(app, db_path):
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await answer_and_wait(pilot, app, "the mayor")
        await open_cards(pilot, app)
        await find(pilot, app, "harbour master of")
        await pilot.press("tab")  # to the list
        assert await wait_for(pilot, lambda: "History (newest first):" in info(app))
        assert "✗ Again" in info(app) and "“the mayor”" in info(app) and "State: learning" in info(app)
        await pilot.press("s")
        assert await wait_for(pilot, lambda: listed(app) and listed(app)[0].startswith("suspended"))
        assert rows(db_path, "SELECT suspended FROM cards WHERE card_id='harbour-master'") == [(1,)]
        await pilot.press("u")
        assert await wait_for(pilot, lambda: listed(app)[0].startswith("learning"))
        assert rows(db_path, "SELECT suspended FROM cards WHERE card_id='harbour-master'") == [(0,)]
        await pilot.press("x")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ConfirmReset))
        await pilot.press("n")  # kept
        assert await wait_for(pilot, lambda: isinstance(app.screen, CardsScreen))
        assert rows(db_path, "SELECT state FROM cards WHERE card_id='harbour-master'") == [(1,)]
        await pilot.press("x")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ConfirmReset))
        await pilot.press("y")
        assert await wait_for(pilot, lambda: listed(app)[0].startswith("new"))
        assert rows(db_path, "SELECT state, reps, lapses FROM cards WHERE card_id='harbour-master'") == [(0, 0, 0)]
        assert rows(db_path, "SELECT count(*) FROM reviews WHERE card_id='harbour-master'") == [(1,)]  # kept


async def test_unsuspend_in_study_after_ctrl_s(app, db_path):
    async with app.run_test() as pilot:
        await started(pilot, app)
        await pilot.press("ctrl+s")
        assert await wait_for(pilot, lambda: rows(db_path, "SELECT suspended FROM cards WHERE "
                                                           "card_id='harbour-master'") == [(1,)])
        app.screen.query_one("#answer", Input).value = "/unsuspend"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: rows(db_path, "SELECT suspended FROM cards WHERE "
                                                           "card_id='harbour-master'") == [(0,)])


async def test_the_browser_shows_hostile_text_literally(tmp_path, db_path, clock):
    app = build_app(hostile_pack(tmp_path), db_path, "ann", clock=clock)
    async with app.run_test(size=(160, 40)) as pilot:
        await started(pilot, app)
        await open_cards(pilot, app)
        await pilot.press("tab")
        assert await wait_for(pilot, lambda: "Answer: Olsen" in info(app))
        assert_safe(shown_text(app))
        assert "\x1b" not in "".join(listed(app)) and "[bold]x" in "".join(listed(app))
        await find(pilot, app, ALL)  # the search box takes it too
        assert app.is_running


# ----------------------------------------------------------------- core/browse.py


def test_parse_query():
    assert parse_query("Harbour  section:port tag:people is:leech") == CardQuery(("harbour",), "port", "people",
                                                                                 "leech")
    assert parse_query("suspended fish") == CardQuery(("fish",), None, None, "suspended")
    assert parse_query("is:nonsense") == CardQuery(("is:nonsense",))


@pytest.mark.parametrize(("state", "label"), [
    (None, "new"),
    (CardState("p", "c"), "new"),
    (CardState("p", "c", state=CardPhase.LEARNING), "learning"),
    (CardState("p", "c", state=CardPhase.RELEARNING), "learning"),
    (CardState("p", "c", state=CardPhase.REVIEW), "review"),
    (CardState("p", "c", state=CardPhase.REVIEW, suspended=True), "suspended"),
    (CardState("p", "c", state=CardPhase.REVIEW, suspended=True, leech=True), "leech"),
])
def test_label_of(state, label):
    assert label_of(state) == label


def test_find_cards_suspended_includes_leeches(mini_pack):
    states = {"harbour-master": CardState("mini", "harbour-master", state=CardPhase.REVIEW, suspended=True,
                                          leech=True),
              "founded": CardState("mini", "founded", state=CardPhase.REVIEW, suspended=True)}
    assert [r.card_id for r in find_cards(mini_pack, states, "suspended")] == ["harbour-master", "founded"]
    assert [r.card_id for r in find_cards(mini_pack, states, "leech")] == ["harbour-master"]
    assert [r.card_id for r in find_cards(mini_pack, states, "section:History")] == [
        "founded", "who-built", "build-order"]  # by title too


async def test_without_colour_the_highlighted_card_is_still_marked(mini_pack_path, db_path, clock, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await open_cards(pilot, app)
        await pilot.press("tab", "down")
        await pilot.pause(0.2)
        marked = [segment.text for strip in app.screen._compositor.render_strips() for segment in strip
                  if segment.style and segment.style.underline and segment.text.strip()]
        assert marked and marked[0].startswith("new        What were fish exports")  # the second card
