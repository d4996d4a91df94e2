"""A wording whose label the question gives ("удаляется — звук ниже", asked how the sound changes as the train
approaches and as it moves away), made by an answer that says the same thing twice, once under each label
("приближается — звук выше, удаляется — звук ниже"): the wording's first word said again is sought in the later
clause its label stands beside, when its first place finds no match (`matching.find_phrase`,
`skipped_clauses.later_places`). A clause under no label of the wording is not sought ("летом ... выше, зимой ...
ниже" asked about winter: its label is the question's, not the wording's). Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(language="en"), Grader(language="ru")


def _card(point: str, accept: tuple[str, ...], prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


HORN_RU = _card("при удалении гудок ниже", ("удаляется — тон гудка ниже",),
                "Как меняется гудок, когда поезд приближается и когда удаляется?")
HORN_EN = _card("the horn sounds lower as the train recedes", ("recedes - the pitch is lower",),
                "How does the horn change as the train approaches and as it recedes?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (RU, HORN_RU, "приближается — тон выше, удаляется — тон ниже", True),
    (RU, HORN_RU, "удаляется — тон ниже", True),
    (RU, HORN_RU, "приближается — тон выше, удаляется — тон тоже выше", False),
    (EN, HORN_EN, "approaches - the pitch is higher, recedes - the pitch is lower", True),
    (EN, HORN_EN, "approaches - the pitch is higher, recedes - the pitch is higher", False),
])
def test_a_wording_sought_under_its_label(grader, card, given, right):
    assert grader.grade(card, given).correct is right
