"""One member of a closed set in place of another (issue #11): a keypoint naming a colour, a chemical substance or a
point of the compass is not made by an answer that says most of its words but another colour, substance or direction
where it stood; leaving the word out, or adding one beside it, still makes it. An answer that makes such a point turned
says something false and is not right, however many other points it makes. Invented cards; each row says what a
teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain, one_point

LAKE = one_point("iron in the water absorbs green light", "Why does the lake look red?")
ORE = one_point("the ore is rich in copper and zinc", "Why was the mine opened?")
RU_LAKE = one_point("железо в воде поглощает зелёный свет", "Почему озеро кажется красным?")
SURGE = explain("a west wind", "water from the bay", "against the current", need=2,
                prompt="Why did the river rise so high?")
RU_SURGE = explain("западный ветер", "вода из залива", "навстречу течению", need=2, prompt="Почему вода поднялась?")
SMOKE = explain("the smoke turned white", "the vote was over", need=1, prompt="How did the crowd learn the result?")
TRADE = explain("Britain", "France", need=2, prompt="Which countries bought the wool?")

ROWS = [
    (LAKE, "iron in the water absorbs green light", "en", True),
    (LAKE, "iron absorbs green light", "en", True),  # a word left out
    (LAKE, "iron and manganese in the water absorb green light", "en", True),  # one added beside it
    (LAKE, "iron in the water soaks up greenish light", "en", True),
    (LAKE, "iron absorbs blue light", "en", False),
    (LAKE, "iron absorbs red light", "en", False),  # the question's colour in place of the point's
    (LAKE, "copper in the water absorbs green light", "en", False),
    (LAKE, "copper absorbs green light", "en", False),
    (ORE, "the ore is rich in copper and zinc", "en", True),
    (ORE, "the ore is rich in copper and tin", "en", False),
    (RU_LAKE, "железо в воде поглощает зелёный свет", "ru", True),
    (RU_LAKE, "железо поглощает синий свет", "ru", False),
    (RU_LAKE, "медь в воде поглощает зелёный свет", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_another_colour_or_substance_is_a_wrong_claim(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right


TURNED = [
    (SURGE, "a west wind drove water from the bay against the current", "en", True),
    (SURGE, "water from the bay was driven against the current", "en", True),  # the wind left out: two of three
    (SURGE, "an east wind drove water from the bay against the current", "en", False),  # a false claim among right
    (SURGE, "an easterly wind pushed water from the bay against the current", "en", False),
    (SURGE, "not an east wind but a west wind drove water from the bay against the current", "en", True),
    (RU_SURGE, "западный ветер гнал воду из залива навстречу течению", "ru", True),
    (RU_SURGE, "восточный ветер гнал воду из залива навстречу течению", "ru", False),
    (RU_SURGE, "ветер с востока гнал воду из залива против течения", "ru", False),
    (RU_SURGE, "ветер гнал воду из залива против течения", "ru", True),  # the wind's side left out: two of three
    (SMOKE, "the vote was over, so the smoke turned white", "en", True),
    (SMOKE, "the vote was over and the smoke turned black", "en", False),
    (TRADE, "Britain, France and Spain", "en", True),  # a list's third name is no point turned round
]


@pytest.mark.parametrize(("card", "given", "code", "right"), TURNED)
def test_a_point_turned_to_another_member_fails_the_answer(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
