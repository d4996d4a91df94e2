""""О чём писали?" asks what the writing was about (`tutor.topic_asked_ru`): the passage whose verb says its topic
("писал ... о погоде") answers before one that only repeats the verb; shown on small notes written here (no pack's
subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Маяк на мысе Сторожевом зажгли впервые в 1862 году.
Первым смотрителем маяка был отставной боцман Игнат Рябов.
Каждый вечер смотрители маяка писали в журнал о погоде, о тумане, о ветре и о проходивших мимо судах.
Жена смотрителя рассказывала приезжим о кораблекрушении 1871 года.
"""
THINGS = """\
Журнал маяка писали гусиным пером.
Фонарь маяка чистили каждое утро мелом и золой.
Жена смотрителя рассказывала приезжим сказки на поморском говоре.
Приезжие рассказывали, что свет маяка видно за двадцать вёрст.
"""
PACK = Pack(id="mayak", title="Маяк", language="ru", cards=(),
            sections=(Section(id="s", title="Маяк на мысе Сторожевом", notes=NOTES),
                      Section(id="t", title="Вещи смотрителя", notes=THINGS)))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("о чем писали в журнале маяка", "о погоде"),
    ("о чём рассказывала жена смотрителя", "о кораблекрушении"),
])
def test_the_verb_with_its_topic_answers(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text.split("(")[0].split(".")[0]


@pytest.mark.parametrize("question", ["о чем писал капитан баркаса", "о чём спорили рыбаки с рябовым",
                                      "про что пели матросы"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
