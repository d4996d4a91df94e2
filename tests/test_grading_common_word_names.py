"""A one-word name that is also a word of the pack's text (`plain_names`): with `Orrin Brown: [Brown]` and notes that
say "the brown bees", an answer "the brown bees" is no Orrin Brown, while "brown" or "Brown" typed alone still
answers a card that asks who; the same for "тяжёлый дизель" beside `Рудольф Дизель: [Дизель]`. Answers are read
in lower case, so the words beside the variant decide: a content word the texts write it beside in lower case
makes it the word. Made-up texts and cards (beekeeping, engines)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import short

EN_TEXTS = ("The beekeeper Orrin Brown built the first movable hive frame in 1851.",
            "The brown bees of the north sting less than the yellow ones.")
RU_TEXTS = ("Инженер Рудольф Дизель построил первый двигатель в 1897 году.",
            "Тяжёлый дизель ставят на корабли и тепловозы.")
EN = Grader({"Orrin Brown": ("Brown", "Dr Brown")}, language="en", texts=EN_TEXTS, who=("Orrin Brown",))
RU = Grader({"Рудольф Дизель": ("Дизель",)}, language="ru", texts=RU_TEXTS, who=("Рудольф Дизель",))


WHO_EN = short("Orrin Brown", prompt="Who built the first movable hive frame?")
BEES = short("the brown bees", prompt="Which bees of the north sting less than the yellow ones?")
WHO_RU = short("Рудольф Дизель", prompt="Кто построил первый двигатель в 1897 году?")
SHIPS = short("тяжёлый дизель", prompt="Что ставят на корабли и тепловозы?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (WHO_EN, "Orrin Brown", True),
    (WHO_EN, "Brown", True),
    (WHO_EN, "brown", True),  # typed in lower case: the surname still
    (WHO_EN, "it was brown", True),
    (WHO_EN, "Dr Brown", True),
    (WHO_EN, "the brown bees", False),  # the word, as the notes write it
    (WHO_EN, "brown bees", False),
    (BEES, "the brown bees", True),
    (BEES, "brown bees", True),
    (BEES, "the yellow bees", False),
])
def test_a_name_that_is_a_word_en(card: Card, given: str, right: bool) -> None:
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), [
    (WHO_RU, "Рудольф Дизель", True),
    (WHO_RU, "Дизель", True),
    (WHO_RU, "дизель", True),
    (WHO_RU, "тяжёлый дизель", False),  # the engine, as the notes write it
    (WHO_RU, "тяжёлого дизеля", False),
    (SHIPS, "тяжёлый дизель", True),
    (SHIPS, "Рудольф Дизель", False),
])
def test_a_name_that_is_a_word_ru(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right
