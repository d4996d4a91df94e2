"""What a learner and an instructor stumbled on when using studybot (round 10, ux10); each test
fails before its fix."""

from __future__ import annotations

from studybot.core.packs import Card
from studybot.present import hint_text

from .test_learner_russian_session import russian_pack  # noqa: F401 - a fixture

# -- a hint gave a cloze card's figures away: "Подсказка: первый пропуск: 46", then "46, 23, д_________"


def cloze(text: str, *blanks: str) -> Card:
    return Card(id="c", section="s", kind="cloze", prompt="", answer=", ".join(blanks), text=text,
                blanks=tuple((b,) for b in blanks))


def test_a_cloze_cards_hints_keep_its_figures_back():
    chromosomes = cloze("В клетке {{46}} хромосом, это {{23}} пары; такой набор — {{диплоидный}}.",
                        "46", "23", "диплоидный")
    assert hint_text(chromosomes, 1, "ru") == "Подсказка: первый пропуск: 4_"
    assert hint_text(chromosomes, 2, "ru") == "Подсказка: 4_, 2_, д_________"
    assert hint_text(chromosomes, 3, "ru") == "Подсказка: 4_, 2_, дипло_____"
    tower = cloze("Smeaton built his tower of {{granite}}; it was lit in {{1759}}.", "granite", "1759")
    assert hint_text(tower, 2) == "Hint: g______, 1___"
    assert hint_text(tower, 3) == "Hint: gra____, 17__"


def test_a_short_answers_figure_is_not_given_whole_by_a_hint(mini_pack):
    from dataclasses import replace

    version = replace(mini_pack.card("harbour-master"), answer="Helsinki 2.0")
    assert hint_text(version, 2) == "Hint: H_______ 2._"
    assert hint_text(mini_pack.card("harbour-master"), 2) == "Hint: M____ O____"  # no figure: as before


# -- `report --suggest` proposed one answer both as `accept` (two learners overrode it as right) and as a
# mistake (others gave it without overruling): the instructor is told to accept it and to fail it


def _class(folder, pack, overriders: int, others: int) -> list[str]:
    """Databases of learners who all answer every card right but 'founded', where they write 'mid-June 1788'
    (graded wrong): the first `overriders` overrule the grade, the next `others` do not."""
    from studybot.core.scheduling import Scheduling
    from studybot.core.session import StudySession
    from studybot.core.store import Store

    from .conftest import FixedClock
    from .test_session import RIGHT

    paths = []
    for n in range(overriders + others):
        path = folder / f"learner{n}.db"
        store = Store.open(path)
        session = StudySession(pack, store, f"learner{n}", clock=FixedClock(), scheduling=Scheduling(fuzz=False))
        for _ in range(len(pack.cards)):
            card = session.next_card()
            session.answer("mid-June 1788" if card.id == "founded" else RIGHT[card.id], card)
            if card.id == "founded" and n < overriders:
                session.override(True)
        store.close()
        paths.append(str(path))
    return paths


def test_an_answer_proposed_as_right_is_not_proposed_as_a_mistake_too(tmp_path, mini_pack):
    from studybot.core.items import analyse, suggestions

    from .conftest import FixedClock

    databases = _class(tmp_path, mini_pack, overriders=2, others=3)
    result = analyse(mini_pack, databases, FixedClock()())
    founded = next(i for i in result.cards if i.base.card_id == "founded")
    assert ("mid-June 1788", 3) in founded.wrong_answers  # given wrong, unoverruled, three times: a mistake's case
    patch = next(p for p in suggestions(mini_pack, result) if p.card_id == "founded")
    assert [text for text, _ in patch.accept] == ["mid-June 1788"]
    assert patch.accept[0][1] == "overridden as right by 2 learners (2 answers)"
    assert [text for text, _ in patch.mistakes] == []


