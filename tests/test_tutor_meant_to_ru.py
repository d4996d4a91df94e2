"""What a thing was meant to do ("X должен был взять грунт", "станция должна была ...") gives the purpose a Russian
"зачем?" asks, as "чтобы" does (`lexicon_reasons`): the passage telling it answers, not another giving a purpose
of something else. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def probes() -> Tutor:
    return tutor_on(
        "Во время полёта «Кометы-7» к Марсу летел и советский зонд «Орбита-3», который должен был взять грунт "
        "раньше американцев.\n"
        "Второй зонд прилетел к Марсу 3 марта 1974 года. Он был улучшен: антенну подняли выше, чтобы связь с "
        "Землёй была надёжнее.\n"
        "\n"
        "В 1975 году зонд «Орбита-5» передал снимки полюса.\n", title="Зонды", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Зачем летела Орбита-3?", "взять грунт"),  # должен был взять: not "чтобы связь ..." of a second probe
    ("Зачем подняли антенну?", "чтобы связь"),  # "чтобы": as before
])
def test_what_a_thing_was_meant_to_do(probes, question, fact):
    assert says(probes, question, fact)


def test_a_purpose_of_a_thing_the_notes_do_not_name_is_declined(probes):
    assert probes.ask("Зачем летела Орбита-8?").kind == "decline"
