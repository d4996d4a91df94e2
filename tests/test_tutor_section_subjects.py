"""A person whose section it is (`tutor.subject_things.section_subject`): in a section titled by a person, a passage
naming no person speaks of them, so "когда экспедиция Ларионова вернулась в Тобольск?" is answered by "Затем
экспедиция ... вернулась в Тобольск" there; not a passage naming another person, nor one of a section titled
otherwise. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

LARIONOV = """\
Географ Пётр Ларионов в 1871 году отправился на лодках вверх по реке Кеть.
Лодки прошли пороги за две недели.
Затем экспедиция перезимовала в остроге и в мае 1872 года вернулась в Тобольск.
"""
OTHERS = """\
Купец Семён Гладков снарядил обоз к верховьям Кети.
Обоз вернулся в Томск осенью 1873 года.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    sections = (Section(id="a", title="Пётр Ларионов на Кети", notes=LARIONOV),
                Section(id="b", title="Обоз к верховьям Кети", notes=OTHERS))
    return Tutor(Pack(id="t", title="Реки Сибири", sections=sections, cards=(), language="ru"), language="ru",
                 cache=False)


def test_a_passage_of_a_persons_section_speaks_of_them(tutor: Tutor) -> None:
    reply = tutor.ask("Когда экспедиция Ларионова вернулась в Тобольск?")
    assert reply.kind == "answer" and "в мае 1872 года" in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "Когда обоз Ларионова вернулся в Томск?",  # the section is Гладков's, titled otherwise
    "Когда экспедиция Гладкова вернулась в Тобольск?",  # Гладков does not title the section of the passage
])
def test_not_of_another_section(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"
