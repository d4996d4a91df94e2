"""A keypoint made by a shorter accepted wording whose word of direction, in the answer, moves another thing of the
point the other way (issue #11): "the rent rose" does not make "more stalls opened, so the rent per stall fell" by
its wording "more stalls" ("rose" read for "more"), the rent being the point's and falling there; the thing's own
direction is the first word of direction after it in its clause, past the point's and the question's words but no
verb of another ("if the duke gave up the plan": "up" says nothing of the duke) (`grading.contrasts`). Invented
cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint


def card(point: str, accept: tuple[str, ...], prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


EN = card("more stalls opened, so the rent per stall fell", ("more stalls",),
          "Why did the stalls in the square do well?")
RU = card("открылось больше лавок, поэтому аренда упала", ("больше лавок",), "Почему лавкам на площади стало легче?")
DUKE = card("if the duke dropped his claim, the town would have no reason to pay", ("gave up the claim",),
            "Give two reasons why the town kept paying the toll.")


@pytest.mark.parametrize(("point", "lang", "given", "right"), [
    (EN, "en", "the rent rose", False),
    (EN, "en", "the rent per stall rose", False),
    (EN, "en", "the rent per stall went up", False),
    (EN, "en", "the rent per stall fell", True),
    (EN, "en", "more stalls", True),
    (EN, "en", "there were more stalls", True),
    (RU, "ru", "аренда за лавку выросла", False),
    (RU, "ru", "аренда на лавку выросла", False),
    (RU, "ru", "больше лавок", True),
    # a verb between the thing and the word of direction: the word is that verb's ("gave up"), not the thing's
    (DUKE, "en", "if the duke gave up the claim the town would stop paying", True),
])
def test_a_thing_of_the_point_moved_the_other_way(point, lang, given, right):
    assert Grader(language=lang).grade(point, given).correct is right
