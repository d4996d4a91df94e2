"""A Russian perfective in "-ить" meets the synonyms of its imperfective in "-ять" / "-лять" (`tutor.aspects_ru`):
"отправили" / "посылали"; shown on small notes written here (no pack's subject), with questions the notes do not
answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.aspects_ru import imperfective_synonyms

NOTES = """\
Почтовую станцию в Березняках открыли в 1803 году на тракте из Вологды в Архангельск.
Из-за весенней распутицы письма в Архангельск не посылали по шесть недель.
Смотритель станции Федот Лукин держал двенадцать лошадей и три кибитки.
Письма на станции хранили в окованном сундуке под замком.
Лукин сам читал письма неграмотным крестьянам за копейку.
Казённые письма возили курьеры, а частные письма ждали оказии.
Зимой лишних лошадей посылали на соседнюю станцию в Шалгу.
Станцию закрыли в 1898 году, когда рядом прошла железная дорога.
"""
PACK = Pack(id="pochta", title="Почта", language="ru", cards=(),
            sections=(Section(id="s", title="Почтовая станция в Березняках", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def test_the_perfective_meets_the_imperfectives_synonym(tutor):
    reply = tutor.ask("куда отправили лошадей")
    assert reply.kind == "answer" and "в Шалгу" in reply.text


@pytest.mark.parametrize("question", ["почему лошадей не отправили в вологду", "кто отправил лукина в ссылку",
                                      "почему станцию не заменили новой"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_only_a_perfective_in_ить_is_looked_up_so():
    assert "посыла" in imperfective_synonyms("отправили", "отправ")
    assert imperfective_synonyms("отправляли", "отправля") == frozenset()  # already the imperfective
    assert imperfective_synonyms("ответили", "ответ") == frozenset()  # "отвечать": another derivation
