"""What a colleague noticed driving the app as a learner (round 10, ux10 findings 10-14), fixed in round 11;
each test fails before its fix."""

from __future__ import annotations

import re

from textual.widgets import Input, ListView

from studybot.conversation import Conversation
from studybot.tui.app import build_app
from studybot.tui.screens import PacksScreen, ProgressScreen

from .test_app import answer, bubbles, started, wait_for
from .test_conversation import FIRST, SECOND, open_services, reviews
from .test_learner_russian_session import russian_pack  # noqa: F401 - a fixture

# -- the Progress mode's "Due" column said 0 for every section while its header said "today: 8 left"


def _last_column(table: str) -> tuple[str, list[int]]:
    """(the section table's last heading, the figure of each section row)."""
    head, *rows = table.splitlines()
    return head.split()[-1], [int(row.split()[-1]) for row in rows if not row.startswith("…")]


async def test_the_progress_sections_count_what_the_session_has_left_as_its_header_does(
        mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(100, 40)) as pilot:
        await started(pilot, app)
        await answer(pilot, app, "Jan Berg")  # wrong: the card is being learned, due again within the session
        await pilot.press("f4")
        assert await wait_for(pilot, lambda: isinstance(app.screen, ProgressScreen) and app.screen.shown >= 1)
        summary = str(app.screen.query_one("#summary").render())
        left = int(re.search(r"today: (\d+) left", summary).group(1))
        heading, figures = _last_column(str(app.screen.query_one("#sections").render()))
    assert heading == "Left" and len(figures) == 2
    assert left > 0 and sum(figures) == left  # the learning card and the new ones, section by section


def test_the_sections_left_add_up_to_the_queue_within_the_days_limits(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock, new_limit=3)
    try:
        talk = Conversation(services)
        talk.start()
        talk.handle("Jan Berg")  # the first card failed: learning, due in a minute
        session = services.session
        by_section = session.queue_by_section()
        queue = session.queue()
    finally:
        services.close()
    assert queue.learning == 1 and queue.new == 1  # 3 new a day: 2 asked (one being asked now), 1 left
    assert sum(by_section.values()) == queue.total and set(by_section) <= {"port", "history"}


def test_stats_without_a_session_names_its_column_for_the_cards_due_now(mini_pack):
    from studybot.core.stats import SectionProgress
    from studybot.present_progress import section_table

    rows = [SectionProgress("port", "The port", 6, 2, 0, 1), SectionProgress("history", "History", 3, 0, 0, 0)]
    assert _last_column(section_table(rows)) == ("Due", [1, 0])
    with_session = [SectionProgress("port", "The port", 6, 2, 0, 1, left=5),
                    SectionProgress("history", "History", 3, 0, 0, 0, left=3)]
    assert _last_column(section_table(with_session)) == ("Left", [5, 3])


# -- after /end the question being asked stayed just above the summary, as if it were still waiting


