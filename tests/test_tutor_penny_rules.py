"""Three rules of the language an instructor's pack showed the tutor missing, on small invented notes (no pack's
subject): a sum of money said by one coin's name with no figure ("a shilling", "стоил рубль": `tutor.lone_money`), the
figures of "the number of X" counting X ("число мельниц ... с 5 в 1800 году до 19 в 1830 году": `tutor.numbers_of`),
and the agent of an act named by its noun ("a sketch by X" answers "who drew the sketch?": `tutor.acted_nouns`). Each
table has questions the notes answer and questions they do not, which must still be declined."""

from __future__ import annotations

import pytest

from studybot.core.tutor.lone_money import says_lone_money
from tests.notes import says, tutor_on

FERRY_EN = """\
The Ossel ferry crossed the river at Marn from 1702. A seat on the deck cost a sixpence, and a cart paid a shilling.
Goods were weighed at the landing, and a pound of wool went free. The ferry house was rebuilt in 1750 to a design by
Clara Wend. Its sign showed a heron, painted from a sketch by Jonas Pell. The number of crossings grew quickly:
from 40 in 1710 to 260 in 1760. The ferry closed in 1801.
"""
FERRY_RU = """\
Паром через реку у Марна ходил с 1702 года. Место на палубе стоило копейку, а телега платила рубль. Рубль в те годы
часто дешевел. Паромный дом перестроили в 1750 году по проекту Клары Венд. Число переправ быстро росло: с 40 в 1710
году до 260 в 1760 году. В 1801 году паром закрыли.
"""


@pytest.mark.parametrize(("text", "code", "money"), [
    ("a seat on the deck cost a sixpence", "en", True),
    ("it cost more than a shilling", "en", True),
    ("a pound of wool went free", "en", False),  # a weight
    ("they left a mark on the cover", "en", False),
    ("he kept a penny coin in his pocket", "en", False),  # the coin, not a price
    ("место стоило копейку", "ru", True),
    ("телега платила рубль", "ru", True),
    ("за рубль давали три пуда", "ru", True),
    ("рубль в те годы часто дешевел", "ru", False),  # the currency spoken of
    ("на конверте была марка", "ru", False),
])
def test_money_said_by_one_unit(text: str, code: str, money: bool) -> None:
    assert says_lone_money(text, code) is money


@pytest.mark.parametrize(("question", "fact"), [
    ("how much did a seat on the deck cost?", "a sixpence"),
    ("how much did a cart pay?", "a shilling"),
    ("how many crossings were there in 1760?", "260"),
    ("who designed the ferry house?", "Clara Wend"),
    ("who drew the plans for the ferry house?", "Clara Wend"),
    ("who drew the sketch for the heron on the sign?", "Jonas Pell"),
    ("who made the sketch for the sign?", "Jonas Pell"),
    ("who drew the sketch?", "Jonas Pell"),  # "drew" said by the noun "sketch" and its "by"
    ("who drew the design for the house?", "Clara Wend"),
])
def test_answered_en(question: str, fact: str) -> None:
    assert says(tutor_on(FERRY_EN, "The Ossel ferry"), question, fact)


@pytest.mark.parametrize("question", [
    "how much did the ferry house cost?",
    "how many crossings were there in 1801?",
    "who designed the bridge at Marn?",
    "who drew the map of the river?",
    "who painted the ferry boat?",
])
def test_declined_en(question: str) -> None:
    assert tutor_on(FERRY_EN, "The Ossel ferry").ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("сколько стоило место на палубе?", "копейку"),
    ("сколько платила телега?", "рубль"),
    ("сколько переправ было в 1760 году?", "260"),
])
def test_answered_ru(question: str, fact: str) -> None:
    assert says(tutor_on(FERRY_RU, "Паром у Марна", "ru"), question, fact)


@pytest.mark.parametrize("question", [
    "сколько стоил паромный дом?",
    "сколько переправ было в 1801 году?",
])
def test_declined_ru(question: str) -> None:
    assert tutor_on(FERRY_RU, "Паром у Марна", "ru").ask(question).kind == "decline"
