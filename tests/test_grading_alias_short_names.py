"""An alias that is a word of a longer name ("Ленуар: [Этьен Ленуар]", "Tambora: [Mount Tambora]") says the two
name one thing: a card answering with the longer name takes the alias alone too. Seen in the app on an
instructor's pack: "Ленуар", the pack's own right example, failed for "Этьен Ленуар". Made-up names and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


RU_TEXTS = ("Первую паровую мельницу построил инженер Тихон Вельский в 1801 году. Мельница Вельского работала на "
            "торфе. Его соперник Аким Дубов построил водяную мельницу.",)
RU = Grader({"Вельский": ("Тихон Вельский", "Velsky")}, language="ru", texts=RU_TEXTS,
            who=("Тихон Вельский",))
EN = Grader({"Kessary": ("Mount Kessary",), "Orvell": ("Marcus Orvell",)}, language="en")
RU_CARD = short("Тихон Вельский", "Кто построил первую паровую мельницу?")


@pytest.mark.parametrize(("given", "right"), [
    ("Тихон Вельский", True),
    ("Вельский", True),  # the alias alone
    ("Вельского", True),  # in another case
    ("наверное, Вельский", True),
    ("Velsky", True),
    ("Дубов", False),  # another person of the text
    ("Аким Дубов", False),
    ("Тихон", False),  # a given name alone is no alias
])
def test_a_russian_surname_alias_answers_for_the_full_name(given, right):
    assert RU.grade(RU_CARD, given).correct is right


@pytest.mark.parametrize(("answer", "prompt", "given", "right"), [
    ("Mount Kessary", "Which volcano erupted in 1790?", "Kessary", True),
    ("Mount Kessary", "Which volcano erupted in 1790?", "Mount Kessary", True),
    ("Mount Kessary", "Which volcano erupted in 1790?", "Mount Orvell", False),
    ("Marcus Orvell", "Who led the revolt?", "Orvell", True),
    ("Marcus Orvell", "Who led the revolt?", "Marcus", False),
    ("Kessary", "Which volcano erupted in 1790?", "Mount Kessary", True),  # the other way, as before
])
def test_an_english_alias_inside_a_longer_name(answer, prompt, given, right):
    assert EN.grade(short(answer, prompt), given).correct is right
