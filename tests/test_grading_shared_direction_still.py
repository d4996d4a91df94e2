"""A direction shared across "and" (`swings._shared_direction`: "they cut evaporation and soil erosion" cuts the
erosion too) is not shared into a clause that says a state of no change without a verb ("supply increased and demand
steady": demand did not increase), as `find_phrase` reads a point's words in an answer. Invented phrases."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.matching import Prepared, find_phrase

EN = Grader()
RU = Grader(language="ru")


@pytest.mark.parametrize(("phrase", "answer", "found"), [
    ("demand increased", "supply increased and demand steady", False),
    ("demand increased", "supply increased and demand stable", False),
    ("increased steady", "increased and steady", False),  # (found by the property test of test_long_answers)
    ("erosion reduced", "they reduced evaporation and soil erosion", True),  # shared: no state of its own
    ("demand increased", "supply increased and demand", True),
])
def test_find_phrase_takes_no_direction_into_a_still_clause(phrase: str, answer: str, found: bool) -> None:
    en = EN.aliases
    assert (find_phrase(Prepared.of(phrase, en), Prepared.of(answer, en), negation=None) is not None) is found


@pytest.mark.parametrize(("phrase", "answer", "found"), [
    ("пошлины выросли", "аренда выросла и пошлины стабильные", False),
    ("смыв снизился", "снизили испарение и смыв почвы", True),
])
def test_find_phrase_takes_no_direction_into_a_still_clause_ru(phrase: str, answer: str, found: bool) -> None:
    ru = RU.aliases
    assert (find_phrase(Prepared.of(phrase, ru), Prepared.of(answer, ru), negation=None) is not None) is found
