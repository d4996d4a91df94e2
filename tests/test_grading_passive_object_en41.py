"""A passive point made by its predicate alone (`grading.subject_said`) keeps its subject where the answer says the
verb actively with another thing as its object (issue #11): "they added sand to the pond" is no "lime was added to
the pond", nor "they poured sand into it" "lime was poured into the pond"; a pronoun object, the subject itself, or
the predicate alone still make it. Invented cards (a pond, a kiln)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, subject_said
from tests.cards import explain

POND = explain("lime was added to the pond", prompt="What did the keepers do?")
KILN = explain("the clay was fired in the kiln", prompt="What did the potters do?")

ROWS = [
    (POND, "they added sand to the pond", False),
    (POND, "they added some copper to the pond", False),
    (KILN, "they fired the glaze in the kiln", False),
    (POND, "they added lime to the pond", True),
    (POND, "they added it to the pond", True),
    (POND, "it was added to the pond", True),
    (POND, "added to the pond", True),
    (KILN, "it was fired in the kiln", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_passive_said_actively_keeps_its_subject(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(row[0], row[1]) for row in ROWS if not row[2]])
def test_without_the_check_these_pass(card, given, monkeypatch):
    monkeypatch.setattr(subject_said, "_passive", lambda point, at: False)
    assert Grader().grade(card, given).correct
