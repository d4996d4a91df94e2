"""Untrusted text (pack content, learner input, tutor replies) is shown literally,
stripped of control, escape and bidi characters, everywhere the app shows it."""

from __future__ import annotations

import yaml
from textual.widgets import DataTable, Input, ListView, Static

from studybot.core.text import clean
from studybot.present import question_text
from studybot.tui.app import build_app
from studybot.tui.screens import AskScreen, PacksScreen, ProgressScreen

from .test_app import bubbles, started, wait_for

PAYLOADS = ["[/]", "[bold]x", "[@click=app.quit]x[/]", "[link='https://x']y[/]", "\x1b[31mred\x1b[0m",
            "\u202eevil", "\x1b]8;;https://x\x07link\x1b]8;;\x07", "\x9b2J"]
VISIBLE = ["[/]", "[bold]x", "[@click=app.quit]x[/]", "[link='https://x']y[/]", "red", "evil", "link"]
ALL = " ".join(PAYLOADS)


def hostile_pack(tmp_path):
    data = {
        "format": "1", "id": "hostile", "title": f"Title {ALL}",
        "sections": [{"id": "s", "title": f"Section {ALL}", "notes": f"The harbour master is Olsen. {ALL}."}],
        "cards": [
            {"id": "q1", "section": "s", "kind": "short", "prompt": f"Who is the harbour master? {ALL}",
             "answer": f"Olsen {ALL}", "explanation": f"Because {ALL}", "hint": f"Think {ALL}",
             "mistakes": [{"match": ["mayor"], "feedback": f"No {ALL}"}]},
            {"id": "q2", "section": "s", "kind": "choice", "prompt": "Pick", "options": [f"a {ALL}", "b"],
             "answer": f"a {ALL}"},
        ],
    }
    path = tmp_path / "hostile.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def shown_text(app) -> str:
    """Every piece of text on the current screen."""
    parts = [app.title, app.sub_title]
    for widget in app.screen.query(Static):
        parts.append(str(widget.render()))
    for table in app.screen.query(DataTable):
        for row in range(table.row_count):
            parts += [str(cell) for cell in table.get_row_at(row)]
    return "\n".join(parts)


def assert_safe(text: str) -> None:
    for bad in ("\x1b", "\u202e", "\x9b", "\x07"):
        assert bad not in text
    for good in VISIBLE:
        assert good in text, good


def test_clean_removes_controls_but_keeps_brackets():
    cleaned = clean(ALL)
    assert_safe(cleaned)
    assert clean("a\tb\nc", multiline=False) == "a b c"


def test_question_text_is_cleaned(tmp_path):
    from studybot.core.packs import load_pack

    pack = load_pack(hostile_pack(tmp_path))
    assert_safe(question_text(pack.card("q1")))


async def test_every_screen_shows_hostile_text_literally(tmp_path, db_path, clock):
    app = build_app(hostile_pack(tmp_path), db_path, f"ann {ALL}", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        # study: question, welcome, header; the learner's own answer; verdict with feedback; hint; why
        await pilot.press("ctrl+t")
        assert await wait_for(pilot, lambda: bubbles(app, "hint"))  # Enter while the hint is fetched only rings
        app.screen.query_one("#answer", Input).value = f"mayor {ALL}"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "wrong"))
        await pilot.press("ctrl+r")  # why
        assert await wait_for(pilot, lambda: bubbles(app, "reply"))
        text = shown_text(app)
        assert_safe(text)
        assert f"mayor {ALL}".replace("\x1b", "") not in text  # the raw answer is not echoed with its escapes
        # a question to the tutor, inline
        app.screen.query_one("#answer", Input).value = f"who is the harbour master {ALL}?"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: len(bubbles(app, "learner")) == 2 and
                              (bubbles(app, "reply")[1:] or bubbles(app, "decline")))
        assert_safe(shown_text(app))
        # ask mode
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
        app.screen.query_one(Input).value = f"harbour master {ALL}?"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "reply") or bubbles(app, "decline"))
        assert "[bold]x" in "".join(bubbles(app, "learner"))
        # progress mode: section titles in the table
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen)
                              and app.screen.shown >= 1)
        assert "[bold]x" in shown_text(app) and "\x1b" not in shown_text(app)
        # packs mode: titles in the list
        await pilot.press("f5")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen)
                              and len(app.screen.query_one(ListView).children) >= 1)
        assert await wait_for(pilot, lambda: "[link='https://x']y[/]" in shown_text(app))
        assert "\u202e" not in shown_text(app)
        assert app.is_running  # no [@click=app.quit] took effect


async def test_problems_in_a_hostile_pack_file_are_shown_literally(tmp_path, db_path, clock, mini_pack_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: x\ntitle: T\nsections: []\ncards: []\n'[bold]x [/] \u202e': 1\n",
                   encoding="utf-8")
    app = build_app(bad, db_path, "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        assert "[bold]x [/]" in bubbles(app, "error")[0] and "\u202e" not in bubbles(app, "error")[0]
        await pilot.press("f5")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen)
                              and "unknown field" in shown_text(app))
        assert "[bold]x [/]" in shown_text(app)
        assert app.is_running
