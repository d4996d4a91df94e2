"""Russian figures the tutor finds in notes written here (no pack's subject): a size asked by the genitive of quality
("какого размера", "какой толщины") is a measure, said by a length; a figure said without digits ("около миллиона",
"меньше полумиллиметра") answers "сколько"; the instrumental "каким размером" asks a manner (a verse metre), not a
figure."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Раковина улитки-прудовика закручена вправо и покрыта тонкой роговой плёнкой.
Взрослая раковина почти коническая, её высота около 45 мм.
Плёнка — тонкий (меньше полумиллиметра) слой белка, защищающий раковину от растворения.
Нога улитки — мускулистый орган, по которому идёт слизь.
В ней около миллиона железистых клеток, они выделяют слизь.
Стихи о прудовике поэт Ланской написал хореем.
"""
PACK = Pack(id="prud", title="Прудовик", language="ru", cards=(),
            sections=(Section(id="s", title="Прудовик", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "said"), [
    ("Какого размера взрослая раковина?", "около 45 мм"),
    ("Какой толщины плёнка?", "меньше полумиллиметра"),
    ("сколько железистых клеток в ноге улитки", "около миллиона"),
    ("Каким размером написаны стихи о прудовике?", "хореем"),
])
def test_the_figure_asked_is_found(tutor, question, said):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and said in reply.text


@pytest.mark.parametrize("question", ["Какого размера раковина катушки?", "сколько клеток в печени улитки"])
def test_a_figure_the_notes_do_not_give_is_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
