"""A Russian verb of saying or thinking frames "что X говорил о Y?" (issue #12, round 51). The learner asks what X
said or thought of Y; the text tells it by its own verb ("критики считают, что ...", "историки называют ...",
"критики спрашивали ...") or by the words said, seldom by "говорил": the verb is left out of the question, as "what
does the decree say?" leaves out "say" (`lexicon_framing.RU_FRAMING_PHRASES`). Only with what it is said of ("о",
"об", "про", "в защиту"): "что писали вместо X?" asks a spelling, and keeps its verb. Invented questions and text."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
Мост через Тарну построили в 1902 году по проекту инженера Орлова.
Критики нового моста через Тарну считают, что его строили в ущерб старой переправе и паромщикам.
На ярмарке в Орлине говорили о погоде и ценах на хлеб; мастера писали вывески и думали о заказах.
Историки Орлина называют гончара Вельта отцом местного гончарного дела.
До реформы вместо буквы «е» в слове «Орлинъ» писали ять.
"""
PACK = Pack(id="orlin", title="Орлин", language="ru", cards=(),
            sections=(Section(id="s", title="Орлин и Тарна", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


def _asked(tutor: Tutor, question: str) -> list[str]:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return [u.text for u in asked.units]


@pytest.mark.parametrize(("question", "verb"), [
    ("Что говорили критики о строительстве моста?", "говорили"),
    ("Что критики говорят о переправе?", "говорят"),
    ("что историки думали о Вельте", "думали"),
    ("Что утверждал Орлов об этом мосте?", "утверждал"),
    ("Что писали мастера про ярмарку?", "писали"),
    ("Что говорил Орлов в защиту проекта?", "говорил"),
])
def test_a_verb_of_saying_frames_what_is_said_of(tutor, question, verb):
    units = _asked(tutor, question)
    assert verb not in units
    assert len(units) >= 2  # who said it and what of stay


@pytest.mark.parametrize(("question", "verb"), [
    ("Что писали вместо буквы е?", "писали"),  # a spelling: nothing is said of anything
    ("Кто писал вывески?", "писал"),  # who did it, not what was said
])
def test_the_verb_stays_without_what_it_is_said_of(tutor, question, verb):
    assert verb in _asked(tutor, question)


def test_what_critics_said_is_answered(tutor):
    reply = tutor.ask("Что говорили критики о строительстве моста?")
    assert reply.kind == "answer"
    assert any("в ущерб старой переправе" in s for s in reply.sentences)
