"""Pilot tests of the study loop as a daily learner meets it: the view after each answer,
help at 80x24, the key bars, going on after the summary, the header refreshing itself,
no colour under NO_COLOR, and the Progress table using the room it has."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from textual.containers import VerticalScroll
from textual.widgets import Input, Static

from studybot.core.packs import load_pack
from studybot.core.packs.writer import dump_pack
from studybot.core.session import SessionOptions
from studybot.paths import default_pack
from studybot.tui.app import build_app
from studybot.tui.screens import AskScreen, HelpScreen, ProgressScreen
from studybot.tui.study import StudyScreen
from studybot.tui.widgets import Bubble, KeyBar, Transcript

from .packfiles import day_of_year, every_day
from .test_app import bubbles, rows, started, wait_for

WRONG = "something else entirely"


def in_view(transcript: Transcript, bubble: Bubble) -> bool:
    region = bubble.virtual_region
    top = transcript.scroll_y
    return top <= region.y and region.bottom <= top + transcript.scrollable_content_region.height


def rows_in_view(transcript: Transcript, bubble: Bubble) -> tuple[int, int]:
    """The first and last row of `bubble` on the view (0 = the view's top row)."""
    region = bubble.virtual_region
    return region.y - int(transcript.scroll_y), region.bottom - 1 - int(transcript.scroll_y)


async def answer_and_wait(pilot, app, text: str) -> None:
    transcript = app.screen.query_one(Transcript)
    before = {id(b) for b in transcript.query(Bubble)}  # (a long session's oldest bubbles leave: count the new ones)
    app.screen.query_one("#answer", Input).value = text
    await pilot.press("enter")
    line = app.screen.query_one("#answer", Input)
    # the turn is shown whole (show() gives the answer line back last) and the view rests where it settles
    assert await wait_for(pilot, lambda: sum(id(b) not in before for b in transcript.query(Bubble)) >= 3
                          and not line.disabled and transcript.at_rest())


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
@pytest.mark.slow  # seconds of a full app: CI runs it (--slow)
async def test_the_verdict_and_the_next_question_are_both_in_view_after_every_answer(
        mini_pack_path, db_path, clock, size):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(learn_ahead=0))
    async with app.run_test(size=size) as pilot:
        await started(pilot, app)
        for _ in range(8):  # every kind, answered wrong: the tallest verdicts (keypoints, orders, choices)
            await answer_and_wait(pilot, app, WRONG)
            transcript = app.screen.query_one(Transcript)
            *_, verdict, question = transcript.query(Bubble)
            assert verdict.kind == "wrong" and question.kind == "tutor"
            assert in_view(transcript, verdict) and in_view(transcript, question), question.text
            assert transcript.scroll_y == transcript.max_scroll_y  # resting at the end, not mid-scroll


@pytest.mark.slow  # seconds of a full app: CI runs it (--slow)
async def test_after_a_resize_or_a_mode_switch_the_log_is_not_left_mid_scroll(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        for _ in range(4):
            await answer_and_wait(pilot, app, WRONG)
        transcript = app.screen.query_one(Transcript)
        transcript.scroll_to(y=0, animate=False)
        await pilot.resize_terminal(100, 30)
        assert await wait_for(pilot, lambda: transcript.scroll_y == transcript.max_scroll_y > 0)
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
        await pilot.resize_terminal(80, 24)
        await pilot.press("f2")
        assert await wait_for(pilot, lambda: isinstance(app.screen, StudyScreen))
        transcript = app.screen.query_one(Transcript)
        assert await wait_for(pilot, lambda: transcript.scroll_y == transcript.max_scroll_y > 0)
        *_, verdict, question = transcript.query(Bubble)
        assert in_view(transcript, verdict) and in_view(transcript, question)


async def test_help_fits_80x24_and_scrolls(app_at_80x24):
    app, pilot = app_at_80x24
    await pilot.press("f1")
    assert await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
    await pilot.pause(0.1)
    box = app.screen.query_one("#help", VerticalScroll)
    assert box.region.x >= 0 and box.region.right <= 80 and box.region.y >= 0 and box.region.bottom <= 24
    text = str(app.screen.query_one("#help Static").render())
    assert max(len(line) for line in text.splitlines()) <= box.scrollable_content_region.width  # nothing cut
    assert box.max_scroll_y > 0 and box.scroll_y == 0
    await pilot.press("pagedown")
    assert await wait_for(pilot, lambda: box.scroll_y > 0)
    await pilot.press("end")
    assert await wait_for(pilot, lambda: box.scroll_y == box.max_scroll_y)
    await pilot.press("escape")
    assert await wait_for(pilot, lambda: isinstance(app.screen, StudyScreen))


@pytest.fixture
async def app_at_80x24(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        yield app, pilot


async def test_each_key_bar_shows_only_its_own_keys(app_at_80x24):
    app, pilot = app_at_80x24
    study = app.screen.query_one(KeyBar).shown()
    assert "I was right" in study and "I was wrong" in study and "Right!" not in study
    assert study.endswith("^q Quit") and len(study) <= 78
    await pilot.press("f3")
    assert await wait_for(pilot, lambda: isinstance(app.screen, AskScreen))
    ask = app.screen.query_one(KeyBar).shown()
    assert ask == "Enter Ask  Esc Back to study  ^q Quit"
    await pilot.press("f4")
    assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen))
    assert app.screen.query_one(KeyBar).shown() == "↑↓ PgUp PgDn scroll  r Refresh  ^q Quit"