def test_end_says_the_question_was_left_unanswered(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        ended = talk.handle("/end")
        again = talk.handle("/end")  # nothing is asked any more: nothing left unanswered
    finally:
        services.close()
    assert [m.kind for m in ended] == ["system", "summary"]
    assert ended[0].text == f"Left unanswered, not counted (it will be asked again): {FIRST}"
    assert not any("unanswered" in m.text for m in again)


def test_end_names_the_question_being_asked_not_one_answered(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        talk.handle("Marta Olsen")
        ended = talk.handle("/end")
    finally:
        services.close()
    assert [m.kind for m in ended] == ["system", "summary"]
    assert ended[0].text.endswith(f"(it will be asked again): {SECOND}")


async def test_the_app_shows_the_question_left_unanswered_before_the_summary(mini_pack_path, db_path, clock):
    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer", Input).value = "/end"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "summary"))
        kinds = [(b.kind, b.text) for b in app.screen.query("Bubble")]
    question = next(i for i, (kind, _) in enumerate(kinds) if kind == "tutor")
    assert kinds[question + 1] == ("system", f"Left unanswered, not counted (it will be asked again): {FIRST}")
    assert kinds[question + 2][0] == "summary"


def test_russian_end_says_so_in_russian(russian_pack, db_path, clock):  # noqa: F811
    services = open_services(russian_pack, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        asked = talk.card.prompt
        ended = talk.handle("/end")
    finally:
        services.close()
    assert ended[0].text == f"Оставлено без ответа и не засчитано (вопрос будет задан снова): {asked}"


# -- "quiz me on ..." typed while a question waited dropped that question without a word


def test_a_quiz_asked_for_while_a_question_waits_says_the_question_was_left(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        talk.handle("hint")
        quiz = talk.handle("quiz me on history")
        assert talk.card is not None and talk.card.section == "history"
        same = talk.handle("quiz me on history")  # its first question is the one waiting: nothing is dropped
        recorded = reviews(services)
    finally:
        services.close()
    assert quiz[0].text == f"Left unanswered, not counted (it will be asked again): {FIRST}"
    assert quiz[1].text == "Quiz on History:" and quiz[2].kind == "tutor"
    assert same[0].text == "Quiz on History:"
    assert recorded == []  # nothing was graded


# -- a lone "?" was graded "✗ Not right. No answer given." and counted Again


def test_a_lone_question_mark_says_what_can_be_typed_and_is_never_graded(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        said = [talk.handle(line) for line in ("?", "??", " ? ! ", "？")]
        still = talk.card.prompt
        recorded = reviews(services)
        talk.handle("/end")
        idle = talk.handle("?")
    finally:
        services.close()
    for messages in said:
        [message] = messages
        assert message.kind == "system" and message.text.startswith("Type your answer and press Enter.")
        assert '"hint"' in message.text and '"I don\'t know"' in message.text and "/help" in message.text
    assert recorded == [] and still == FIRST  # not graded, and the question still waits
    [message] = idle
    assert message.kind == "system" and message.text.startswith("No question is waiting.")


def test_a_question_mark_after_words_is_still_an_answer_or_a_question(mini_pack_path, db_path, clock):
    services = open_services(mini_pack_path, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        offered = talk.handle("Marta Olsen?")  # an answer the learner is unsure of: graded
    finally:
        services.close()
    assert offered[0].kind == "right"


def test_a_lone_question_mark_on_a_russian_pack_lists_the_russian_sayings(russian_pack, db_path, clock):  # noqa: F811
    services = open_services(russian_pack, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        [message] = talk.handle("?")
    finally:
        services.close()
    assert message.text.startswith("Введите ответ и нажмите Enter.") and "«подсказка», «пропустить»" in message.text


# -- F5 Packs showed a pack that a learner can study as "✗ 5 errors" (examples its grader judges otherwise)


async def test_the_packs_mode_says_a_pack_with_author_notes_can_be_studied(
        tmp_path, mini_pack_path, db_path, clock, monkeypatch):
    import studybot.paths

    own = tmp_path / "own.yaml"  # loads, but an example is listed wrong that the grader marks right
    own.write_text(mini_pack_path.read_text().replace("id: mini", "id: own", 1)
                   .replace("wrong: [Maria Olsson, the mayor]", "wrong: [Maria Olsson, the mayor, Marta Olsen]"))
    broken = tmp_path / "broken.yaml"  # does not load: a card's section is not one of the pack's
    broken.write_text(mini_pack_path.read_text().replace("id: mini", "id: broken", 1)
                      .replace("    section: history\n", "    section: histroy\n", 1))
    monkeypatch.setattr(studybot.paths, "bundled_packs", lambda: [broken])
    app = build_app(own, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("f5")
        assert await wait_for(pilot, lambda: isinstance(app.screen, PacksScreen) and app.screen.checked)
        items = [str(item.query_one("Static").render()) for item in app.screen.query_one(ListView).children]
        detail = str(app.screen.query_one("#pack-problems").render())
        app.screen.query_one(ListView).index = 1
        await pilot.pause()
        broken_detail = str(app.screen.query_one("#pack-problems").render())
    assert "✓ own.yaml" in items[0] and "error" not in items[0]
    assert items[1].endswith("Cannot be opened\n  ✗ broken.yaml")
    assert "ready to study" in detail and "error" not in detail and "1 note" in detail
    assert "own.yaml:" not in detail  # the instructor's lines are validate's
    assert "Enter: study this pack." in detail
    assert "cannot be opened" in broken_detail and "broken.yaml:" in broken_detail  # why it cannot be studied


def test_the_help_says_a_lone_question_mark_lists_what_can_be_typed():
    from studybot.tui.screens import help_text

    assert "\n  ?        on its own: what you can type (never graded)\n" in help_text()
