"""What is typed in the answer line belongs to the question asked (found driving the app in tmux, round 14):
a key that puts the card away (Ctrl+N skip, Ctrl+O show the answer, Ctrl+S suspend) or another pack chosen in Packs
leaves the next question an empty line, where the old draft stood and Enter would have graded it against the wrong
card; a hint (Ctrl+T) keeps it, the card being the same."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from studybot.tui.app import build_app
from studybot.tui.messages import PackChosen

from .conftest import MINI_PACK
from .test_app import bubbles, started, wait_for


def _line(app) -> Input:
    return app.screen.query_one("#answer", Input)


@pytest.mark.parametrize(("key", "said"), [("ctrl+n", "system"), ("ctrl+o", "wrong"), ("ctrl+s", "system")])
async def test_a_draft_does_not_follow_the_card_put_away(mini_pack_path, db_path, clock, key, said):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        asked = bubbles(app, "tutor")[-1]
        _line(app).value = "the mayor of"
        await pilot.press(key)
        assert await wait_for(pilot, lambda: bubbles(app, "tutor")[-1] != asked and not _line(app).disabled)
        assert bubbles(app, said)
        assert _line(app).value == ""


async def test_a_hint_keeps_the_draft(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        _line(app).value = "Marta"
        await pilot.press("ctrl+t")
        assert await wait_for(pilot, lambda: bubbles(app, "hint") and not _line(app).disabled)
        assert _line(app).value == "Marta"


async def test_another_pack_starts_with_an_empty_line(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        _line(app).value = "Marta Ol"
        before = bubbles(app, "tutor")[0]
        app.post_message(PackChosen(MINI_PACK.parent / "traps-pack.yaml"))
        # (the pack is open before the study screen starts over: wait for its first question, not the old one)
        assert await wait_for(pilot, lambda: app.services.pack is not None and app.services.pack.id == "traps"
                              and bubbles(app, "tutor") and before not in bubbles(app, "tutor")
                              and not _line(app).disabled)
        assert _line(app).value == ""