async def test_f2_after_the_summary_goes_on_with_what_fell_due(mini_pack_path, db_path, clock, monkeypatch):
    monkeypatch.setattr(StudyScreen, "REFRESH_SECONDS", 0.2)
    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(new_limit=1, learn_ahead=0))
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer_and_wait(pilot, app, "the mayor")  # wrong: due again in a minute
        assert bubbles(app, "summary")
        welcome = app.screen.query_one("#welcome", Static)
        assert "nothing due · next in a minute" in str(welcome.render())
        await pilot.press("f2")  # nothing due yet: says when
        assert await wait_for(pilot, lambda: any("The next card is due in a minute" in t
                                                 for t in bubbles(app, "system")))
        clock.advance(minutes=2)  # the header refreshes on its own, and says the card is back
        assert await wait_for(pilot, lambda: "1 left, a learning card" in str(welcome.render()))
        assert await wait_for(pilot, lambda: any("due again: press F2" in t for t in bubbles(app, "system")))
        await pilot.press("f2")
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2)
        assert "harbour master" in bubbles(app, "tutor")[-1]
        assert await wait_for(pilot, lambda: "card 2 · 0 left" in str(welcome.render()))


async def test_more_new_cards_from_the_summary(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(new_limit=1, learn_ahead=0))
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer_and_wait(pilot, app, "Marta Olsen")
        summary = bubbles(app, "summary")[0]
        assert "  The port: 1 right, 0 wrong" in summary and "/more 10" in summary
        app.screen.query_one("#answer", Input).value = "/more 3"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2)
        assert "founded" in bubbles(app, "tutor")[-1]


async def test_quiz_me_while_a_question_is_showing_is_not_graded(app_at_80x24, db_path):
    app, pilot = app_at_80x24
    app.screen.query_one("#answer", Input).value = "quiz me on history"
    await pilot.press("enter")
    assert await wait_for(pilot, lambda: any("Quiz on History" in t for t in bubbles(app, "system")))
    assert await wait_for(pilot, lambda: "founded" in bubbles(app, "tutor")[-1])
    assert not bubbles(app, "wrong")
    assert rows(db_path, "SELECT count(*) FROM reviews") == [(0,)]


async def test_a_hint_then_a_right_answer_says_hard(app_at_80x24, db_path):
    app, pilot = app_at_80x24
    await pilot.press("ctrl+t")
    assert await wait_for(pilot, lambda: bubbles(app, "hint"))
    await answer_and_wait(pilot, app, "Marta Olsen")
    assert bubbles(app, "right")[0].startswith("✓ Right with a hint: counted as Hard.")
    assert rows(db_path, "SELECT correct, rating FROM reviews") == [(1, 2)]


def colours(app) -> set[str]:
    """Every colour (not the terminal's default) in the screen as drawn."""
    found = set()
    for strip in app.screen._compositor.render_strips():
        for segment in strip:
            style = segment.style
            for colour in (style.color, style.bgcolor) if style else ():
                if colour is not None and not colour.is_default:
                    found.add(colour.name)
    return found


