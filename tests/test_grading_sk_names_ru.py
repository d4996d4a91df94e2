"""A Russian place name in "-ск" is a noun (a town: "Лужск", "в Лужске") and one in "-ское", "-ский", "-ская" an
adjective (a village: "Лужское", "в селе Лужском"): one said for the other is another place, not a form of the name
(`grading.made_names`). "в Лужском", which both may be, is left as the name. Invented places."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

VILLAGE = Card(id="born", section="s", kind="short", prompt="В каком селе родился Горев?", answer="Лужское")
TOWN = Card(id="school", section="s", kind="short", prompt="В каком городе учился Горев?", answer="Лужск")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (VILLAGE, "Лужское", True),
    (VILLAGE, "в селе Лужском", True),
    (VILLAGE, "Лужского", True),
    (VILLAGE, "Лужск", False),  # the town
    (VILLAGE, "в Лужске", False),
    (TOWN, "Лужск", True),
    (TOWN, "в Лужске", True),
    (TOWN, "в Лужском", True),  # either: the town's instrumental, the village's prepositional
    (TOWN, "Лужское", False),  # the village
    (TOWN, "Лужская", False),
])
def test_a_town_in_sk_and_a_village_in_skoe_are_two_places(card: Card, answer: str, right: bool) -> None:
    verdict = Grader(language="ru").grade(card, answer)
    assert verdict.correct is right, verdict.trace
