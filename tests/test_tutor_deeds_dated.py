"""What someone did after or before an event (`sequels._DEED`): "what did X do after Y?" is not answered by the
passage that only tells Y; one saying what came after ("After finishing the map, ...") is, and "before" with no
passage saying what came before is declined. English and Russian, invented notes.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

_EN = ("The painter Ida Voss was born in Marl in 1801.\n\n"
       "In 1830 Ida Voss finished the great map of the Varn coast.\n\n")
_SCHOOL = "After finishing the map, Voss sailed to Kell and opened a school of drawing.\n\n"
_OTHER = "Tom Reed built the lighthouse of Dun in 1835."


@pytest.fixture(scope="module")
def told() -> Tutor:
    return tutor_on(_EN + _SCHOOL + _OTHER, "Ida Voss")


@pytest.fixture(scope="module")
def untold() -> Tutor:
    return tutor_on(_EN + _OTHER, "Ida Voss")


@pytest.fixture(scope="module")
def untold_ru() -> Tutor:
    return tutor_on("Художница Ида Восс родилась в Марле в 1801 году.\n\n"
                    "В 1830 году Ида Восс закончила большую карту побережья Варна.\n\n"
                    "Том Рид построил маяк Дун в 1835 году.", "Ида Восс", "ru")


def test_what_came_after_answers(told: Tutor) -> None:
    assert says(told, "what did Voss do after she finished the map?", "school of drawing")


@pytest.mark.parametrize(("question", "fact"), [
    ("when did Voss finish the map?", "1830"), ("what did Ida Voss finish in 1830?", "map"),
])
def test_the_event_itself_answers(untold: Tutor, question: str, fact: str) -> None:
    assert says(untold, question, fact)


@pytest.mark.parametrize("question", [
    "what did Voss do after she finished the map?", "what did Ida Voss do before she finished the map?"])
def test_a_deed_the_text_does_not_tell_is_declined(untold: Tutor, question: str) -> None:
    assert untold.ask(question).kind == "decline"


def test_before_is_declined_where_only_after_is_told(told: Tutor) -> None:
    assert told.ask("what did Ida Voss do before she finished the map?").kind == "decline"


@pytest.mark.parametrize("question", [
    "что делала Ида Восс после того, как закончила карту?", "что сделала Ида Восс до того, как закончила карту?"])
def test_a_deed_the_text_does_not_tell_is_declined_ru(untold_ru: Tutor, question: str) -> None:
    assert untold_ru.ask(question).kind == "decline"


def test_the_event_itself_answers_ru(untold_ru: Tutor) -> None:
    assert says(untold_ru, "когда Ида Восс закончила карту?", "1830")
