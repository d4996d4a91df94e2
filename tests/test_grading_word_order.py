"""English: a point of one thing acting on another, said with the same verb and the two the other way round
(issue #11). For "the engineers trained the pilots": "the pilots trained the engineers" and "the engineers were
trained by the pilots" reverse who did what; "the pilots were trained by the engineers" keeps it.

| answer                                        | right |
|-----------------------------------------------|-------|
| the engineers trained the pilots              | yes   |
| engineers trained pilots                      | yes   |
| the pilots were trained by the engineers      | yes   |
| the pilots trained the engineers              | no    |
| the engineers were trained by the pilots      | no    |
| the crews met the pilots / the pilots met ... | yes   |

Invented cards.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")


def explain(point: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),),
                need=1)


TRAINED = explain("the engineers trained the pilots", "What happened at the airfield?")
MET = explain("the crews met the pilots", "What happened at the airfield?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (TRAINED, "the engineers trained the pilots", True),
    (TRAINED, "engineers trained pilots", True),
    (TRAINED, "the pilots were trained by the engineers", True),
    (TRAINED, "the pilots trained the engineers", False),
    (TRAINED, "the engineers were trained by the pilots", False),
    (MET, "the pilots met the crews", True),  # two who act alike
])
def test_word_order(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right, EN.grade(card, answer).trace
