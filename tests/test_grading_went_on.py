"""Going on with a deed and ceasing it are opposites (issue #11, a flipped direction): "went on darkening", "carried
on working", "kept on rising" are read as "continued" (`went_on.went_on_said`), whose opposites are "stop",
"cease", "quit" (`lexicon_verb_opposites`): an answer that says the deed stopped where the point says it went on
makes no point, and the other way round. "Went hunting" is no going on. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.went_on import went_on_said

EN = Grader()


def _point(point: str) -> Card:
    return Card(id="c", section="s", kind="explain", prompt="Why did the old prints spoil?", answer=point,
                keypoints=(Keypoint(point, ()),), need=1)


WENT_ON = _point("the unfixed crystals went on darkening")
CONTINUED = _point("the unfixed crystals continued to darken")
STOPPED = _point("the bellows stopped working")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (WENT_ON, "the crystals continued to darken", True),
    (WENT_ON, "the unfixed crystals kept darkening", True),
    (WENT_ON, "the crystals stopped darkening", False),
    (WENT_ON, "the crystals ceased to darken", False),
    (CONTINUED, "the crystals carried on darkening", True),
    (CONTINUED, "the crystals went on darkening", True),
    (CONTINUED, "the crystals stopped darkening", False),
    (STOPPED, "the bellows went on working", False),
    (STOPPED, "the bellows kept on working", False),
])
def test_going_on_and_ceasing_are_opposites(card: Card, answer: str, right: bool) -> None:
    verdict = EN.grade(card, answer)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("text", "read"), [
    ("the crystals went on darkening", "the crystals continued darkening"),
    ("the men kept on digging", "the men continued digging"),
    ("the men went hunting", "the men went hunting"),
    ("they went on a long voyage", "they went on a long voyage"),
    ("the king kept everything", "the king kept everything"),
])
def test_going_on_is_read_as_continued(text: str, read: str) -> None:
    assert went_on_said(text) == read
