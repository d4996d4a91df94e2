"""A Russian question's verb of launching ("запустили") is met by a text's verb of a start ("стартовала"), one
meaning of the general verb groups (`lexicon_ru_verbs`), even when the text says "запустили" of another launch.
Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def probes() -> Tutor:
    return tutor_on(
        "Ракета «Заря» стартовала с полигона 5 мая 1961 года и отправила к Марсу зонд «Марс-3».\n"
        "Зонд «Марс-5» запустили в 1962 году.\n"
        "\n"
        "Книгу о зондах написал инженер Лука Дронов.\n", title="Зонды", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Когда запустили зонд Марс-3?", "5 мая 1961 года"),  # запустили / стартовала
    ("Когда запустили зонд Марс-5?", "1962"),  # its own verb: as before
])
def test_a_launch_said_as_a_start(probes, question, fact):
    assert says(probes, question, fact)


def test_a_launch_the_notes_do_not_tell_is_declined(probes):
    assert probes.ask("Когда запустили зонд Марс-7?").kind == "decline"
