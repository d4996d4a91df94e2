"""A question that asks how long a thing lasted takes the span alone for a wording that says it with a verb of
lasting (`lexicon_measures.LASTING_VERBS`, read in `grading.base` as the question's own words, issue #11): "40 days"
answers "How long was the voyage?" whose card says "it took 40 days", as it does "How long did the voyage take?".
Another figure, another unit, another verb in their place ("it was delayed 40 days") and a question that does not
ask how long stay what they were. Invented cards (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint


def _short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


def _point(point: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),))


VOYAGE = _short("it took 40 days", "How long was the voyage to the spice islands?")
SIEGE = _point("the siege lasted 40 days", "How long was the siege of the hill fort?")
UNASKED = _point("the siege lasted 40 days", "What happened at the hill fort?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (VOYAGE, "40 days", True),
    (VOYAGE, "about 40 days", True),
    (SIEGE, "40 days", True),
    (SIEGE, "forty days", True),
    (VOYAGE, "50 days", False),  # another figure
    (VOYAGE, "six weeks", False),  # 42 days
    (VOYAGE, "it was delayed 40 days", False),  # another verb in its place
    (SIEGE, "40 weeks", False),  # another unit
    (UNASKED, "40 days", False),  # not asked how long: the siege is still wanted
])
def test_a_span_alone_answers_how_long(card, given, right):
    assert Grader(language="en").grade(card, given).correct is right
