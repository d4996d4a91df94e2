"""Two clauses joined by "while" ("the musicians played on the train while listeners stood on the platform"), or in
English by "and" or a comma, said each with the other's words, both ways, fail the point
(`connectives.relation_changed`: "the musicians stood on the platform while the listeners played on the train"); the
clauses in the other order, or a word of the other side in one clause only ("the car's engine cooled while it was
parked") or among most of its own side's, keep it. Invented cards."""

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
    # two English clauses joined by "and" or a comma, each of two words or more, alike
    ("the musicians played on the train and listeners stood on the platform",
     "the musicians stood on the platform and the listeners played on the train", False),
    ("the musicians played on the train and listeners stood on the platform",
     "the listeners stood on the platform and the musicians played on the train", True),
    ("the engine heats the water, and the steam drives the turbine",
     "the steam heats the water, and the engine drives the turbine", False),
    ("the engine heats the water, and the steam drives the turbine",
     "the engine heats the water into steam, and the water's steam drives the turbine", True),
])
def test_the_sides_of_while_crossed(point: str, answer: str, made: bool) -> None:
    assert point_made("What happened?", point, answer) is made
