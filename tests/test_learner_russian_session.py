"""What a learner and an instructor stumbled on in a Russian session (round 7): requests said in
Russian (or in everyday English) graded as answers, a question asked in the other language
graded as an answer, how to answer said in English under a Russian question, a wrapped keypoint
line losing its indent; each test fails before its fix."""

from __future__ import annotations

import pytest

from studybot.conversation import Conversation, said
from studybot.core.language import asks_in_any
from studybot.core.session import SessionOptions
from studybot.core.tutor.intents import match_intent
from studybot.present import points_text
from studybot.tui.app import build_app

from .test_app import answer, bubbles, rows, started
from .test_conversation import open_services

RUSSIAN_PACK = """\
format: 1
id: ru-mini
title: Мини-набор
language: ru
sections:
  - id: kisloty
    title: Кислоты
    notes: |
      Серная кислота имеет формулу H2SO4.
      Лакмус в кислой среде краснеет.
  - id: indikatory
    title: Индикаторы
    notes: |
      Фенолфталеин в щелочной среде становится малиновым.
cards:
  - id: sernaya
    section: kisloty
    kind: short
    prompt: Какова формула серной кислоты?
    answer: H2SO4
    explanation: Серная кислота — H2SO4.
  - id: fenolftalein
    section: indikatory
    kind: short
    prompt: Какой становится окраска фенолфталеина в щелочной среде?
    answer: Малиновой (фенолфталеин краснеет)
    explanation: В щелочной среде фенолфталеин малиновый.
  - id: silnye
    section: kisloty
    kind: list
    prompt: Назовите две сильные кислоты.
    answer: Серная и соляная
    keypoints: [серная, соляная, азотная]
    need: 2
    tags: [sila]
  - id: lakmus
    section: indikatory
    kind: choice
    prompt: Какой цвет у лакмуса в кислой среде?
    options: [красный, синий]
    answer: красный
    tags: [sila]
"""


@pytest.fixture
def russian_pack(tmp_path):
    path = tmp_path / "ru-mini.yaml"
    path.write_text(RUSSIAN_PACK, encoding="utf-8")
    return path


# -- requests said in words, in Russian and in everyday English


@pytest.mark.parametrize(("line", "meant"), [
    ("не знаю", "show"), ("Я не знаю", "show"), ("понятия не имею", "show"), ("сдаюсь", "show"),
    ("покажи ответ", "show"), ("подсказка", "hint"), ("Дай подсказку", "hint"), ("можно подсказку?", "hint"),
    ("пропустить", "skip"), ("дальше", "skip"), ("почему?", "why"), ("А почему", "why"), ("объясни", "why"),
    ("I dunno", "show"), ("I'm not sure", "show"), ("I have no idea", "show"), ("I don't remember", "show"),
])
def test_a_request_in_russian_or_everyday_english_is_recognised(line, meant):
    assert said(line) == meant


@pytest.mark.parametrize("line", ["серная кислота", "почему серная кислота сильная?", "нет", "не H2SO4",
                                  "следует из формулы", "not sure at all what", "пропускает ток"])
def test_answers_and_questions_are_not_taken_for_requests(line):
    assert said(line) is None


def test_quiz_me_in_russian_names_its_topic():
    assert match_intent("проверь меня по индикаторам") == ("quiz", "индикаторам")
    assert match_intent("давай повторим тему индикаторы") == ("quiz", "индикаторы")
    assert match_intent("проверь формулу") == ("quiz", "формулу")  # a topic the tutor then looks for
    assert match_intent("повторить опыт") is None  # an answer, not a request


def test_i_dont_know_in_russian_shows_the_answer_and_is_not_recorded_as_an_answer(russian_pack, db_path, clock):
    services = open_services(russian_pack, db_path, clock)
    talk = Conversation(services)
    talk.start()
    card = talk.card
    messages = talk.handle("не знаю")
    services.close()
    assert card is not None and card.answer in messages[0].text
    assert "Засчитано как «не знаю»" in messages[0].text  # said in the pack's language (round 9)
    assert rows(db_path, "SELECT answer FROM reviews") != [("не знаю",)]  # not stored as a wrong answer


def test_a_question_in_the_other_language_goes_to_the_tutor(russian_pack, mini_pack_path, db_path, clock, tmp_path):
    services = open_services(russian_pack, db_path, clock)
    talk = Conversation(services)
    talk.start()
    messages = talk.handle("what is the capital of France?")
    services.close()
    assert [m.kind for m in messages] == ["decline", "system"]  # not graded: the question waits
    services = open_services(mini_pack_path, tmp_path / "en.db", clock)
    talk = Conversation(services)
    talk.start()
    messages = talk.handle("кто такой Олсен?")
    services.close()
    assert messages[0].kind in ("reply", "decline") and messages[-1].kind == "system"
    assert rows(tmp_path / "en.db", "SELECT count(*) FROM reviews") == [(0,)]


