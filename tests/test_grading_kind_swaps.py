"""One member of a closed set in place of another (issue #11): a keypoint naming a colour or a chemical substance is
not made by an answer that says most of its words but another colour or substance where it stood; leaving the word
out, or adding one beside it, still makes it. Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

LAKE = one_point("iron in the water absorbs green light", "Why does the lake look red?")
ORE = one_point("the ore is rich in copper and zinc", "Why was the mine opened?")
RU_LAKE = one_point("железо в воде поглощает зелёный свет", "Почему озеро кажется красным?")

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
