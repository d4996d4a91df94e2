"""Words that point at the place or time spoken of (issue #12): "были ли там дети?", "кто тогда правил?" ask what
"were there children?" and "who ruled then?" ask, and as English "there" and "then" are no content of a question
(its stop list), Russian "там", "тут", "здесь", "туда", "сюда", "тогда" are none either
(`TutorWords.deictic`): a sentence need not say them to answer. Shown on a small text written here, with questions
it does not answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
Зимовщики высадились на остров Белый 3 сентября 1931 года.
Среди двадцати двух человек были повар, врач и трое маленьких детей.
Станцию построили из брёвен, привезённых на барже из Архангельска.
Весной 1932 года к острову пришёл ледокол «Садко» и забрал всех людей.
"""
PACK = Pack(id="belyi", title="Зимовка на острове Белый", language="ru", cards=(),
            sections=(Section(id="s", title="Зимовка", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize("question", ["были ли там дети?", "был ли тут врач?", "откуда тогда привезли брёвна?"])
def test_a_pointing_word_is_no_unit(tutor, question):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert not {u.text for u in asked.units} & {"там", "тут", "тогда"}


@pytest.mark.parametrize(("question", "expected"), [
    ("были ли там дети?", "детей"),
    ("был ли там врач?", "врач"),
    ("откуда тогда привезли брёвна?", "Архангельска"),
])
def test_the_question_without_it_is_answered(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "были ли там собаки?",  # the text tells of no dogs
    "кто там был начальником станции?",
    "сколько стоила тогда баржа?",
])
def test_what_the_text_does_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline", tutor.ask(question).text
