"""A question for a time of day (issue #12): "what time did X?", "at what time", "в какое время", "в котором часу"
ask for a time (`Wants.dated`), and a sentence that tells one as a clock writes it ("at about 6:40", "в 19:38", "около 7
часов 15 минут") gives it (`Traits.timed`), though the quantity reader leaves a bare "6:40" two figures (it may be a
ratio). Shown on small texts written here, with questions they do not answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

EN_NOTES = """\
The ferry Aurora left the pier of Kessel Bay at about 6:40 with 212 passengers on board.
Its captain, Mara Holt, had sailed the route for eleven years.
A storm caught the Aurora near Linden Island and tore away its radio mast.
The passengers were taken off by fishing boats from the island.
"""
RU_NOTES = """\
Паром «Заря» отошёл от причала в бухте Кессель примерно в 6:40, на борту было 212 пассажиров.
Капитан Марина Холт водила паром по этому маршруту одиннадцать лет.
Шторм застал паром у острова Линден и сорвал радиомачту.
Пассажиров сняли с парома рыбацкие лодки с острова.
"""


def _tutor(language, notes):
    return Tutor(Pack(id=f"ferry-{language}", title="Aurora", language=language, cards=(),
                      sections=(Section(id="s", title="Aurora", notes=notes),)), cache=False)


@pytest.fixture(scope="module")
def english():
    made = _tutor("en", EN_NOTES)
    yield made
    made.close()


@pytest.fixture(scope="module")
def russian():
    made = _tutor("ru", RU_NOTES)
    yield made
    made.close()


def _wants(tutor, question):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return asked.wants


@pytest.mark.parametrize("question", ["what time did the ferry leave?", "At what time did the Aurora sail?",
                                      "which time was the ferry due?"])
def test_what_time_asks_a_time(english, question):
    assert _wants(english, question).dated


@pytest.mark.parametrize("question", ["в какое время отошёл паром?", "В котором часу отошёл паром?"])
def test_v_kakoe_vremya_asks_a_time(russian, question):
    assert _wants(russian, question).dated


@pytest.mark.parametrize("question", ["how much time did the crossing take?", "what was the ferry's name?"])
def test_other_questions_ask_none(english, question):
    assert not _wants(english, question).dated


def test_a_clock_time_is_a_time(english, russian):
    for tutor in (english, russian):
        first = tutor.docs[0]
        assert first.traits.timed, first.text


def test_the_time_answers(english, russian):
    for tutor, question in ((english, "what time did the Aurora leave the pier?"),
                            (russian, "в какое время паром отошёл от причала?")):
        reply = tutor.ask(question)
        assert reply.kind == "answer", reply.text
        assert "6:40" in reply.sentences[0]


@pytest.mark.parametrize(("language", "question"), [
    ("en", "what time did the storm hit the Aurora?"),  # the text tells when the ferry left, not when the storm came
    ("en", "what time did captain Holt wake up?"),
    ("ru", "в какое время шторм сорвал радиомачту?"),
])
def test_a_time_the_text_does_not_tell_is_declined(english, russian, language, question):
    tutor = english if language == "en" else russian
    assert tutor.ask(question).kind == "decline", tutor.ask(question).text
