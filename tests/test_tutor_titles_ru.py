"""A Russian title of a ruler or of nobility ("императрица", "граф", "баронесса") names a person, as "король" and
"князь" do, and guests, visitors and passengers ("гости", "посетители") are people: "Кто мог видеть библиотеку?" is
answered by "... могли видеть только граф и его гости", and "кто" is not answered by a sentence naming no one.
Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

NOTES = ("Замок Велль построен в 1702 году на холме над рекой.\n\n"
         "Сначала библиотеку замка могли видеть только граф и его гости.\n\n"
         "Сад замка открыла для горожан императрица в 1761 году.\n\n"
         "Летом в замок приезжают посетители из столицы.\n\n"
         "Портик замка держат шесть каменных львов.")


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто мог видеть библиотеку замка сначала?", "граф и его гости"),
    ("Кто открыл сад замка для горожан?", "императрица"),
    ("Кто приезжает в замок летом?", "посетители"),
])
def test_a_title_or_guests_answer_who(question, fact):
    assert says(tutor_on(NOTES, "Замок Велль", "ru"), question, fact)


def test_who_is_still_declined_without_people():
    assert tutor_on(NOTES, "Замок Велль", "ru").ask("Кто держит портик замка?").kind == "decline"
