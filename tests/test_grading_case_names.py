"""A case at law named by its parties (core/roman.py `_VERSUS`, core/grading/titled.py `first_party`): "v.", "v", "vs"
and "versus" between the parties are one word, never the numeral 5 ("Harlow v. Benton" is no "Harlow 5 Benton"), and
the case is also named by its first party alone, as it is cited short ("Harlow"). Another case, the second party
alone or the first party against another stay wrong. Invented cases."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

EN = Grader()
CASE = short("Harlow v. Benton", prompt="Which case settled the right to a jury in the colony?")


@pytest.mark.parametrize(("given", "right"), [
    ("Harlow v. Benton", True),
    ("Harlow v Benton", True),
    ("Harlow vs Benton", True),
    ("Harlow versus Benton", True),
    ("harlo v bentonn", True),  # slips, typed in lower case
    ("Harlow", True),  # cited short by its first party
    ("Benton", False),
    ("Harlow v. Quayle", False),
    ("Quayle v. Benton", False),
    ("Marsh v. Tilden", False),
])
def test_a_case_at_law(given: str, right: bool) -> None:
    verdict = EN.grade(CASE, given)
    assert verdict.correct is right, verdict.trace


def test_a_king_keeps_his_numeral() -> None:
    assert EN.grade(short("Henry V", prompt="Which king won at the ford?"), "Henry 5").correct
    assert not EN.grade(short("Henry V", prompt="Which king won at the ford?"), "Henry VI").correct
