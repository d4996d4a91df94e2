"""Getting used to is one meaning in a Russian question's verb and a text's noun or verb ("привыкает" / "адаптация",
"адаптируется"; `lexicon_ru_paraphrase`): "как быстро X привыкает к Y?" is answered by "адаптация X к Y идёт за ...".
Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def mountains() -> Tutor:
    return tutor_on(
        "На высоте больше трёх километров воздух разрежен, и кислорода в нём меньше.\n"
        "\n"
        "Адаптация организма к высоте занимает от одной до трёх недель.\n"
        "\n"
        "Альпинисты поднимаются в горы постепенно и спускаются ночевать ниже.\n"
        "\n"
        "К холоду организм привыкает быстрее, чем к недостатку кислорода.\n", title="Горная болезнь", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Сколько времени организм привыкает к высоте?", "от одной до трёх недель"),
    ("Как долго организм привыкает к высоте?", "от одной до трёх недель"),
])
def test_getting_used_said_otherwise(mountains, question, fact):
    assert says(mountains, question, fact)


@pytest.mark.parametrize("question", [
    "Сколько времени глаз привыкает к темноте?",  # the notes tell of no eye
])
def test_what_the_notes_do_not_say_is_still_declined(mountains, question):
    assert mountains.ask(question).kind == "decline"
