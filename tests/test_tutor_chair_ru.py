""""Кто возглавлял X?" is answered by the one the notes say chaired X ("председателем комитета назначили Y"): leading
and chairing are one meaning (`lexicon_ru_paraphrase`); what the notes do not say is still declined. Shown on small
notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
В 1880 году в Верхнеречье создали Комитет городского водопровода.
Председателем комитета назначили купца Сомова, а работы вёл инженер Гусев.
Водопровод открыли в 1886 году.
В 1890 году купец Сомов уехал в Москву.
"""


@pytest.fixture(scope="module")
def ru() -> Tutor:
    return tutor_on(NOTES, "Notes", "ru")


@pytest.mark.parametrize("question", ["кто возглавлял комитет городского водопровода?",
                                      "кто возглавил комитет водопровода?"])
def test_who_led_is_who_chaired(ru, question):
    reply = ru.ask(question)
    assert reply.kind == "answer" and "Сомова" in reply.text


@pytest.mark.parametrize("question", ["кто возглавлял строительство вокзала?", "кто возглавлял городскую думу?"])
def test_what_the_notes_do_not_say_is_still_declined(ru, question):
    assert ru.ask(question).kind == "decline"
