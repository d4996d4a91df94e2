"""Question shapes an instructor's learners asked (round 24), on invented texts:

- a material ("what is X made of?", "из чего сделан X?") is given by a sentence saying one, with or without "made"
  ("a slab of basalt", "a wooden frame", "отлит из бронзы"), and in Russian by no sentence saying none
  (`tutor.materials`);
- what a text says ("what does the edict say?") is its content, told with any verb (`lexicon_framing`);
- "what X did Y know that helped him?": the clause after the thing asked is the learner's framing (`lexicon_framing`);
- an event to come ("when will X be returned?") is given by a sentence saying something to come, not by a past event
  of the same things (`tutor.futures`).
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.futures import says_future
from studybot.core.tutor.materials import says_material
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def marker() -> Tutor:
    return tutor_on(
        "The Holm marker is a slab of basalt about two metres high.\n\n"
        "Shepherds found the Holm marker in 1887 on the moor above Tarrow.\n\n"
        "The Fenwick bell was cast in 1702 and hung in the tower of Tarrow church.\n\n"
        "The Tarrow edict of 1650 forbade the grazing of goats on the common.\n\n"
        "In 1901 the museum of Carlow took the Holm marker away from Tarrow to a new hall. "
        "Tarrow has asked for the return of the marker several times.\n\n"
        "The Carlow museum will open a new hall for the Holm marker in 2031.\n\n"
        "Ada Venn, who knew Icelandic, the language of the sagas, read the runes of the marker in 1923.\n\n"
        "The Tarrow mill had a wooden wheel turned by the river.", "The Holm marker")


@pytest.fixture(scope="module")
def town() -> Tutor:
    return tutor_on(
        "Памятник Орлову отлит из бронзы в 1880 году.\n\n"
        "Собор в Ветлуге построили в 1712 году на средства купцов.\n\n"
        "Старый мост в Ветлуге деревянный, его чинят каждую весну.", "Ветлуга", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("what is the Holm marker made of?", "slab of basalt"),
    ("What was the wheel of the Tarrow mill made of?", "wooden wheel"),
    ("what does the Tarrow edict say?", "forbade the grazing"),
    ("what language did Ada Venn know that helped her?", "Icelandic"),
])
def test_the_shape_is_answered(marker: Tutor, question: str, fact: str) -> None:
    assert says(marker, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("Из чего сделан памятник Орлову?", "бронзы"),
    ("Из чего построен старый мост в Ветлуге?", "деревянный"),
])
def test_a_material_said_answers_ru(town: Tutor, question: str, fact: str) -> None:
    assert says(town, question, fact)


@pytest.mark.parametrize("question", [
    "when will the Holm marker be returned to Tarrow?",  # "took it in 1901", "asked for its return": not to come
])
def test_no_such_sentence_is_no_answer(marker: Tutor, question: str) -> None:
    assert marker.ask(question).kind == "decline"


def test_no_material_said_is_no_answer_ru(town: Tutor) -> None:
    assert town.ask("Из чего построили собор в Ветлуге?").kind == "decline"


def test_other_questions_keep_their_answers(marker: Tutor, town: Tutor) -> None:
    assert says(marker, "When was the Fenwick bell cast?", "1702")
    assert says(marker, "when did the museum of Carlow take the Holm marker?", "1901")
    assert says(marker, "when will the museum of Carlow open its new hall?", "2031")
    assert says(marker, "when did shepherds find the Holm marker?", "1887")
    assert says(town, "Когда построили собор в Ветлуге?", "1712")


@pytest.mark.parametrize(("sentence", "said"), [
    ("The stone is a slab of granodiorite.", True), ("Noyce's chip was made of silicon.", True),
    ("a statue carved from marble", True), ("a sealed glass bulb", True), ("a wooden fort", True),
    ("Колокол отлит из меди.", True), ("деревянные дома", True),
    ("Equipment built from them was big.", False), ("French soldiers found the stone in 1799.", False),
    ("a bar of the hotel", False), ("Собор построили в 1712 году.", False), ("Железо ржавеет.", False),
])
def test_a_material_in_any_form(sentence: str, said: bool) -> None:
    assert says_material(sentence) is said


@pytest.mark.parametrize(("sentence", "said"), [
    ("The museum will return the stone in 2030.", True), ("Moore predicted that it would continue.", True),
    ("The town plans to rebuild the bridge.", True), ("Мост будет открыт весной.", True),
    ("The treaty of 1801 handed the stone to Britain.", False), ("Egypt has asked for its return.", False),
    ("Собор построили в 1712 году.", False),
])
def test_something_to_come_in_any_form(sentence: str, said: bool) -> None:
    assert says_future(sentence) is said
