"""A Russian adjective made from a place name in "-ия" drops the name's "и" before "-ск" ("исландский" is Исландия's,
"бурятский" Бурятия's), as one from a name in "-о" drops its "о" (`TutorWords.name_vowels`,
test_tutor_name_vowels_ru). So a question naming the place is answered by the sentence that names it only by its
adjective ("Гарландский лёд покрывает ..." answers "какая доля Гарландии подо льдом?"), and a question of another
place is still declined. Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

PACK = Pack(id="garland", title="Ледники северных островов", language="ru", cards=(), sections=(
    Section(id="a", title="Острова", notes=(
        "Остров Гарландия лежит далеко на севере, между двумя холодными морями.\n\n"
        "Остров Нордхольм лежит южнее; лёд покрывает около 10% его площади.\n\n"
        "Ещё южнее лежит остров Мерландия, и мерландские горы почти без льда.\n")),
    Section(id="b", title="Ледниковые покровы", notes=(
        "Гарландский лёд покрывает около 70% площади острова.\n\n"
        "Летом на побережье тают снежники и текут ручьи.\n")),
))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("adjective", "name", "linked"), [
    ("гарландский", "гарланди", True),
    ("гарландского", "гарланди", True),
    ("мерландская", "мерланди", True),
    ("гарландский", "мерланди", False),  # another place
    ("ледниковый", "гарланди", False),  # no adjective of a name
])
def test_the_adjective_is_keyed_as_its_name(tutor, adjective, name, linked):
    words = tutor.library.words
    strong, _ = words.keys(adjective, words.lang.stem(adjective))
    assert (name in strong) is linked


def test_answered_by_the_adjective(tutor):
    reply = tutor.ask("Какая доля Гарландии подо льдом?")
    assert reply.kind == "answer", reply.text
    assert "70%" in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "Какая доля Исландии подо льдом?",  # a place the notes do not name
])
def test_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
