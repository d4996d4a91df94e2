"""A question asked instead of an answer is read with the card asked: "when did it come out?" on "Who printed the first
Tidewater Almanac?" asks when the almanac came out (issue of round 22), as do an elliptical "when?", "когда?". The card
asked lends its prompt's words only, never its answer (the learner has not given it yet); the card just graded is still
read first (what the learner has just read), and the card asked when that finds nothing. A reply from the card's own
section counts as a hint, as before. Made-up packs (a pond and an almanac, in two sections), English and Russian."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from studybot.conversation import Conversation
from studybot.core.packs import load_pack
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.about import elliptical, read_with
from studybot.services import AppConfig, Services
from studybot.tui.app import build_app

from .test_app import answer, bubbles, started, wait_for

PACKS = {
    "en": """\
sections:
  - id: pond
    title: Marrow Pond
    notes: |
      Marrow Pond is fourteen metres deep at its centre.
  - id: almanac
    title: The almanac
    notes: |
      The Tidewater Almanac first came out in 1821.
      Jonas Pell printed the first Tidewater Almanac in his shop on Quay Lane.
cards:
  - id: pond
    section: pond
    kind: short
    prompt: How deep is Marrow Pond at its centre?
    answer: fourteen metres
  - id: printer
    section: almanac
    kind: short
    prompt: Who printed the first Tidewater Almanac?
    answer: Jonas Pell
""",
    "ru": """\
sections:
  - id: pond
    title: Пруд Марроу
    notes: |
      Глубина пруда Марроу в середине составляет четырнадцать метров.
  - id: almanac
    title: Альманах
    notes: |
      Альманах «Прилив» впервые вышел в 1821 году.
      Первый альманах «Прилив» напечатал Иона Пелл в своей лавке на Причальной улице.
cards:
  - id: pond
    section: pond
    kind: short
    prompt: Какова глубина пруда Марроу в середине?
    answer: четырнадцать метров
  - id: printer
    section: almanac
    kind: short
    prompt: Кто напечатал первый альманах «Прилив»?
    answer: Иона Пелл
""",
}
CAME_OUT = {"en": "The Tidewater Almanac first came out in 1821.", "ru": "Альманах «Прилив» впервые вышел в 1821 году."}
POND = {"en": "fourteen metres", "ru": "четырнадцать метров"}


def write_pack(folder: Path, language: str, first: str = "pond") -> Path:
    head, cards = PACKS[language].split("cards:\n")
    blocks = ["  - id:" + b for b in cards.split("  - id:")[1:]]
    blocks.sort(key=lambda b: not b.startswith(f"  - id: {first}\n"))  # the card `first` is asked first
    path = folder / f"tidewater-{language}-{first}.yaml"
    path.write_text(f"format: 1\nid: tidewater-{language}\ntitle: Tidewater\nlanguage: {language}\n{head}cards:\n"
                    + "".join(blocks), encoding="utf-8")
    return path


@pytest.fixture
def study(tmp_path, clock):
    opened: list[Services] = []

    def start(language: str, first: str = "pond") -> Conversation:
        services = Services(AppConfig(write_pack(tmp_path, language, first), tmp_path / f"p{len(opened)}.db", "ann",
                                      clock))
        services.open()
        opened.append(services)
        talk = Conversation(services)
        talk.start()
        return talk

    yield start
    for services in opened:
        services.close()


# ----------------------------------------------------------------- the rule, as a table


@pytest.mark.parametrize(("language", "question", "short"), [
    ("en", "when?", True), ("en", "where?", True), ("en", "why?", True), ("en", "how many?", True),
    ("ru", "когда?", True), ("ru", "почему?", True), ("ru", "где?", True), ("ru", "сколько?", True),
    ("en", "ok?", False),  # asks nothing
    ("en", "when did the Tidewater Almanac come out?", False),  # says what it asks about
    ("ru", "когда вышел альманах?", False),
])
def test_which_questions_are_elliptical(tmp_path, language, question, short):
    tutor = Tutor(load_pack(write_pack(tmp_path, language)), cache=False)
    text = normalise(question)
    assert elliptical(tutor.analyser, text, tutor.analyser.question(question, text)) is short


@pytest.mark.parametrize("language", ["en", "ru"])
def test_the_card_asked_lends_its_prompt_never_its_answer(tmp_path, language):
    pack = load_pack(write_pack(tmp_path, language))
    tutor = Tutor(pack, cache=False)
    card = next(c for c in pack.cards if c.id == "printer")
    question = "when did it come out?" if language == "en" else "а когда он вышел?"
    text = normalise(question)
    asked = tutor.analyser.question(question, text)
    answer_stem = tutor.words.stem("pell" if language == "en" else "пелл")
    unanswered = read_with(tutor.analyser, text, asked, card, answered=False)
    answered = read_with(tutor.analyser, text, asked, card)
    assert unanswered is not None and answered is not None
    assert not any(answer_stem in u.strong or answer_stem == u.stem for u in unanswered.units)
    assert any(answer_stem in u.strong or answer_stem == u.stem for u in answered.units)


# ----------------------------------------------------------------- in a study session


@pytest.mark.parametrize(("language", "question"), [
    ("en", "when did it come out?"), ("en", "when?"), ("ru", "а когда он вышел?"), ("ru", "когда?")])
def test_a_question_instead_of_an_answer_is_about_the_card_asked(study, language, question):
    talk = study(language, first="printer")
    messages = talk.handle(question)
    assert messages[0].kind == "reply" and CAME_OUT[language] in messages[0].text
    assert talk.read_source  # the card's own section: a hint, as before
    if " " not in question:  # read alone, "when?" names nothing to look up
        assert talk.services.tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("language", "question"), [("en", "when did it come out?"), ("ru", "а когда он вышел?")])
def test_when_the_card_just_graded_gives_nothing_the_card_asked_is_read(study, language, question):
    talk = study(language)
    assert talk.handle(POND[language])[0].kind == "right"
    assert talk.card is not None and talk.card.id == "printer"
    messages = talk.handle(question)
    assert messages[0].kind == "reply" and CAME_OUT[language] in messages[0].text
    assert talk.read_source


def test_the_card_just_graded_is_still_read_first(study):
    talk = study("en")
    assert talk.handle("fourteen metres")[0].kind == "right"
    reply = talk.handle("how deep is it?")[0]  # the pond just graded, not the almanac asked
    assert reply.kind == "reply" and "fourteen metres deep" in reply.text
    assert not talk.read_source  # another card's section: no hint


async def test_the_app_answers_when_did_it_come_out_from_the_notes(tmp_path, clock):
    app = build_app(write_pack(tmp_path, "en"), tmp_path / "progress.db", "ann", clock=clock)
    async with app.run_test() as pilot:
        await started(pilot, app)
        await answer(pilot, app, "fourteen metres")
        assert bubbles(app, "right")
        app.screen.query_one("#answer", Input).value = "when did it come out?"
        await pilot.press("enter")
        assert await wait_for(pilot, lambda: bubbles(app, "reply") or bubbles(app, "decline"))
        assert not bubbles(app, "decline")
        assert CAME_OUT["en"] in bubbles(app, "reply")[-1] and "(from: The almanac)" in bubbles(app, "reply")[-1]
