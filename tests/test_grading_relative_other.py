"""A person asked for, said only inside a relative clause on another noun, names that other person: "the bishop who
argued with Ardwin" for "Tomas Ardwin", "епископ, который спорил с Ардвином" for "Томас Ардвин". The name before
the clause, after it (past a comma), or given by a clause of naming ("whom they called Ardwin", "которого звали
Ардвин") is the answer (`grading.relative_other`). Invented people; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import short

EN = Grader({"Tomas Ardwin": ("Ardwin",)})
RU = Grader({"Томас Ардвин": ("Ардвин",)}, language="ru")
HOUND = short("Tomas Ardwin", prompt="Who was called the chronicler's hound?")
PES = short("Томаса Ардвина", "Томас Ардвин", prompt="Кого прозвали «псом летописца»?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, HOUND, "Ardwin", True),
    (EN, HOUND, "Tomas Ardwin, who argued with the bishop", True),
    (EN, HOUND, "the scholar who defended the chronicler, Ardwin", True),
    (EN, HOUND, "the biologist who was called Ardwin", True),
    (EN, HOUND, "the bishop who argued with Ardwin", False),
    (EN, HOUND, "the bishop who argued with Ardwin at Oxford", False),
    (RU, PES, "Ардвин", True),
    (RU, PES, "биолог Томас Ардвин, который спорил с епископом", True),
    (RU, PES, "учёный, который защищал летописца, Ардвин", True),
    (RU, PES, "биолог, которого звали Ардвин", True),
    (RU, PES, "епископ, который спорил с Ардвином", False),
    (RU, PES, "епископ, который спорил с ардвином в Оксфорде", False),
])
def test_a_name_inside_a_relative_clause_on_another_noun(grader, card, given, right):
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
