"""A point of a choice made by a wording that names only what was chosen, in an answer that claims the other side
too, in the same role (issue #11): for "a power loom rather than a hand loom" (accepted: "power loom"), "a power
loom and a hand loom" says both were used; for "на угле, а не на дровах" (accepted: "на угле"), "на угле и на
дровах" likewise. The other side in another role, or denied, is no such claim.

| answer                                              | right |
|-----------------------------------------------------|-------|
| a power loom                                        | yes   |
| a power loom, not a hand loom                       | yes   |
| a power loom, because the hand loom was too slow    | yes   |
| a power loom and a hand loom was never used         | yes   |
| a power loom and a hand loom                        | no    |
| a hand loom as well as a power loom                 | no    |
| на угле                                             | yes   |
| на угле, а дров не было                             | yes   |
| на угле и на дровах                                 | no    |
| на дровах и на угле                                 | no    |

Invented cards.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(language="en"), Grader(language="ru")


def explain(point: str, accept: tuple[str, ...], prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),),
                need=1)


LOOM = explain("a power loom rather than a hand loom", ("power loom",), "What did the new shed use?")
TOPKA = explain("на угле, а не на дровах", ("на угле",), "На чём работала печь?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, LOOM, "a power loom", True),
    (EN, LOOM, "a power loom, not a hand loom", True),
    (EN, LOOM, "a power loom, because the hand loom was too slow", True),
    (EN, LOOM, "a power loom and a hand loom was never used", True),
    (EN, LOOM, "a power loom and a hand loom", False),
    (EN, LOOM, "a hand loom as well as a power loom", False),
    (RU, TOPKA, "на угле", True),
    (RU, TOPKA, "на угле, а дров не было", True),
    (RU, TOPKA, "на угле и на дровах", False),
    (RU, TOPKA, "на дровах и на угле", False),
])
def test_both_sides(grader: Grader, card: Card, answer: str, right: bool) -> None:
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace
