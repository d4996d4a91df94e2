"""A negation the card's own answer says, said again before a point's words (round 43, found writing packs blind):
a card answered "ice that does not melt for at least three years" has the point "for at least three years", and
"ice that never melts for at least three years" makes it: "melt" is negated in the card's answer too, so the
negation denies no word of the point. A word of the point or of the prompt negated, another word negated, or the
point's own words denied still miss it. Invented cards on lake ice, in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

CARDS = {
    "en": Card(id="en", section="s", kind="explain", prompt="What is old ice?",
               answer="ice that does not melt for at least three years",
               keypoints=(Keypoint("for no less than three years in a row", ("at least three years",)),)),
    "ru": Card(id="ru", section="s", kind="explain", prompt="Что такое вечный лёд?",
               answer="лёд, который не тает не менее трёх лет подряд",
               keypoints=(Keypoint("не менее трёх лет подряд", ("минимум три года",)),)),
    "summer": Card(id="summer", section="s", kind="explain", prompt="When does the ice melt?",
                   answer="it does not melt in winter; it melts in summer",
                   keypoints=(Keypoint("it melts in summer", ()),)),
}
PACKS = {key: Pack(id=key, title="Ice", language="ru" if key == "ru" else "en", cards=(card,),
                   sections=(Section("s", "Ice", card.answer + "."),)) for key, card in CARDS.items()}


@pytest.mark.parametrize(("key", "given", "right"), [
    ("en", "ice which does not melt for at least three years", True),
    ("en", "ice that never melts for at least three years", True),
    ("en", "at least three years", True),
    ("en", "ice that melts for at least three years", True),  # (the point asked is the time: the pack's own choice)
    ("en", "ice that does not melt, but not for at least three years", False),
    ("en", "ice that does not melt for at least three days", False),
    ("ru", "лёд, который не тает минимум три года", True),
    ("ru", "не тает не менее трёх лет", True),
    ("ru", "минимум три года", True),
    ("ru", "лёд, который не тает, но не минимум три года", False),
    ("ru", "лёд, который не тает минимум три дня", False),
    ("summer", "it melts in summer", True),
    ("summer", "it does not melt in summer", False),
    ("summer", "it never melts in summer", False),
])
def test_a_negation_the_card_says_too(key, given, right):
    pack = PACKS[key]
    verdict = Grader.for_pack(pack).grade(pack.cards[0], given)
    assert bool(verdict.correct) is right, verdict.trace