async def test_a_hint_asked_in_russian_in_the_app_is_a_hint_not_a_wrong_answer(russian_pack, db_path, clock):
    app = build_app(russian_pack, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        app.screen.query_one("#answer").value = "подсказка"
        await pilot.press("enter")
        from .test_app import wait_for

        assert await wait_for(pilot, lambda: bubbles(app, "hint") or bubbles(app, "wrong"))
        assert bubbles(app, "hint") and not bubbles(app, "wrong")
        await answer(pilot, app, "H2SO4")
        assert bubbles(app, "right")
    assert rows(db_path, "SELECT answer FROM reviews") == [("H2SO4",)]


# -- finding 11: a verdict's wrapped keypoint line keeps its hanging indent


def test_a_wrapped_item_line_keeps_its_indent():
    from studybot.tui.widgets import hanging

    text = "✗ Not right.\n  ✓ the moratorium lasted eighteen months (you: moratorium)\nSource: The port"
    assert hanging(text, 30).split("\n") == [
        "✗ Not right.", "  ✓ the moratorium lasted", "    eighteen months (you:", "    moratorium)",
        "Source: The port"]
    assert hanging("  How it was judged: a figure that is too long", 25).split("\n") == [
        "  How it was judged: a", "  figure that is too long"]
    assert hanging(text, 80) == text  # what fits is left alone


async def test_a_wrapped_keypoint_line_is_indented_on_screen(mini_pack_path, db_path, clock):
    from studybot.core.session import SessionOptions
    from studybot.tui.widgets import Bubble

    from .test_app import wait_for

    app = build_app(mini_pack_path, db_path, "ann", clock=clock, options=SessionOptions(tag="argument"))
    async with app.run_test(size=(40, 30)) as pilot:
        await started(pilot, app)
        await answer(pilot, app, "exports fell")
        verdict = app.screen.query(Bubble).filter(".wrong").first()
        assert await wait_for(pilot, lambda: verdict.size.height > 0)
        await pilot.pause(0.1)
        rows_drawn = [strip.text.rstrip() for strip in verdict.render_lines(verdict.size.region)]
        rows_drawn = [row[1:] if row[:1] not in (" ", "") and not row[:1].isalnum() else row
                      for row in rows_drawn]  # the border
        point = next(i for i, row in enumerate(rows_drawn) if "✓ fish exports" in row)
        assert "(you: fell)" not in rows_drawn[point], rows_drawn  # wrapped at this width
        assert rows_drawn[point + 1].lstrip().startswith(("(you", "fell")), rows_drawn
        indent = len(rows_drawn[point]) - len(rows_drawn[point].lstrip())
        assert rows_drawn[point + 1].startswith(" " * (indent + 2) + rows_drawn[point + 1].lstrip()[:1]), rows_drawn
        last_word = verdict.text.split()[-1]
        assert last_word in " ".join(rows_drawn[-3:]), rows_drawn  # laid out as tall as drawn: nothing cut off


# -- how to type the answer is said in the pack's language


def test_how_many_points_is_said_with_the_russian_plural():
    assert [points_text(n, "ru") for n in (1, 2, 5, 11, 21, 22, 112)] == [
        "(назовите 1 пункт)", "(назовите 2 пункта)", "(назовите 5 пунктов)", "(назовите 11 пунктов)",
        "(назовите 21 пункт)", "(назовите 22 пункта)", "(назовите 112 пунктов)"]
    assert points_text(1) == "(give 1 point)" and points_text(3, "en") == "(give 3 points)"


async def test_a_russian_question_says_how_to_answer_in_russian(russian_pack, db_path, clock):
    app = build_app(russian_pack, db_path, "ann", clock=clock, options=SessionOptions(tag="sila"))
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        [first] = bubbles(app, "tutor")
        assert "Назовите две сильные кислоты.\n(назовите 2 пункта)  — Кислоты" in first
        await answer(pilot, app, "серная и азотная")
        choice = bubbles(app, "tutor")[-1]
        assert "(введите букву или вариант)" in choice
        assert "(give" not in " ".join(bubbles(app)) and "(type" not in " ".join(bubbles(app))


# -- Progress and `studybot stats` (in the pack's language): a prompt cut to fit says it was cut


def test_a_cut_prompt_in_the_progress_figures_ends_with_an_ellipsis(russian_pack, db_path, clock):
    from .test_cli import run

    services = open_services(russian_pack, db_path, clock)
    talk = Conversation(services)
    talk.start()
    while talk.card is not None and talk.card.id != "fenolftalein":
        talk.handle(talk.card.answer)
    talk.handle("синей")  # wrong, then overruled
    talk.command("right")
    services.close()
    done = run("stats", "--pack", str(russian_pack), "--db", str(db_path), "--learner", "ann")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[4].startswith("Раздел ") and "Section" not in done.stdout  # the Progress mode's Russian words
    weak = [line for line in lines if "шанс  Какой становится" in line]
    assert weak and "Какой становится окраска фенолфталеина в…" in weak[0], lines  # cut at a word, marked
    overruled = [line for line in lines if line.startswith("  1/1  ")]
    assert overruled == ["  1/1  Какой становится окраска фенолфталеина в щелочной среде?"]  # whole when it fits


# -- validate: what to write instead


def test_an_id_with_a_cyrillic_letter_names_the_letter():
    from .test_packs import CARD, HEAD, problems_of

    [problem] = problems_of(HEAD + CARD.replace("section: s1", "section: sі"))  # a Ukrainian "і"
    assert "must be Latin letters ('і' is not one)" in problem.message


def test_the_four_digit_fix_is_said(tmp_path):
    from .test_packs import HEAD, problems_of

    card = ("  - id: c1\n    section: s1\n    kind: date\n    prompt: When?\n    answer: In 863\n"
            "    date: \"863-06\"\n")
    [problem] = problems_of(HEAD + card)
    assert problem.message.endswith("(a year before 1000 takes four digits: '0863-06')")


# -- Cards (F6): a cloze card is listed with its text, not only its prompt


async def test_a_cloze_card_is_listed_with_its_text(mini_pack_path, db_path, clock):
    from .test_tui_cards import listed, open_cards

    app = build_app(mini_pack_path, db_path, "ann", clock=clock)
    async with app.run_test(size=(120, 40)) as pilot:
        await started(pilot, app)
        await open_cards(pilot, app)
        [cloze] = [line for line in listed(app) if "Fill in the blanks." in line]
        assert "Fill in the blanks. The port handled ____ million tonnes; the harbour master is ____." in cloze
        assert "42" not in cloze and "Olsen" not in cloze  # the blanks give nothing away


# -- F1 and /help name the Russian requests


async def test_help_names_the_requests_a_russian_learner_can_say(russian_pack, db_path, clock):
    from studybot.tui.screens import HelpScreen

    from .test_app import wait_for

    app = build_app(russian_pack, db_path, "ann", clock=clock)
    async with app.run_test(size=(80, 24)) as pilot:
        await started(pilot, app)
        await pilot.press("f1")
        assert await wait_for(pilot, lambda: isinstance(app.screen, HelpScreen))
        text = str(app.screen.query_one("#help Static").render())
        # in the pack's language first, then the other's (round 22: the app speaks the pack's language)
        assert "подсказка · пропустить · не знаю · покажи ответ · почему" in text and "по-английски: hint" in text
        await pilot.press("escape")
        assert await wait_for(pilot, lambda: not isinstance(app.screen, HelpScreen))
        app.screen.query_one("#answer").value = "/help"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: any("Команды:" in b for b in bubbles(app, "system")))
        assert "«не знаю»" in bubbles(app, "system")[-1] and '"I don\'t know"' not in bubbles(app, "system")[-1]


# -- the first hint counts the words to give, not an aside in brackets


def test_the_first_hint_does_not_count_an_aside_in_brackets(russian_pack):
    from .test_cli import run

    done = run("show", str(russian_pack), "fenolftalein")
    assert done.returncode == 0, done.stderr
    assert "Подсказка: 1 слово, начинается с «М»" in done.stdout, done.stdout  # in the pack's language (round 9)


@pytest.mark.parametrize(("line", "asks"), [
    ("Какую формулу имеет серная кислота?", True),  # a case of "какой"
    ("Кому Пётр отдал флот?", True),
    ("Каких учёных пригласили?", True),
    ("Насколько выросли цены?", True),
    ("больше, чем у соседей?", False),  # an unsure answer: "чем" compares here
    ("серная кислота?", False),
])
def test_a_question_word_in_any_case_makes_a_line_a_question(line, asks):
    assert asks_in_any(line) is asks


@pytest.mark.parametrize("written", ["-0211", "212 BC", "212 до н. э."])
def test_a_date_bc_is_told_how_to_write(written):
    from .test_packs import HEAD, problems_of

    card = ("  - id: c1\n    section: s1\n    kind: date\n    prompt: When did he die?\n    answer: 212 BC\n"
            f"    date: \"{written}\"\n")
    [problem] = problems_of(HEAD + card)
    assert problem.message.endswith("(a date BC is written on a `short` card whose answer is the date: '44 BC')")
