""""Как называли X?", "как стала называться X?": what people called a thing is a name beside it or one a naming word
gives ("X называли «Y»", "X стали называть Y"), not a mention of X, nor a name a preposition governs after it ("отправил
лён в Петербург" names no flax); the thing's stem is read as the question's is, "лён" as "лен" (`called`). Invented
notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def flax() -> Tutor:
    return tutor_on(
        "Льнозавод в Ветлуге работал с 1890 по 1960 год и давал работу тысячам людей в Костроме и Ярославле.\n"
        "Лён в губернии называли «северным шёлком»: из него ткали полотно и вили канаты.\n"
        "\n"
        "Купца Ларионова после пожара стали называть Погорельцем.\n"
        "Купец Ларионов в 1899 году подписал договор с Ярославской мануфактурой и отправил лён в Петербург.\n"
        "\n"
        "Первая школа уезда была открыта в 1872 году.\n", title="Ветлуга", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Как называли лён?", "северным шёлком"),  # not "отправил лён в Петербург"
    ("Как называли лён в губернии?", "северным шёлком"),  # "Лён" in the notes is the question's "лён"
    ("как стали называть купца Ларионова", "Погорельцем"),  # a naming word: "стали называть"
    ("Когда купец Ларионов подписал договор?", "1899"),  # no name asked: as before
])
def test_what_a_thing_was_called(flax, question, fact):
    assert says(flax, question, fact)


def test_a_thing_whose_name_the_notes_do_not_give_is_declined(flax):
    assert flax.ask("Как стали называть первую школу?").kind == "decline"