@pytest.mark.slow  # seconds of a full app: CI runs it (--slow)
async def test_no_color_is_fully_monochrome(mini_pack_path, db_path, clock, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await answer_and_wait(pilot, app, "Marta Olsen")
        await answer_and_wait(pilot, app, WRONG)
        seen = {"study": colours(app)}
        for key in ("f1", "escape", "f3", "f4", "f5", "f6"):
            await pilot.press(key)
            await pilot.pause(0.3)
            seen[key] = colours(app)
    assert seen == dict.fromkeys(seen, set())  # bold, reverse, italic and dim only: no colour, no grey


async def test_colour_screens_do_use_colour(mini_pack_path, db_path, clock):
    """The check above can fail: a coloured screen has colours."""
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await answer_and_wait(pilot, app, WRONG)
        assert len(colours(app)) > 2


async def test_progress_does_not_cut_section_names_when_there_is_room(tmp_path, mini_pack_path, db_path, clock):
    long_title = "The port, its cargo, its fish exports and the people who run the harbour"
    pack = tmp_path / "pack.yaml"
    pack.write_text(mini_pack_path.read_text().replace("title: The port", f"title: {long_title}"))
    app = build_app(pack, db_path, "ann", clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen.shown)
        await pilot.pause(0.1)
        assert long_title in str(app.screen.query_one("#sections", Static).render())
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.2)
        narrow = str(app.screen.query_one("#sections", Static).render())
        assert long_title not in narrow and "The port, its cargo" in narrow and "…" in narrow
        assert max(len(line) for line in narrow.splitlines()) <= 78


async def test_the_section_table_fits_when_the_progress_page_scrolls(db_path, clock):
    """The bundled pack's 15 sections and the pictures below them make the page scroll at
    80x24: the table is drawn to the width left beside the scrollbar (no row wraps)."""
    from studybot.paths import default_pack

    app = build_app(default_pack(), db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen.shown)
        await pilot.pause(0.2)
        body = app.screen.query_one("#progress-body", VerticalScroll)
        sections = app.screen.query_one("#sections", Static)
        assert body.max_scroll_y > 0  # the page scrolls
        lines = str(sections.render()).splitlines()
        assert len(lines) == 16 and max(len(line) for line in lines) <= sections.content_size.width
        assert sections.content_size.height == 16  # one row a section and the header: nothing wrapped


async def test_bubbles_keep_a_readable_width_on_wide_terminals(app_at_80x24):
    app, pilot = app_at_80x24
    await pilot.resize_terminal(200, 40)
    await pilot.pause(0.2)
    assert all(b.size.width <= 100 for b in app.screen.query(Bubble))


def a_third_of_the_bundled_pack(folder: Path, day: int) -> Path:
    """The bundled pack with every third of its cards, the third changing by the day of the year: the whole pack took
    50 s of CI's 2 cores to walk, and over three days in a row every card is walked."""
    pack = load_pack(default_pack())
    path = folder / "third.yaml"
    path.write_text(dump_pack(replace(pack, cards=pack.cards[day % 3::3])), encoding="utf-8")
    return path


@pytest.mark.slow
async def test_on_the_bundled_pack_at_80x24_every_verdict_shows_its_first_line_and_the_whole_next_question(
        tmp_path, db_path, clock, report):
    """A third of the cards of the bundled pack (a third a day; every card with --every-day), answered in turn with
    its own answer and with a wrong one: after each answer the verdict's first line and the whole next question are
    in view, at rest."""
    day = day_of_year()
    pack = default_pack() if every_day() else a_third_of_the_bundled_pack(tmp_path, day)
    app = build_app(pack, db_path, "ann", clock=clock, options=SessionOptions(new_limit=500, learn_ahead=0))
    asked: set[str] = set()
    turns = folded = right = 0
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        transcript = app.screen.query_one(Transcript)
        view = transcript.scrollable_content_region.height
        while (card := app.screen.conversation.card) is not None:
            asked.add(card.id)
            await answer_and_wait(pilot, app, card.answer if len(asked) % 2 else WRONG)
            *_, verdict, after = transcript.query(Bubble)
            assert verdict.kind in ("right", "wrong")
            if after.kind == "summary":
                break
            assert after.kind == "tutor" and transcript.at_rest()
            first, _ = rows_in_view(transcript, verdict)
            top, bottom = rows_in_view(transcript, after)
            assert 0 <= first < top and bottom <= view - 1, (card.id, verdict.text, after.text)
            turns += 1
            folded += verdict.folded
            right += verdict.kind == "right"
            assert len(transcript.query(Bubble)) <= Transcript.KEPT  # the oldest leave: a late turn is as quick
        pack_cards = {c.id for c in app.services.pack.cards}
    assert asked == pack_cards
    assert 0 < right < turns  # both kinds of verdict were shown
    which = "every card" if every_day() else f"cards {day % 3 + 1}, {day % 3 + 4}, ... (a third)"
    report(f"bundled pack at 80x24, {which} answered, right and wrong in "
           f"turn ({right} graded right): the "
           f"verdict's first line and the whole next question in view after {turns}/{turns} answers; "
           f"{folded} verdicts folded")


