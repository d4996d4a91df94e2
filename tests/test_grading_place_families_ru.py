"""Russian places of one root made by different suffixes are different places: the noun in "-ка" ("Сосновка"), the
adjective ("Сосновое", "в Сосновом") and the neuter in "-ово" ("Сосново"); one said for another is another name,
not a slip. Each in its own cases ("в Сосновке", "Сосновкой"; "Соснового") and a real slip ("Сасновка") stay the
name (`grading.made_names`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

KA = short("Сосновка", prompt="В каком селе построили мельницу?")
ADJ = short("Сосновое", prompt="В каком селе построили мельницу?")
OVO = short("Дубово", prompt="Где зимовал обоз?")
NOTES = "Мельницу построили в селе Сосновка. Обоз зимовал в Дубово."

ROWS = [
    (KA, "Сосновое", False),
    (KA, "в Сосновом", False),
    (KA, "Сосново", False),
    (KA, "Сосновка", True),
    (KA, "в Сосновке", True),
    (KA, "Сосновкой", True),
    (KA, "Сасновка", True),  # a slip
    (ADJ, "Сосновка", False),
    (ADJ, "в Сосновке", False),
    (ADJ, "Сосновое", True),
    (ADJ, "в Сосновом", True),
    (ADJ, "Соснового", True),
    (OVO, "Дубовка", False),
    (OVO, "Дубовое", False),
    (OVO, "в Дубово", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_places_of_one_root(card, given: str, right: bool) -> None:
    pack = Pack(id="p", title="p", cards=(card,), sections=(Section(id="s", title="Notes", notes=NOTES),),
                language="ru")
    assert Grader.for_pack(pack).grade(card, given).correct is right
