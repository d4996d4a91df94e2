"""A name the question writes in quotes is a thing's, not a person's (`tutor.quoted_names`): "кто был капитаном
«Гладкова»?" asks of the steamer «Степан Гладков», so the sentence naming its captain answers though it does not say
"Гладков" again; unquoted, the person Гладков must be named by the answer. Invented notes, of no pack."""

from __future__ import annotations

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
Купец Степан Гладков в 1878 году построил на Оби пароход.
Пароход «Степан Гладков» вышел из Томска в мае 1880 года.
Капитаном судна был Игнат Ломов, лоцманом — Фёдор Сыч.
"""


def _tutor() -> Tutor:
    return tutor_on(NOTES, "Пароходы на Оби", "ru")


def test_a_quoted_name_is_a_things() -> None:
    reply = _tutor().ask("Кто был капитаном «Гладкова»?")
    assert reply.kind == "answer" and "Игнат Ломов" in " ".join(reply.sentences)


def test_an_unquoted_person_must_be_named() -> None:
    reply = _tutor().ask("Кто был лоцманом у Гладкова?")  # the person: the sentence naming the pilot does not say him
    assert "Фёдор Сыч" not in " ".join(reply.sentences)
