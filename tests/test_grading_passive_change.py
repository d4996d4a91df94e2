"""A share lost or gained, said in the passive: "more than half the water was lost" is the change "they lost more than
half the water" says (`changes`: a figure whose thing is the subject of a passive verb of rising or falling), so a
point "they lost more than half of the water" is made by it; a share kept, a smaller share lost or a bound the other
way is not; a doer the point names is still wanted (after "by"). A verb of being that is no passive ("half the water
was muddy") and a passive of no change ("30% of the farms were sold") are read as before.

So in Russian: "более половины воды было потеряно" for "они потеряли более половины воды".

Invented cards: a drainage mill's scoop wheel, a grain store's budget.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN = Grader(language="en")
RU = Grader(language="ru")

WATER = Card(id="w", section="s", kind="explain", prompt="Why was the scoop wheel a poor way to drain a polder?",
             answer="", keypoints=(Keypoint("they lost more than half of the water",
                                            ("lost most of the water", "wasted over half the water")),), need=1)
BUDGET = Card(id="b", section="s", kind="explain", prompt="What happened to the grain store?", answer="",
              keypoints=(Keypoint("they cut 30% of the budget", ()),), need=1)
VODA = Card(id="v", section="s", kind="explain", prompt="Почему черпаковое колесо плохо осушало польдер?",
            answer="", keypoints=(Keypoint("они потеряли более половины воды", ()),), need=1)
COUNCIL = Card(id="c", section="s", kind="explain", prompt="What happened to the grain store?", answer="",
               keypoints=(Keypoint("the council cut 30% of the budget", ()),), need=1)


@pytest.mark.parametrize(("card", "answer", "right"), [
    (WATER, "more than half the water was lost", True),
    (WATER, "more than half of the water was lost", True),
    (WATER, "over half the water was lost", True),
    (WATER, "more than half of the water had been lost", True),
    (WATER, "they lost more than half the water", True),
    (WATER, "less than half the water was lost", False),  # the bound the other way
    (WATER, "a third of the water was lost", False),  # another share
    (WATER, "more than half the water was kept", False),  # no loss
    (BUDGET, "30% of the budget was cut", True),
    (BUDGET, "10% of the budget was cut", False),
    (COUNCIL, "30% of the budget was cut by the council", True),  # a named doer, said after "by"
    (COUNCIL, "10% of the budget was cut by the council", False),
    (VODA, "более половины воды было потеряно", True),
    (VODA, "было потеряно более половины воды", True),
    (VODA, "менее половины воды было потеряно", False),
    (VODA, "более половины воды было сохранено", False),
])
def test_a_share_lost_in_the_passive(card: Card, answer: str, right: bool) -> None:
    grader = RU if card is VODA else EN
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace


@pytest.mark.parametrize(("grader", "text", "change", "ratio"), [
    (EN, "more than half the water was lost", "by", 0.5),
    (EN, "30% of the budget was cut", "by", 0.7),
    (EN, "30% of the budget had been cut", "by", 0.7),
    (EN, "they lost 30% of the budget", "by", 0.7),  # the active, as before
    (EN, "30% of the water was muddy", None, None),  # a verb of being, no passive of a change
    (EN, "30% of the farms were sold", None, None),  # a passive of no change
    (RU, "30% бюджета было сокращено", "by", 0.7),
    (RU, "30% бюджета были сокращены", "by", 0.7),
    (RU, "30% ферм были проданы", None, None),
])
def test_a_passive_change_read(grader: Grader, text: str, change: str | None, ratio: float | None) -> None:
    found = [q for q in grader.prep(text).quantities if q.kind == "percent"]
    assert len(found) == 1
    assert found[0].change == change
    assert found[0].ratio == (None if ratio is None else pytest.approx(ratio))
