"""Russian questions of "now" and of what is done next (invented notes): "сейчас" is met by the notes' "сегодня",
"теперь", "ныне" (`lexicon_ru_paraphrase`); "что потом (ещё, же) делают с X?" asks what is done with X, said by the
deed, as "что делают с X?" does (`lexicon_ru_tutor` rewrites)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = ("Мельницы долины Вельны строили из дуба. Сегодня в долине работают две мельницы. Раньше их было двенадцать. "
         "При помоле остаются отруби. Отруби скармливают скоту или добавляют в хлеб. Муку возят в город на телегах. "
         "Теперь мельники продают муку на ярмарке в Гуте.")


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(Pack(id="t", title="Мельницы Вельны", language="ru", cards=(),
                      sections=(Section(id="s", title="Мельницы", notes=NOTES),)), cache=False)


@pytest.mark.parametrize("question, said", [
    ("сколько мельниц сейчас работает в долине?", "две мельницы"),
    ("сколько сейчас в долине мельниц", "две мельницы"),
    ("сколько сегодня в долине мельниц", "две мельницы"),  # an adverb of time after "сколько" is not what it counts
    ("где сейчас продают муку мельники?", "на ярмарке в Гуте"),
    ("что потом делают с отрубями?", "скармливают скоту"),
    ("что обычно делают с отрубями?", "скармливают скоту"),
    ("что делают с отрубями", "скармливают скоту"),
])
def test_now_and_next(tutor: Tutor, question: str, said: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and said in " ".join(reply.sentences), reply.sentences


def test_now_asks_no_more_than_the_notes_say(tutor: Tutor) -> None:
    assert tutor.ask("сколько сейчас стоит мука на ярмарке?").kind == "decline"
