"""Two clauses joined by "while" ("the musicians played on the train while listeners stood on the platform") said each
with the other's words, both ways, fail the point (`connectives.relation_changed`: "the musicians stood on the
platform while the listeners played on the train"); the clauses in the other order, or one word of the other side in
one clause only ("the car's engine cooled while it was parked"), keep it. Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made


@pytest.mark.parametrize(("point", "answer", "made"), [
    # "while": each side's words said in the other's clause, both ways
    ("the musicians played on the train while listeners stood on the platform",
     "the horn players stood on the platform while the listeners rode on the train", False),
    ("the musicians played on the train while listeners stood on the platform",
     "the musicians stood on the platform while the listeners played on the train", False),
    ("the musicians played on the train whilst listeners stood on the platform",
     "the musicians stood on the platform whilst the listeners played on the train", False),
    ("the musicians played on the train while listeners stood on the platform",
     "the listeners stood on the platform while the musicians played on the train", True),
    ("the musicians played on the train while listeners stood on the platform",
     "the musicians played on the train, and the listeners stood on the platform", True),
    ("the engine cooled while the car was parked", "the car's engine cooled while it was parked", True),
    ("the weavers sang while the spinners worked", "the spinners worked while the weavers sang", True),
    ("the weavers sang while the spinners worked", "the weavers worked while the spinners sang", False),
])
def test_the_sides_of_while_crossed(point: str, answer: str, made: bool) -> None:
    assert point_made("What happened?", point, answer) is made
