"""A double-barrelled surname is one surname (issue #11): "Watson-Watt" (or "watson watt") names Robert Watson-Watt,
but its last word alone ("Watt") is another name, and so is "Robert Watt"; the same in Russian ("Римский-Корсаков",
not "Корсаков"). Before, the reader of a pack's people took the last word for the surname, so "Watt" passed for
Watson-Watt. Made-up people and texts."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


EN_TEXTS = ("Harold Fenwick-Pryce led the survey team at Orford. Fenwick-Pryce chose the site. "
            "His assistant Arnold Tilley did the sums, and Tilley later ran the station.",)
EN = Grader(language="en", texts=EN_TEXTS, who=("Harold Fenwick-Pryce", "Arnold Tilley"))
EN_CARD = short("Harold Fenwick-Pryce", "Who led the survey team at Orford?")
RU_TEXTS = ("Экспедицию возглавил Пётр Лужин-Озерский. Лужин-Озерский описал берег. "
            "Карты составил Иван Тихомиров; позже Тихомиров издал атлас.",)
RU = Grader(language="ru", texts=RU_TEXTS, who=("Пётр Лужин-Озерский", "Иван Тихомиров"))
RU_CARD = short("Пётр Лужин-Озерский", "Кто возглавил экспедицию?")


@pytest.mark.parametrize(("given", "right"), [
    ("Harold Fenwick-Pryce", True),
    ("Fenwick-Pryce", True),
    ("fenwick pryce", True),
    ("H. Fenwick-Pryce", True),
    ("Pryce", False),  # the last word of the surname alone
    ("Harold Pryce", False),
    ("Tilley", False),  # another person of the text
])
def test_an_english_double_barrelled_surname(given, right):
    assert EN.grade(EN_CARD, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("Пётр Лужин-Озерский", True),
    ("Лужин-Озерский", True),
    ("П. Лужин-Озерский", True),
    ("Озерский", False),
    ("Пётр Озерский", False),
    ("Тихомиров", False),
])
def test_a_russian_double_barrelled_surname(given, right):
    assert RU.grade(RU_CARD, given).correct is right


def test_a_single_surname_still_answers_alone():
    card = short("Arnold Tilley", "Who did the sums?")
    assert EN.grade(card, "Tilley").correct and not EN.grade(card, "Fenwick-Pryce").correct
