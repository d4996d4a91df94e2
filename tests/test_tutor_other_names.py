"""A question about one of two names sharing a common word ("Корякская сопка", "Ключевская сопка"; "the Arlo river",
"the Brell river") is not answered by a passage that says the other (`tutor.other_names`): "how many tourists climb
Ключевская сопка?" by "На Авачинскую сопку ежегодно поднимаются тысячи туристов", or by a sentence of a section titled
by the other name that names nothing itself. The name asked said in the passage, or in its section's title, answers.
Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES_RU = (
    ("tall", "Тавдинская сопка", "Тавдинская сопка — высокий вулкан на севере края.\n"
     "Первым на вершину поднялся в 1790 году инженер Павел Ершов.\n"),
    ("home", "Соседние вулканы", "Каменская сопка и Ленская сопка стоят рядом у города.\n"
     "На Каменскую сопку ежегодно поднимаются тысячи туристов.\n"),
)

NOTES_EN = """\
The Arlo river and the Brell river meet at the town of Marlow.
Each year about 400 barges carry coal down the Brell river.
The Arlo river was bridged in stone in 1702.
"""


@pytest.fixture(scope="module")
def russian() -> Tutor:
    sections = tuple(Section(id=i, title=t, notes=n) for i, t, n in NOTES_RU)
    return Tutor(Pack(id="t", title="Вулканы", sections=sections, cards=(), language="ru"), language="ru", cache=False)


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_on(NOTES_EN, "Rivers of Marlow")


@pytest.mark.parametrize("question", [
    "Сколько туристов поднимается на Ленскую сопку?",  # the tourists climb Каменская сопка
    "Кто первым поднялся на Каменскую сопку?",  # the first climb told in the section of Тавдинская сопка
])
def test_another_name_of_the_same_kind_is_declined(russian: Tutor, question: str) -> None:
    assert russian.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Сколько туристов поднимается на Каменскую сопку?", "тысячи туристов"),
    ("Кто первым поднялся на Тавдинскую сопку?", "Ершов"),  # named by its section's title
    ("Где стоит Ленская сопка?", "рядом у города"),
])
def test_the_name_asked_answers(russian: Tutor, question: str, fact: str) -> None:
    assert says(russian, question, fact)


def test_english(english: Tutor) -> None:
    assert english.ask("How many barges carry coal down the Arlo river?").kind == "decline"
    assert says(english, "How many barges carry coal down the Brell river?", "400 barges")



NOTES_SIDES = """\
Gaius Marro was a tribune of the people in the town of Velna.
He gave the poor of Velna grain at a low price.
In 121 the consul Tuberius Vell attacked Gaius and his followers in the market.
Gaius fled across the river and died there.
"""


@pytest.fixture(scope="module")
def sides() -> Tutor:
    section = Section(id="s", title="Tribunes of Velna", notes=NOTES_SIDES)
    return Tutor(Pack(id="t", title="Tribunes of Velna", sections=(section,), cards=(), language="en",
                      aliases={"Gaius Marro": ("Marro",)}), cache=False)


def test_a_word_on_the_other_side_of_a_name_is_no_common_word_of_it(sides: Tutor) -> None:
    # "attacked" stands before the name asked, and after "Tuberius Vell" in the notes: a verb, no common word of a
    # name, and "Vell" is no other Gaius
    assert says(sides, "Which consul attacked Gaius Marro in 121?", "Tuberius Vell")
    assert says(sides, "Which consul attacked Gaius Marro?", "Tuberius Vell")
