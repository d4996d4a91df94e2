"""A deed said as its noun and negated or taken back does not make the point that says it done (issue #11):
"no protest against the levy" is no "the weavers protested against the levy" (a point's "against" after its own
verb is the deed, not a thing kept away), and "he withdrew support from the pretender" is no "the earl supported the
pretender". Invented cards; the right rows keep passing."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")


def one(point: str, prompt: str, *accept: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


LEVY = one("the weavers protested against the levy", "How did the weavers answer the new levy?")
EARL = one("the earl supported the pretender", "What did the earl do in the rising?")
SERUM = one("the serum protects against fever", "What does the serum do?")
GRANARY = one("a granary against famine", "Why did the abbey build a granary?", "famine")
GUILD = one("the guild withdrew support from the mayor", "What did the guild do after the fire?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (LEVY, "they protested against the levy", True),
    (LEVY, "a protest against the levy", True),
    (LEVY, "they held a protest against the levy", True),
    (LEVY, "no protest against the levy", False),
    (LEVY, "they held no protest against the levy", False),
    (LEVY, "they did not protest against the levy", False),
    (SERUM, "it protects people from fever", True),
    (SERUM, "it does not protect against fever", False),
    (SERUM, "no protection against fever", False),
    (GRANARY, "so that there is no famine", True),  # the thing kept away, negated: still made
    (EARL, "he supported the pretender", True),
    (EARL, "he gave support to the pretender", True),
    (EARL, "he lent his support to the pretender", True),
    (EARL, "he withdrew support from the pretender", False),
    (EARL, "he withheld support from the pretender", False),
    (EARL, "he cut support for the pretender", False),
    (EARL, "he ended his support for the pretender", False),
    (EARL, "his support for the pretender was withdrawn", False),
    (GUILD, "they withdrew support from the mayor", True),  # the point's own verb of taking back
    (GUILD, "it withdrew its support from the mayor", True),
])
def test_deed_negated_or_taken_back(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right
