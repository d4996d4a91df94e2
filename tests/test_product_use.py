"""What a learner or an instructor stumbled on when using studybot as its people do
(the app, the commands, validate's messages); one test per slip, each failing before its fix."""

from __future__ import annotations

from dataclasses import replace

from studybot.cli import main
from studybot.conversation import Conversation
from studybot.core.packs import load_pack_text
from studybot.core.validate import check_examples
from studybot.present_progress import progress_text

from .test_conversation import open_services
from .test_packs import CARD, HEAD, problems_of

# -- validate


def test_an_example_the_grader_rejects_names_the_keypoint_it_missed():
    card = """\
  - id: l1
    section: s1
    kind: list
    prompt: Which two buildings stood by the river?
    answer: the mill and the tower
    keypoints: [the mill, the tower]
    examples:
      right: [the mill]
"""
    [problem] = check_examples(load_pack_text(HEAD + card))
    assert "listed as right but the grader marks it wrong (missed: the tower)" in problem.message


def test_a_field_indented_deeper_than_its_neighbours_is_said_so():
    text = HEAD + CARD.replace("    prompt: A question?", "      prompt: A question?")
    [problem] = problems_of(text)
    assert problem.line == 12
    assert "indented more than the field above it" in problem.message
    assert "colon and space" not in problem.message  # quoting would not fix this slip


def test_a_colon_inside_a_value_is_still_explained_as_one():
    for text in (HEAD + CARD.replace("A question?", "Ratio: what is it?"),  # at the neighbours' indent
                 HEAD + CARD.replace("A question?", "What is\n      the ratio: what is it?")):  # a continued value
        [problem] = problems_of(text)
        assert "colon and space" in problem.message and "indented more" not in problem.message


# -- commands


def test_grading_one_answer_does_not_print_the_judgement_twice(mini_pack_path, capsys):
    assert main(["grade", str(mini_pack_path), "harbour-master", "the lighthouse keeper"]) == 3
    out = capsys.readouterr().out
    judged = next(line for line in out.splitlines() if line.strip().startswith("How it was judged:"))
    step = judged.split("How it was judged:", 1)[1].strip()
    assert out.count(step) == 1, out


def test_stats_on_another_learners_database_says_which_learner_to_name(mini_pack_path, db_path, clock, capsys):
    services = open_services(mini_pack_path, db_path, clock)  # learner 'ann'
    services.close()
    assert main(["stats", "--db", str(db_path), "--learner", "bob", "--pack", str(mini_pack_path)]) == 1
    assert "(learners: ann); add --learner ann" in capsys.readouterr().err


# -- the application layer


def test_weakest_cards_name_their_figure_as_the_chance_of_recall(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    talk = Conversation(services)
    talk.start()
    talk.handle("zebra crossing")
    progress = services.progress()
    services.close()
    [weak] = progress.weakest
    long = replace(weak, prompt="Which of the many long-winded wordings of this question " * 3, lapses=12)
    text = progress_text(replace(progress, weakest=(long,)))
    heading = next(line for line in text.splitlines() if line.startswith("Weakest cards"))
    assert "recall" in heading and "forgotten" not in heading
    first = text.splitlines()[text.splitlines().index(heading) + 1]
    assert first.split()[1] == "recall" and first.split()[0].endswith("%")
    assert len(first) <= 74  # fits the Progress body of an 80-column terminal (scrollbar, padding): no wrap


def test_undo_keeps_the_header_where_it_was_before_the_answer(mini_pack_path, db_path, clock):
    """A learning card answered, then undone: the header counted it as one of the day's new
    cards (the queue of the card picked after it), one card short."""
    services = open_services(mini_pack_path, db_path, clock, new_limit=3)
    talk = Conversation(services)
    talk.start()
    first = talk.card.id
    talk.handle("zebra crossing")  # wrong: learning, back in a minute
    clock.advance(minutes=2)
    while talk.card.id != first:
        talk.command("skip")
    before = talk.welcome().splitlines()[1]
    talk.handle("zebra crossing again")
    assert talk.card is not None and talk.card.id != first
    talk.command("undo")
    assert talk.card.id == first
    after = talk.welcome().splitlines()[1]
    services.close()
    assert after.split(" · ")[1:3] == before.split(" · ")[1:3]  # "N left", "M learning"


# -- the app (Pilot)


async def test_down_in_the_find_box_goes_to_the_card_list(mini_pack_path, db_path, clock):
    from textual.widgets import Input

    from studybot.tui.app import build_app
    from studybot.tui.cards import CardList

    from .test_app import started
    from .test_tui_cards import open_cards

    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await open_cards(pilot, app)
        assert isinstance(app.focused, Input)
        await pilot.press("down")
        assert isinstance(app.focused, CardList) and app.focused.highlighted == 0
        await pilot.press("down")  # in the list, Down moves in it
        assert app.focused.highlighted == 1


async def test_the_apps_summary_names_its_own_key_to_go_on(mini_pack_path, db_path, clock):
    from studybot.tui.app import build_app

    from .test_app import bubbles, started, wait_for

    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer").value = "/end"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "summary"))
        [summary] = bubbles(app, "summary")
        assert "9 left: press F2 (or type /go) to go on." in summary
        assert "in the app" not in summary


async def test_the_progress_key_bar_says_the_figures_scroll(mini_pack_path, db_path, clock):
    from studybot.tui.app import build_app
    from studybot.tui.screens import ProgressScreen
    from studybot.tui.widgets import KeyBar

    from .test_app import started, wait_for

    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen.shown >= 1)
        await pilot.pause(0.1)
        assert "PgUp PgDn scroll" in app.screen.query_one(KeyBar).shown()
        body = app.screen.query_one("#progress-body")
        assert body.max_scroll_y > 0  # at 80x24 there is more below
        await pilot.press("down")
        assert await wait_for(pilot, lambda: body.scroll_y > 0)  # and the keys shown do scroll it


def test_the_grades_you_overrode_are_named_by_their_prompt(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    talk = Conversation(services)
    talk.start()
    prompt = talk.card.prompt
    talk.handle("zebra crossing")
    talk.command("right")  # "I was right"
    text = progress_text(services.progress())
    services.close()
    lines = text.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.startswith("Grades you overrode"))
    assert lines[heading + 1].split(None, 1) == ["1/1", prompt]  # not the card id, which a learner never sees