# ---------------------------------------------------------------- a tall turn at 80x24

TALL_VERDICT = "\n".join(["✗ Not right. 0 of 9 points.", *(f"  ✗ point number {n} of the answer" for n in range(9)),
                          "Answer: the whole answer, as its author wrote it", "Source: The port · again in a minute"])


def tall_question(options: int) -> str:
    return "\n".join(["Which of these came first?", *(f"  {'abcdefghijklmnopqrst'[n]}) option {n}"
                                                      for n in range(options)), "(type a letter or the option)"])


async def show_turn(pilot, transcript: Transcript, verdict: str, question: str) -> tuple[Bubble, Bubble]:
    transcript.say("an answer", "learner")
    said, asked = await transcript.turn([(verdict, "wrong"), (question, "tutor")])
    assert await wait_for(pilot, lambda: transcript.at_rest() and said.size.height > 0)
    await pilot.pause(0.05)
    return said, asked


async def test_a_verdict_too_tall_beside_the_next_question_folds_and_pgup_shows_it_whole(app_at_80x24):
    app, pilot = app_at_80x24
    transcript = app.screen.query_one(Transcript)
    view = transcript.scrollable_content_region.height
    assert view == 19  # 24 rows less the mode bar, the two-line header, the answer line and the key bar
    verdict, question = await show_turn(pilot, transcript, TALL_VERDICT, tall_question(6))
    # 12 verdict rows and 8 question rows (and the margin between) cannot share 19 rows: the
    # verdict gets 10, its first line, the fold's note and its last 8 lines (3 lines hidden)
    assert verdict.folded and verdict.text == TALL_VERDICT
    shown = str(verdict.render())
    assert shown.splitlines()[0] == "✗ Not right. 0 of 9 points." and len(shown.splitlines()) == 10
    assert shown.splitlines()[1] == "  ⋯ 3 more lines: PgUp shows them"
    assert shown.endswith("Answer: the whole answer, as its author wrote it\nSource: The port · again in a minute")
    first, _ = rows_in_view(transcript, verdict)
    top, bottom = rows_in_view(transcript, question)
    assert first >= 0 and bottom == view - 1 and top > first  # the verdict's first line and the whole question
    await pilot.press("pageup")  # the verdict whole, from its first line
    assert await wait_for(pilot, lambda: not verdict.folded and rows_in_view(transcript, verdict)[0] == 0)
    assert str(verdict.render()) == TALL_VERDICT
    assert app.screen.query_one("#answer", Input).has_focus  # still typing the answer
    await pilot.press("pagedown")
    assert await wait_for(pilot, lambda: transcript.scroll_y == transcript.max_scroll_y)
    later, _ = await show_turn(pilot, transcript, TALL_VERDICT, tall_question(6))
    assert later.folded and not verdict.folded  # an earlier turn's verdict reads whole when scrolled back to


async def test_a_question_taller_than_the_view_wins_and_the_verdict_is_one_key_away(app_at_80x24):
    app, pilot = app_at_80x24
    transcript = app.screen.query_one(Transcript)
    verdict, question = await show_turn(pilot, transcript, TALL_VERDICT, tall_question(20))
    assert question.size.height > transcript.scrollable_content_region.height
    assert rows_in_view(transcript, question)[0] == 0  # the question from its first line
    assert verdict.folded
    await pilot.press("pageup")
    assert await wait_for(pilot, lambda: rows_in_view(transcript, verdict)[0] == 0 and not verdict.folded)


async def test_a_verdict_folded_at_80x24_unfolds_on_a_larger_terminal(app_at_80x24):
    app, pilot = app_at_80x24
    transcript = app.screen.query_one(Transcript)
    verdict, question = await show_turn(pilot, transcript, TALL_VERDICT, tall_question(6))
    assert verdict.folded
    await pilot.resize_terminal(120, 40)
    assert await wait_for(pilot, lambda: not verdict.folded and transcript.at_rest())
    await pilot.pause(0.1)
    assert in_view(transcript, verdict) and in_view(transcript, question)
    await pilot.resize_terminal(80, 24)
    assert await wait_for(pilot, lambda: verdict.folded and transcript.at_rest())


def test_over_three_days_the_walk_takes_every_card_of_the_bundled_pack_once(tmp_path):
    thirds = [load_pack(a_third_of_the_bundled_pack(tmp_path, day)).cards for day in (40, 41, 42)]
    every = sorted(card.id for card in load_pack(default_pack()).cards)
    assert sorted(card.id for third in thirds for card in third) == every
    assert all(thirds)
