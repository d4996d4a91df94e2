"""A known mistake's figure said only as the one it is not ("judges serve 10 years instead of 4", "ten years rather
than four", "ten years, not four") does not fail a right answer as that mistake (`grading.denied_figures`); "instead
of" before a figure is read as "not" (`preparing`). The figure said plainly ("4 years instead of 10") is the mistake.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Mistake, Pack, Section

POINT, MISTAKE = "judges serve ten years", "judges serve four years"


@pytest.mark.parametrize(("answer", "right"), [
    ("judges serve 10 years instead of 4", True),
    ("judges serve ten years rather than four", True),
    ("judges serve ten years, not four", True),
    ("judges serve ten years", True),
    ("judges serve four years", False),
    ("judges serve 4 years instead of 10", False),
    ("judges serve 4 years rather than 10", False),
])
def test_a_mistakes_figure_set_aside(answer: str, right: bool) -> None:
    card = Card(id="c", section="s", kind="explain", prompt="How long do judges serve?", answer=POINT,
                keypoints=(Keypoint(POINT),), mistakes=(Mistake((MISTAKE,), "No."),), explanation="So.")
    pack = Pack(id="p", title="p", language="en", cards=(card,),
                sections=(Section(id="s", title="Notes", notes=f"{POINT}."),))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
