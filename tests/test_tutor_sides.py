"""A side asked that a passage says otherwise (`tutor.sides`): a question about one point of the compass or one
colour is not answered by a passage that says only another member of that set ("the south pole" asked, "the north
pole" said; "красный цвет" asked, "зелёный цвет" said); a passage that says the side asked answers. General words of
English and Russian only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.sides import sides_said
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def coast() -> Tutor:
    return tutor_on(
        "The north gate of Varn was built by the mason Tobias Helm in 1402.\n\n"
        "The harbour of Varn shipped salt and wool to the islands.\n\n"
        "Red flags on the towers of Varn warned ships of storms.", "Varn")


@pytest.fixture(scope="module")
def ozero() -> Tutor:
    return tutor_on(
        "Северный берег озера Тальмо заселили рыбаки в 1650 году.\n\n"
        "На озере Тальмо ловят сига и ряпушку.\n\n"
        "Зелёный свет маяку на мысу даёт медная лампа.", "Тальмо", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("who built the north gate of Varn?", "Tobias Helm"),
    ("when was the northern gate of varn built?", "1402"),
    ("what did the red flags on the towers warn of?", "storms"),
])
def test_the_side_asked_answers(coast: Tutor, question: str, fact: str) -> None:
    assert says(coast, question, fact)


@pytest.mark.parametrize("question", [
    "who built the south gate of Varn?", "when was the western gate of varn built?",
    "what did the blue flags on the towers warn of?"])
def test_another_side_is_no_answer(coast: Tutor, question: str) -> None:
    assert coast.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("когда заселили северный берег озера Тальмо?", "1650"),
    ("что даёт зелёный свет маяку?", "медная лампа"),
])
def test_the_side_asked_answers_ru(ozero: Tutor, question: str, fact: str) -> None:
    assert says(ozero, question, fact)


@pytest.mark.parametrize("question", [
    "когда заселили южный берег озера Тальмо?", "когда заселили восточный берег озера Тальмо?",
    "что даёт красный свет маяку?"])
def test_another_side_is_no_answer_ru(ozero: Tutor, question: str) -> None:
    assert ozero.ask(question).kind == "decline"


@pytest.mark.parametrize(("text", "sides"), [
    ("the southern shore", {("compass", "south")}),
    ("на юге и к востоку", {("compass", "south"), ("compass", "east")}),
    ("a reddish glow", {("colour", "red")}),
    ("Южного берега", {("compass", "south")}),
    ("юго-западный ветер", {("compass", "south"), ("compass", "west")}),  # a compound: its two points
    ("the westerlies", {("compass", "west")}),
    ("the soup was hot", set()),
    ("югослав", set()),  # a word that begins like one is none
])
def test_sides_said(text: str, sides: set[tuple[str, str]]) -> None:
    assert sides_said(text) == frozenset(sides)
