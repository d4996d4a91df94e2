"""A Russian adjective in "-ический" made from a place name in "-ика" or "-ида" stands for the name ("арктический" is
Арктика's, "антарктический" Антарктида's: `name_adjectives.SUFFIXES`). So a question naming the place is answered by
the sentence that names it only by its adjective ("Сорнический ледяной щит ... толще 4 км" answers "какой толщины
лёд на Сорниде?"), and a question of another place is still declined. Invented notes, invented places."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

PACK = Pack(id="zeltika", title="Полярные земли", language="ru", cards=(), sections=(
    Section(id="a", title="Земли", notes=(
        "Материк Сорнида лежит у южного полюса, а архипелаг Зельтика — у северного.\n\n"
        "На Зельтике зимуют моржи, а летом прилетают гуси.\n\n"
        "Сорниду впервые увидели с корабля в 1820 году.\n")),
    Section(id="b", title="Ледники", notes=(
        "Зельтический ледник занимает около 300 тысяч км².\n\n"
        "Сорнический ледяной щит местами толще 4 км.\n\n"
        "Летом на побережье тают снежники и текут ручьи.\n")),
))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("adjective", "name", "linked"), [
    ("зельтический", "зельтик", True),
    ("зельтического", "зельтик", True),
    ("сорническим", "сорнид", True),
    ("зельтический", "сорнид", False),  # another place
    ("ледяной", "зельтик", False),  # no adjective of a name
])
def test_the_adjective_is_keyed_as_its_name(tutor, adjective, name, linked):
    words = tutor.library.words
    strong, _ = words.keys(adjective, words.lang.stem(adjective))
    assert (name in strong) is linked


@pytest.mark.parametrize(("question", "fact"), [
    ("Какой толщины лёд на Сорниде?", "4 км"),
    ("Насколько толстый лёд на Сорниде?", "4 км"),
])
def test_answered_by_the_adjective(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert fact in " ".join(reply.sentences)


def test_another_place_still_declined(tutor):
    assert tutor.ask("Какая площадь ледника на Шпицбергене?").kind == "decline"
