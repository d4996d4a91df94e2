"""A count of the opposite of what a card asks to count (issue #11, a wrong figure's neighbour: the right figure of
the wrong thing): "three men" asked how many women died, "four girls" asked how many boys sailed. A noun and its
WordNet antonym; people in general ("three people"), the thing asked ("three women") and a bare figure stay right.
Cards are on subjects of our own."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN = Grader()


def counted(prompt: str, value: float, answer: str = "") -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer or f"{value:g}",
                number=NumberSpec(value, None, 0.0, False))


STORM = counted("How many women were killed by the storm?", 3)
CREW = counted("How many boys sailed with the fleet?", 4)
VOTE = counted("How many members voted against?", 12)


@pytest.mark.parametrize(("card", "given", "right"), [
    (STORM, "three men", False),
    (STORM, "3 men were killed", False),
    (STORM, "three women", True),
    (STORM, "3", True),
    (STORM, "three people", True),
    (STORM, "three men and women", True),  # the thing asked is named too
    (CREW, "4 girls", False),
    (CREW, "four boys", True),
    (CREW, "4 children", True),
    (VOTE, "12 members", True),
    (VOTE, "twelve", True),
])
def test_the_right_figure_of_the_opposite_thing(card, given, right):
    verdict = EN.grade(card, given)
    assert verdict.correct is right, (given, verdict.trace)
    if not right:
        assert verdict.feedback.endswith("is another thing.")