def test_the_reports_csv_counts_one_learner_as_one(tmp_path, mini_pack_path):
    import csv
    import io

    from studybot.core.packs import load_pack

    from .cli import run

    databases = _class(tmp_path, load_pack(mini_pack_path), overriders=1, others=1)
    result = run("report", *databases, "--csv")
    assert result.returncode == 0, result.stderr
    rows = {row["card"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["founded"]["overridden_answers"] == "mid-June 1788 (right, 1 learner)"


# -- a Russian pack's answer line, Ask mode and line mode said how to answer in English ("Type your answer and
# press Enter ...") under Russian questions; the summary said "за 0 мин 57 с"


def test_a_session_under_a_minute_is_said_in_seconds():
    from datetime import UTC, datetime

    from studybot.present import summary_text

    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert summary_text(3, 2, 57.4, None, now).startswith("Session done: 3 answers, 2 right (66%), in 57 s.\n")
    assert "за 57 с." in summary_text(3, 2, 57, None, now, language="ru")
    assert "in 1 min 37 s." in summary_text(3, 2, 97, None, now)
    assert "за 1 мин 0 с." in summary_text(3, 2, 60, None, now, language="ru")


async def test_a_russian_packs_answer_line_and_ask_mode_say_how_to_answer_in_russian(
        russian_pack, db_path, clock):  # noqa: F811
    from textual.widgets import Input, Static

    from studybot.tui.app import build_app

    from .test_app import started, wait_for

    app = build_app(russian_pack, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        line = app.screen.query_one("#answer", Input)
        assert line.placeholder == "Введите ответ и нажмите Enter · с ? в конце — вопрос · /help"
        line.value = "/end"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: line.placeholder.startswith("Вопрос (с ? в конце)"))
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: app.screen.query("#question") and app.focused is app.screen.query_one(
            "#question"))  # focused last when the Ask mode resumes: its intro and line are set
        assert str(app.screen.query_one("#intro", Static).render()).startswith("Спросите о тексте что угодно")
        assert app.screen.query_one("#question", Input).placeholder == "Ваш вопрос, затем Enter"


def test_the_line_mode_says_how_to_answer_in_the_packs_language(
        russian_pack, mini_pack_path, db_path, clock, tmp_path):  # noqa: F811
    from .test_present import run

    russian = run(russian_pack, db_path, clock, "")
    assert "\nВведите ответ и нажмите Enter; строка с ? в конце — вопрос; /help — команды" in russian
    assert "Type your answer" not in russian
    english = run(mini_pack_path, tmp_path / "en.db", clock, "")
    assert "\nType your answer and press Enter; end a line with ? to ask; /help lists commands" in english


# -- `studybot validate`: a choice answer written "Wood" for the option "wood" was refused without saying which
# option was meant


def test_a_choice_answer_that_is_not_an_option_names_the_nearest_option(tmp_path):
    from .cli import edited_mini_pack, run

    path, line = edited_mini_pack(tmp_path, "    answer: the church\n", "    answer: The Church\n")
    result = run("validate", str(path))
    assert result.returncode == 1
    [error] = [x for x in result.stdout.splitlines() if "who-built" in x]
    assert error.startswith(f"{path}:{line}:") and error.endswith("written exactly the same (did you mean 'the "
                                                                   "church'?)")
    path, _ = edited_mini_pack(tmp_path, "    answer: the church\n", "    answer: the town hall\n", "far.yaml")
    [error] = [x for x in run("validate", str(path)).stdout.splitlines() if "who-built" in x]
    assert error.endswith("written exactly the same")  # nothing close: no guess


# -- keys that came in one read with Enter (a fast typist, keys that waited while the app was busy, a slow remote
# link) were typed into the answer before it was submitted: "marta olsen⏎xy" was graded as "marta olsenxy"


async def _burst(app, text: str) -> None:
    """`text` as keys posted at once, as a terminal read delivers them, without waiting for each."""
    from textual import events

    for char in text:
        key = "enter" if char == "\r" else "space" if char == " " else char
        app.post_message(events.Key(key, char))


async def test_keys_after_enter_in_one_read_are_not_part_of_the_answer(mini_pack_path, db_path, clock):
    from textual.widgets import Input

    from studybot.tui.app import build_app

    from .test_app import bubbles, started, wait_for

    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await _burst(app, "marta olsen\rxy")
        line = app.screen.query_one("#answer", Input)
        assert await wait_for(pilot, lambda: len(bubbles(app, "tutor")) == 2 and not line.disabled)  # turn shown
        assert bubbles(app, "learner") == ["marta olsen"]
        assert app.screen.query_one("#answer", Input).value == "xy"  # typed ahead: kept for the next question
        await pilot.press("f3")
        assert await wait_for(pilot, lambda: app.screen.query("#question") and app.focused is app.screen.query_one(
            "#question"))  # the keys below go to the question line
        await _burst(app, "who is the harbour master?\rwh")
        assert await wait_for(pilot, lambda: bubbles(app, "learner"))
        assert bubbles(app, "learner") == ["who is the harbour master?"]
        assert app.screen.query_one("#question", Input).value == "wh"


# -- "what's due" on a Russian pack: "(на изучении 2, 0 повторений, новых 17)", the figure before one word and
# after the others


def test_whats_due_in_russian_puts_every_figure_after_its_word(russian_pack, db_path, clock):  # noqa: F811
    from studybot.conversation import Conversation

    from .test_conversation import open_services

    services = open_services(russian_pack, db_path, clock)
    try:
        talk = Conversation(services)
        talk.start()
        [reply] = talk.handle("/due")
    finally:
        services.close()
    assert reply.text == "Осталось в этом занятии кроме этого вопроса: 3 (на изучении 0, повторений 0, новых 3)."


def test_the_first_hint_of_a_list_or_order_card_keeps_its_figures_back(mini_pack):
    """The nudge named the first keypoint with its figure whole ("one is about: s____ m___ t___ 120 y____"), and
    one point wanted as "1 points are wanted"."""
    from dataclasses import replace

    from studybot.core.packs import Keypoint

    facts = replace(mini_pack.card("port-facts"), keypoints=(Keypoint("stood more than 120 years"),
                                                             Keypoint("rebuilt on the Hoe")), need=1)
    assert hint_text(facts, 1) == "Hint: 1 point is wanted, for example: s____ m___ t___ 1__ y____"  # not "1 points"
    assert hint_text(facts, 1, "ru") == "Подсказка: нужно назвать 1 пункт, например: s____ m___ t___ 1__ y____"
    both = replace(facts, need=2)
    assert hint_text(both, 1) == "Hint: 2 points are wanted; one is about: s____ m___ t___ 1__ y____"
    steps = Card(id="o", section="s", kind="order", prompt="Order them.", answer="",
                 items=("1703 storm", "1759 lighting"))
    assert hint_text(steps, 1) == "Hint: the first is 1___ s____"


# -- a pack that cannot be studied: the error said "choose another pack (F5)", but the key bar still offered Hint,
# Skip, Show answer, I was right and I was wrong, keys that do nothing without a session


async def test_a_session_that_could_not_start_offers_no_study_keys(tmp_path, db_path, clock):
    from studybot.tui.app import build_app
    from studybot.tui.widgets import KeyBar

    from .cli import edited_mini_pack
    from .test_app import bubbles, started

    broken, _ = edited_mini_pack(tmp_path, "    section: history\n", "    section: histroy\n")
    app = build_app(broken, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        assert "cannot be studied" in bubbles(app, "error")[0]
        await pilot.pause(0.05)
        assert app.screen.query_one(KeyBar).shown() == "^q Quit"
