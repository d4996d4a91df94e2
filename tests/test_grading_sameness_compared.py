"""A keypoint that two things are the same or equal is contradicted by an answer that compares them, in a clause
that holds the point's words ("the pressure inside was much lower than outside" for "the pressure inside and outside
was the same"; "equal" and "identical" say "the same"), also where an accepted wording made it without its word of
sameness; and a point that compares or tells two things apart by one that says they are the same. Reported by an
instructor: the comparison made an explain card's point of equal pressure. Invented diving bells, sluices, mills."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

SAME = "the pressure inside and outside the bell was the same"
BELL = Card(id="b", section="s", kind="explain", prompt="Why did the Harwick diving bell not cave in?", answer=SAME,
            keypoints=(Keypoint(SAME, ("pressure inside and outside the bell", "same pressure")),))
DIFFERENT = "the water level above the sluice was higher than below it"
SLUICE = Card(id="l", section="s", kind="explain", prompt="Why did the sluice gate leak?", answer=DIFFERENT,
              keypoints=(Keypoint(DIFFERENT, ("water above the sluice was higher",)),))
PLAIN = Card(id="p", section="s", kind="explain", prompt="Why did the Harwick diving bell not cave in?", answer=SAME,
             keypoints=(Keypoint(SAME),))
MATCHED = Card(id="m", section="s", kind="explain", prompt="Why did the Harwick diving bell not cave in?", answer=SAME,
               keypoints=(Keypoint(SAME, ("pressure inside matched outside",)),))
RU_SAME = "давление внутри и снаружи колокола было одинаковым"
RU_BELL = Card(id="r", section="s", kind="explain", prompt="Почему колокол не раздавило?", answer=RU_SAME,
               keypoints=(Keypoint(RU_SAME, ("давление внутри и снаружи колокола",)),))


def grader(card: Card, language: str = "en") -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language=language, cards=(card,),
                                sections=(Section("s", "S", card.answer + "."),)))


@pytest.mark.parametrize(("card", "given", "right"), [
    (BELL, "the pressure inside the bell was much lower than outside", False),
    (BELL, "the pressure inside was much lower than outside", False),
    (BELL, "the pressure inside was not equal to outside", False),
    (MATCHED, "the pressure inside was much lower than outside", False),
    (MATCHED, "the pressure inside and outside the bell differed", False),
    (MATCHED, "the pressure inside matched the pressure outside", True),
    (PLAIN, "the pressure was equal inside and outside the bell", True),  # "equal", "identical": "the same"
    (PLAIN, "the pressure inside and outside the bell was identical", True),
    (PLAIN, "the pressure inside and outside the bell was unequal", False),
    (BELL, "the pressure inside the bell was higher than outside", False),
    (BELL, "the pressure inside and outside the bell was different", False),
    (BELL, "the pressure inside and outside the bell differed", False),
    (BELL, "the same pressure inside and out", True),
    (BELL, "the pressure inside and outside the bell was the same", True),
    (BELL, "the pressure inside and outside the bell was equal", True),
    (SLUICE, "the water above the sluice was higher than below it", True),
    (SLUICE, "the water above the sluice was the same as below it", False),
    (SLUICE, "the water above and below the sluice was at an equal level", False),
    ("ru", "давление внутри колокола было намного ниже, чем снаружи", False),
    ("ru", "давление внутри и снаружи колокола было разным", False),
    ("ru", "давление внутри и снаружи колокола было одинаковым", True),
])
def test_a_comparison_contradicts_a_sameness(card: Card | str, given: str, right: bool) -> None:
    language = "ru" if card == "ru" else "en"
    card = RU_BELL if card == "ru" else card
    assert isinstance(card, Card)
    verdict = grader(card, language).grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize("given", ["the crew sailed again and carried more grain", "the crew sailed once more"])
def test_the_same_thing_named_again_is_no_measure(given: str) -> None:
    """"The same crew" names one crew again, and "more grain" counts: neither compares two things."""
    point = "the same crew sailed again"
    card = Card(id="c", section="s", kind="explain", prompt="What happened in spring?", answer=point,
                keypoints=(Keypoint(point, ("crew sailed again", "crew sailed once more")),))
    verdict = grader(card).grade(card, given)
    assert verdict.correct, verdict.trace


def test_a_comparison_in_another_clause_is_another_claim() -> None:
    """One word of the point in a clause that compares is no comparison of the point's two things."""
    level = "later surveys showed the two ponds are at the same level"
    card = Card(id="m", section="s", kind="explain", prompt="What was wrong with the mill plan?", answer=level,
                keypoints=(Keypoint(level, ("the ponds are at the same level",)),))
    verdict = grader(card).grade(card, "he thought the upper pond was higher, but both ponds are at the same level")
    assert verdict.correct, verdict.trace
