"""A keypoint's word of direction alone in its clause with a word the prompt names ("цены" of "Что было с
ценами?"): the point "цены выросли и стали высокими" was not made by its own words, since "выросли" stood in no
clause of the words found ("стали высокими"). It may stand where the answer says the prompt's word or in a clause
with no other plain word (core.skipped_clauses); a direction of a clause about another thing is not taken. Invented
cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU, EN = Grader(language="ru"), Grader(language="en")


def point(text: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=text, keypoints=(Keypoint(text, ()),),
                need=1)


PRICES = point("цены выросли и стали высокими", "Что было с ценами?")
RENTS = point("rents rose and became unaffordable", "What happened to rents?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, PRICES, "цены выросли и стали высокими", True),
    (RU, PRICES, "выросли и стали высокими", True),
    (RU, PRICES, "цены упали и стали высокими", False),
    (RU, PRICES, "экспорт вырос, а цены стали высокими", False),
    (RU, PRICES, "цены стали высокими", False),
    (EN, RENTS, "rents rose and became unaffordable", True),
    (EN, RENTS, "rents fell and became unaffordable", False),
    (EN, RENTS, "wages rose and rents became unaffordable", False),
])
def test_a_direction_beside_the_prompts_word(grader: Grader, card: Card, answer: str, right: bool) -> None:
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace
