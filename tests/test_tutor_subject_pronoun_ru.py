"""A Russian passage opened by a subject pronoun ("Она", "Он", "Оно", "Они") goes on about what the sentence before
names, a thing as well as a person (`tutor.otherwise.said_before`, `lexicon_subjects`): "где печаталась книга
«Остров Валаам»?" finds "Она печаталась в журнале «Нива» ..." after "Книгу «Остров Валаам» он писал ...", not a
sentence that only has the words "книг" and "остров". Shown on small notes written here (no pack's subject), with
questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Card, Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
В 1890 году художник Лыков решил отправиться на остров Валаам.
Он провёл на острове всё лето и написал там сорок этюдов.
Вернувшись, Лыков собрал для валаамских школ около двух тысяч книг и отправил их на остров.
Книгу «Остров Валаам» он писал больше трёх лет.
Она печаталась в журнале «Нива» в 1893–1894 годах, а отдельным изданием вышла в 1895 году.
"""
CARD = Card(id="who", section="s", kind="short", prompt="Кто ездил на Валаам?", answer="Лыков")
PACK = Pack(id="valaam", title="Лыков", language="ru", cards=(CARD,),
            sections=(Section(id="s", title="Поездка художника Лыкова", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def test_the_pronoun_carries_the_thing_before(tutor):
    reply = tutor.ask("где печаталась книга остров валаам")
    assert reply.kind == "answer" and "«Нива»" in reply.text
    assert not any("школ" in sentence for sentence in reply.sentences)  # not led by the books sent to schools


def test_a_person_is_carried_as_before(tutor):
    reply = tutor.ask("сколько этюдов написал лыков")
    assert reply.kind == "answer" and "сорок этюдов" in reply.text


@pytest.mark.parametrize("question", ["где печаталась книга о москве", "сколько стоила книга остров валаам",
                                      "кто издал книгу о соловках"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
