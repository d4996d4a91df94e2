"""A surname that is also an English or Russian word names its person alone when no other person of the pack has it
("Noble", "Best", "Young", "Bell", "Brown", "Wood"; "Жук", "Кузнец"), even one the language otherwise reads as a set
phrase ("wood" is "timber" elsewhere) and one the texts also write as the word ("the best sand", "a bell": then only
as a short answer that is the surname alone, `grading.surname_words`); another person's surname stays wrong. A pack
of our own (a glassworks), its people named only in its notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

EN_NOTES = (
    "The glassworks at Harrowby was founded by Edmund Noble in 1790. Noble hired the chemist Clara Best, and Best "
    "improved the furnace. The clerk Walter Young kept the books; Young later sued the firm. Arthur Bell designed "
    "the kiln. The carter Josiah Brown hauled the sand. Martha Wood sold the firewood, and the kiln was fired with "
    "wood. The best sand was brown; a young clerk rang a bell."
)
RU_NOTES = (
    "Стекольный завод основал купец Игнат Петрович Сорокин. Сорокин нанял мастера Фёдора Жука, и Жук перестроил "
    "печь. Обжиговую печь сложил Пётр Кузнец, а деревенский кузнец ковал решётки. Дрова продавала Марфа Ткач."
)


def card(answer: str, prompt: str) -> Card:
    return Card(id=answer, section="s", kind="short", prompt=prompt, answer=answer)


EN_CARDS = tuple(card(name, "Who was it?") for name in (
    "Edmund Noble", "Clara Best", "Walter Young", "Arthur Bell", "Josiah Brown", "Martha Wood"))
RU_CARDS = tuple(card(name, "Кто это был?") for name in ("Фёдор Жук", "Пётр Кузнец", "Марфа Ткач"))


def grader(language: str, notes: str, cards: tuple[Card, ...]) -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=notes),), cards=cards,
                                language=language))


EN, RU = grader("en", EN_NOTES, EN_CARDS), grader("ru", RU_NOTES, RU_CARDS)


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Edmund Noble", "Noble", True),
    ("Clara Best", "best", True),
    ("Clara Best", "Dr Best", True),
    ("Clara Best", "the best", False),  # the word, not the name
    ("Clara Best", "the best sand", False),
    ("Walter Young", "Young", True),
    ("Arthur Bell", "Bell", True),
    ("Josiah Brown", "Brown", True),
    ("Martha Wood", "Wood", True),
    ("Martha Wood", "wood", True),
    ("Martha Wood", "timber", False),  # the word's other name is no name
    ("Martha Wood", "Brown", False),
    ("Edmund Noble", "Best", False),
    ("Clara Best", "Young", False),
])
def test_a_surname_that_is_a_word_names_its_person(answer: str, given: str, right: bool) -> None:
    found = next(c for c in EN_CARDS if c.answer == answer)
    assert EN.grade(found, given).correct is right, EN.grade(found, given).trace


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Фёдор Жук", "Жук", True),
    ("Пётр Кузнец", "кузнец", True),
    ("Пётр Кузнец", "Кузнеца", True),
    ("Пётр Кузнец", "деревенский кузнец", False),
    ("Марфа Ткач", "Ткач", True),
    ("Фёдор Жук", "Ткач", False),
    ("Пётр Кузнец", "Жук", False),
])
def test_a_russian_surname_that_is_a_word(answer: str, given: str, right: bool) -> None:
    found = next(c for c in RU_CARDS if c.answer == answer)
    assert RU.grade(found, given).correct is right, RU.grade(found, given).trace
