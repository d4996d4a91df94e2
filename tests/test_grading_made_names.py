"""A slip that makes another name: a suffix that makes names of places and people added to a name ("Чеховск",
"Чехово", "Чеховка" for the town "Чехов"; "Miltonville", "Miltontown" for "Milton") is another place, in any case
("в Чеховске"); a case ending ("Чехова", "в Чехове") and a real slip ("Чеов", "Milon") are still the name, and a
plain word the texts use ("налогов" for "Налог") takes its case endings (`grading.made_names`). The other way
round too: the name a place was made of ("Иванов" for the town "Ивановск", "Milton" for "Miltonville") is another
name. Invented cards on a
Siberian exile and a mill town."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

TOWN = short("Чехов", prompt="В какой город перевели ссыльного?")
KHUTOR = short("Ишим", prompt="Где ссыльный провёл зиму?")
SURNAME = short("Иванов", prompt="Кто написал прошение о помиловании?")
TAX = short("Налог", prompt="Что платили ссыльные поселенцы?")
MILL = short("Milton", prompt="Which town was the mill moved to?")
OWNER = short("Bradley Wood", prompt="Who built the mill?")
SETTLEMENT = short("Ивановск", prompt="Какой город вырос у завода?")
MILLTOWN = short("Miltonville", prompt="Which town grew round the mill?")
NOTES = {"ru": "Ссыльный жил в городе Чехов, потом в Ишиме. Прошение написал Иванов. Налог платили все, налоги росли. "
               "У завода вырос город Ивановск.",
         "en": "The mill was moved to Milton. Bradley Wood built it. The town of Miltonville grew round the mill."}

ROWS = [
    (TOWN, "ru", "Чеховск", False),
    (TOWN, "ru", "в Чеховске", False),
    (TOWN, "ru", "чеховск", False),
    (TOWN, "ru", "Чехово", False),
    (TOWN, "ru", "Чеховка", False),
    (TOWN, "ru", "Чехов", True),
    (TOWN, "ru", "в Чехове", True),  # a case ending
    (TOWN, "ru", "Чехова", True),
    (TOWN, "ru", "Чеов", True),  # a slip
    (TOWN, "ru", "Чехв", True),
    (KHUTOR, "ru", "Ишимск", False),
    (SURNAME, "ru", "Иваново", False),
    (SURNAME, "ru", "Ивановка", False),
    (SURNAME, "ru", "Ивановым", True),
    (SURNAME, "ru", "Ивнов", True),
    (TAX, "ru", "налог", True),
    (MILL, "en", "Miltonville", False),
    (MILL, "en", "Miltontown", False),
    (MILL, "en", "Milton", True),
    (MILL, "en", "Milon", True),  # a slip
    (MILL, "en", "Miltno", True),
    (OWNER, "en", "Bradley Woodford", False),
    (OWNER, "en", "Bradley Wod", True),
    # the other way: the name a place was made of, for the place
    (SETTLEMENT, "ru", "Иванов", False),
    (SETTLEMENT, "ru", "иванов", False),
    (SETTLEMENT, "ru", "Ивановск", True),
    (SETTLEMENT, "ru", "в Ивановске", True),
    (MILLTOWN, "en", "Milton", False),
    (MILLTOWN, "en", "Miltonville", True),
]


@pytest.mark.parametrize(("card", "code", "answer", "right"), ROWS)
def test_a_suffix_that_makes_another_name(card, code, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES[code]),), cards=(card,), language=code)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
