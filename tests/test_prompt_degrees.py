"""A wording's own word of direction is wanted even when the prompt has it of another thing (issue #11).

"Why is the lens thinner?" is read "less thick", and the prompt's words need not be repeated; but the "less" of
a keypoint wording "less glass" goes with "glass", which the prompt does not name: "it keeps the glass" or "it
adds glass" do not say there is less of it. Cards are on invented subjects (a bridge deck, a heart-like pump, a
kiln); each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader()


def why(prompt: str, point: str, *accept: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point,
                keypoints=(Keypoint(point, tuple(accept)),))


DECK = why("Why is the new bridge deck lighter than the old one?", "the deck uses less steel", "less steel")
PUMP = why("Why is the wall of the left chamber thicker than that of the right?", "it pumps against more pressure",
           "more pressure")
KILN = why("Why does the new kiln burn fewer logs than the old one?", "fewer cracks let heat escape",
           "fewer cracks")


@pytest.mark.parametrize(("card", "given", "right"), [
    (DECK, "it uses less steel", True),
    (DECK, "it needs less steel", True),
    (DECK, "less steel goes into it", True),
    (DECK, "it uses steel", False),  # no less of it
    (DECK, "the deck is made of steel", False),
    (DECK, "it uses more steel", False),
    (PUMP, "it pumps against more pressure", True),
    (PUMP, "it works at higher pressure", True),
    (PUMP, "because of pressure", False),
    (PUMP, "it pumps against less pressure", False),
    (KILN, "there are fewer cracks for the heat to escape through", True),
    (KILN, "because of cracks", False),
])
def test_a_wordings_own_direction_is_wanted(card, given, right):
    assert EN.grade(card, given).correct is right


def test_the_prompts_own_thing_need_not_be_repeated():
    card = why("Why did exports fall in 2019?", "exports fell because demand fell", "demand fell")
    assert EN.grade(card, "because demand fell").correct is True
    assert EN.grade(card, "demand dropped").correct is True
    assert EN.grade(card, "demand rose").correct is False
