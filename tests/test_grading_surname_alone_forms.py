"""The surname alone names the one person of a pack who has it ("Курбанов" for "Бахтияр Курбанов", asked "Кто
...?"); a capitalised word before that surname elsewhere in the notes is another given name only when it can be one
(core/people.py): not a word in a case the surname is not in ("Тулу Курбанов не любил", "В Орле Курбанов ..."), not
an adjective ("Упрямый Курбанов"), nor "Сам" opening a sentence. Packs on invented subjects (a mill and its builder);
each row says what a fair teacher marks."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

MILL_RU = "Мельницу на реке построил Бахтияр Курбанов в 1901 году."


def graded(answer: str, prompt: str, notes: str, given: str, language: str) -> bool:
    card = Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)
    pack = Pack(id="p", title="p", language=language, cards=(card,),
                sections=(Section(id="s", title="Notes", notes=notes),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("notes", "given", "right"), [
    (MILL_RU, "Курбанов", True),
    # a word no given name is, before the surname
    (MILL_RU + " Тулу Курбанов не любил.", "Курбанов", True),
    (MILL_RU + " В Орле Курбанов открыл школу.", "Курбанов", True),
    (MILL_RU + " Упрямый Курбанов спорил с городом.", "Курбанов", True),
    (MILL_RU + " Сам Курбанов молол зерно.", "Курбанов", True),
    (MILL_RU + " Сам Курбанов молол зерно.", "Курбанова", True),
    # ... but another person's given name before the surname: two people share it
    (MILL_RU + " Его брат Ораз Курбанов молол зерно.", "Курбанов", False),
    (MILL_RU + " Тулу Ораз Курбанов не любил.", "Курбанов", False),
    (MILL_RU + " Тулу Курбанов не любил.", "Ораз Курбанов", False),
])
def test_surname_alone_ru(notes: str, given: str, right: bool) -> None:
    assert graded("Бахтияр Курбанов", "Кто построил мельницу на реке?", notes, given, "ru") is right
