"""A rank before a person's name is a title, no part of the name (`lexicon` titles): "Lieutenant Jean-Baptiste
Marcoux found ..." names Jean-Baptiste Marcoux, so his surname alone answers for him, as after "Captain"; the same in
Russian after "лейтенант". Another person's surname still fails, and so does the rank alone. Invented notes of a
find by a river, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

EN_NOTES = ("Lieutenant Jean-Baptiste Marcoux found the tablet by the river. Sergeant Paul Ostrow carried it to the "
            "fort. Commander Ilse Barrow kept the keys.")
EN_WHO = {"Jean-Baptiste Marcoux": "Who found the tablet?", "Paul Ostrow": "Who carried the tablet to the fort?",
          "Ilse Barrow": "Who kept the keys?"}
RU_NOTES = "Лейтенант Пётр Коврин нашёл плиту у реки. Сержант Олег Бурцев отнёс её в крепость."
RU_WHO = {"Пётр Коврин": "Кто нашёл плиту?", "Олег Бурцев": "Кто отнёс плиту в крепость?"}


def card(answer: str, prompt: str) -> Card:
    return Card(id=answer, section="s", kind="short", prompt=prompt, answer=answer)


def pack(language: str, notes: str, who: dict[str, str]) -> Pack:
    """The pack a card's grader reads its people from: the notes and the cards asking who."""
    cards = tuple(card(answer, prompt) for answer, prompt in who.items())
    return Pack(id=language, title="Finds", sections=(Section("s", "Finds", notes),), cards=cards, language=language)


PACKS = {"en": pack("en", EN_NOTES, EN_WHO), "ru": pack("ru", RU_NOTES, RU_WHO)}


@pytest.mark.parametrize(("language", "answer", "given", "right"), [
    ("en", "Jean-Baptiste Marcoux", "Marcoux", True),
    ("en", "Jean-Baptiste Marcoux", "J.-B. Marcoux", True),
    ("en", "Jean-Baptiste Marcoux", "Ostrow", False),
    ("en", "Jean-Baptiste Marcoux", "the lieutenant", False),
    ("en", "Paul Ostrow", "Ostrow", True),
    ("en", "Paul Ostrow", "Marcoux", False),
    ("en", "Ilse Barrow", "Barrow", True),
    ("ru", "Пётр Коврин", "Коврин", True),
    ("ru", "Пётр Коврин", "Бурцев", False),
    ("ru", "Олег Бурцев", "Бурцев", True),
])
def test_a_rank_before_a_name_is_no_part_of_it(language, answer, given, right):
    asked = PACKS[language]
    verdict = Grader.for_pack(asked).grade(asked.card(answer), given)
    assert bool(verdict.correct) is right, verdict.trace
