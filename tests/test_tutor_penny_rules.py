"""Rules of the language an instructor's pack showed the tutor missing, on small invented notes (no pack's subject): a
sum of money said by one coin's name with no figure ("a shilling", "стоил рубль": `tutor.lone_money`), the figures of
"the number of X" counting X ("число мельниц ... с 5 в 1800 году до 19 в 1830 году": `tutor.numbers_of`), the agent of
an act named by its noun ("a sketch by X" answers "who drew the sketch?": `tutor.acted_nouns`), a figure counting
"them" (`tutor.counted_back`) and a "why" asked only of an apposition (`tutor.appositions`). Each has questions the
notes answer and questions they do not, which must still be declined."""

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


QUARRY_EN = """\
The Tarn quarry opened in 1820. Its cutters split some 9,000 slates a year. The builders of Ossel bought about a third
of them. In 1830 the quarry employed forty cutters, and six of them came from Wales.
"""
QUARRY_RU = """\
Каменоломня у Тарна открылась в 1820 году. Её резчики кололи около 9000 плит в год. Треть из них покупали строители
Оссела. В 1830 году там работали сорок резчиков.
"""


@pytest.mark.parametrize(("notes", "language", "question", "fact"), [
    (QUARRY_EN, "en", "how many slates did the builders of Ossel buy?", "a third of them"),
    (QUARRY_EN, "en", "how many cutters came from Wales?", "six of them"),
    (QUARRY_RU, "ru", "сколько плит покупали строители Оссела?", "Треть из них"),
])
def test_counted_by_pronoun(notes: str, language: str, question: str, fact: str) -> None:
    """ "a third of them" counts what the sentence before counts (`tutor.counted_back`)."""
    assert says(tutor_on(notes, "The Tarn quarry", language), question, fact)


@pytest.mark.parametrize(("notes", "language", "question"), [
    (QUARRY_EN, "en", "how many bricks did the builders of Ossel buy?"),
    (QUARRY_EN, "en", "how many cutters came from Ireland?"),
    (QUARRY_RU, "ru", "сколько кирпичей покупали строители Оссела?"),
])
def test_counted_by_pronoun_declined(notes: str, language: str, question: str) -> None:
    assert tutor_on(notes, "The Tarn quarry", language).ask(question).kind == "decline"


MILL_EN = """\
Edda Marr, a weaver and later a mill owner, bought the Lune mill in 1851. She closed the old dye house because its
water had poisoned the river. She became a mill owner because her brother died young and left her the mill.
"""
SCHOOL_EN = """\
Tobias Renn, a teacher and amateur astronomer, built the town's first observatory in 1870. He wanted his pupils to see
the moons of Jupiter, so he ground the lenses himself.
"""


def test_apposition_gives_no_event() -> None:
    """ "Renn, a teacher and amateur astronomer, built ..." says what Renn was, not why he became one: the reason next
    to it is the building's (`tutor.appositions`)."""
    reply = tutor_on(SCHOOL_EN, "The Renn observatory").ask("why did Renn become a teacher?")
    assert reply.kind == "decline" or reply.no_reason


@pytest.mark.parametrize(("question", "fact"), [
    ("why did Marr become a mill owner?", "her brother died young"),  # said outside the apposition too
    ("why did Marr close the dye house?", "poisoned the river"),
])
def test_reason_said_of_the_event(question: str, fact: str) -> None:
    reply = tutor_on(MILL_EN, "The Lune mill").ask(question)
    assert not reply.no_reason and says(tutor_on(MILL_EN, "The Lune mill"), question, fact)


def test_reason_of_the_verb_beside_an_apposition() -> None:
    assert says(tutor_on(SCHOOL_EN, "The Renn observatory"), "why did Renn build the observatory?", "moons of Jupiter")
