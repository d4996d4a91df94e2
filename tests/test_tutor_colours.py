"""A colour asked ("what colour is X?", "какого цвета X?") is given only by a sentence that says a colour, or the
sentence next to it (`tutor.colours`): one naming X but saying no colour ("The Merrow lamp went on sale in 1921")
answers no such question; another that says X's colour does ("The Tessel lamp has a green shade"). General words of
English and Russian only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.colours import says_colour
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def lamps() -> Tutor:
    return tutor_on(
        "The Merrow lamp went on sale in 1921 in the shops of Dunmore.\n\n"
        "Lamp makers of Dunmore sold lamps to ships and mines.\n\n"
        "The Tessel lamp, made in Dunmore from 1930, has a green glass shade.\n\n"
        "The wick of a miner's lamp burns paraffin.", "Lamps")


@pytest.fixture(scope="module")
def salts() -> Tutor:
    return tutor_on(
        "Карбонат меди называют медной зеленью; его применяют в производстве красок.\n\n"
        "Нитрат никеля хорошо растворим в воде и применяется при никелировании.\n\n"
        "Сульфат меди образует синие кристаллы медного купороса.\n\n"
        "Раствор тимолфталеина в щелочной среде синеет.\n\n"
        "По цвету пламени определяют металл в соли.", "Соли", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("What colour is the Tessel lamp's shade?", "green"),
    ("what color was the shade of the Tessel lamp", "green"),
])
def test_a_colour_said_answers(lamps: Tutor, question: str, fact: str) -> None:
    assert says(lamps, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("Какого цвета сульфат меди?", "синие"),
    ("Какого цвета тимолфталеин в щелочной среде?", "синеет"),
])
def test_a_colour_said_answers_ru(salts: Tutor, question: str, fact: str) -> None:
    assert says(salts, question, fact)


@pytest.mark.parametrize("question", [
    "What colour was the Merrow lamp?", "which colour are the wicks of miners' lamps?"])
def test_no_colour_said_is_no_answer(lamps: Tutor, question: str) -> None:
    assert lamps.ask(question).kind == "decline"


@pytest.mark.parametrize("question", ["Какого цвета нитрат никеля?", "Какой цвет у нитрата никеля?"])
def test_no_colour_said_is_no_answer_ru(salts: Tutor, question: str) -> None:
    assert salts.ask(question).kind == "decline"


def test_other_questions_keep_their_answers(lamps: Tutor, salts: Tutor) -> None:
    assert says(lamps, "When did the Merrow lamp go on sale?", "1921")
    assert says(salts, "Где применяют карбонат меди?", "красок")


@pytest.mark.parametrize(("sentence", "said"), [
    ("Litmus turns red in acid.", True), ("a colourless, reddish-brown or blue-green gas", True),
    ("Фенолфталеин бесцветен.", True), ("Лакмус синеет, метилоранж жёлтый.", True), ("голубое основание", True),
    ("Серная кислота — маслянистая жидкость.", False), ("Белок синтезируется в рибосомах.", False),
    ("It went on sale in 1921.", False), ("Синтез белка идёт в клетке.", False),
])
def test_a_colour_word_in_any_form(sentence: str, said: bool) -> None:
    assert says_colour(sentence) is said
