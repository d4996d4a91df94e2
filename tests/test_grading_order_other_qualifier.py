"""An order item of a short name said with another qualifier in the place of its own ("море Лаптевых" for
"Карское море", "the Baltic Sea" for "the Kara Sea") names another thing: the order fails. The item's own words,
in another case, with a kind word added or its qualifier alone, still name it. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

RU = Card(id="c", section="s", kind="order", prompt="Проследите путь воды от истока до моря.",
          answer="Мерка → Тинское озеро → Вала → Белое море", items=("Мерка", "Тинское озеро", "Вала", "Белое море"))
EN = Card(id="c", section="s", kind="order", prompt="Trace the water from the spring to the sea.",
          answer="Merk → Lake Tinna → Vala river → the Kara Sea",
          items=("Merk", "Lake Tinna", "Vala river", "the Kara Sea"))

ROWS = [
    ("ru", RU, "Мерка, Тинское озеро, Вала, Белое море", True),
    ("ru", RU, "Мерка, Тинское, Вала, Белое", True),
    ("ru", RU, "река Мерка, Тинское озеро, река Вала, Белое море", True),
    ("ru", RU, "Мерка → Тинское озеро → Вала → Белого моря", True),
    ("ru", RU, "Мерка, Тинское озеро, Вала, Баренцево море", False),
    ("ru", RU, "Мерка, Тинское озеро, Вала, море Лаптевых", False),
    ("ru", RU, "Мерка, Тинское озеро, Вала, Чёрное море", False),
    ("ru", RU, "Мерка, Ладожское озеро, Вала, Белое море", False),
    ("ru", RU, "Мерка, Онежское озеро, Вала, Белое море", False),
    ("en", EN, "Merk, Lake Tinna, Vala river, Kara Sea", True),
    ("en", EN, "Merk, Tinna, the Vala, the Kara", True),
    ("en", EN, "the Merk, Lake Tinna, the river Vala, the Kara Sea", True),
    ("en", EN, "Merk, Lake Tinna, Vala river, the Laptev Sea", False),
    ("en", EN, "Merk, Lake Tinna, Vala river, the Baltic Sea", False),
    ("en", EN, "Merk, Lake Ladoga, Vala river, the Kara Sea", False),
    ("en", EN, "Merk, Lake Onega, Vala river, Kara Sea", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_an_order_item_with_another_qualifier_is_another_thing(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
