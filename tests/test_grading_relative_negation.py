"""A negation does not reach into a relative clause of a noun after it (issue #11): "the knights could not lift the
sword he had forged" says the smith forged it, as "рыцари не могли поднять меч, который выковал кузнец" does; the
clause opens with a relative word ("that", "which", "который") or, in English, with a subject pronoun after a noun
("the sword he forged"), and its noun is said of its verb unnegated. A negation inside the relative clause, or of
the point's own verb, still denies. Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

FORGED = one_point("the smith had forged a sword", "What had the smith done?")
LIFTED = one_point("the knights could not lift the sword", "Why was the sword left in the hall?")
RU_FORGED = one_point("кузнец выковал меч", "Что сделал кузнец?")
RU_LIFTED = one_point("рыцари не могли поднять меч", "Почему меч оставили в зале?")

ROWS = [
    (FORGED, "the old shields could not stop the sword he had forged", "en", True),
    (FORGED, "the knights were too weak to lift the sword he forged", "en", True),
    (FORGED, "the knights were too weak to lift the sword that he forged", "en", True),
    (FORGED, "the knights could not lift the sword which the smith had forged", "en", True),
    (FORGED, "the smith did not forge the sword", "en", False),
    (FORGED, "the knights could not lift the sword he had not forged", "en", False),
    (FORGED, "the smith was too weak to forge the sword", "en", False),
    (LIFTED, "the knights could not lift the sword he had forged", "en", True),
    (LIFTED, "the knights lifted the sword he had forged", "en", False),
    (RU_FORGED, "рыцари не могли поднять меч, который выковал кузнец", "ru", True),
    (RU_FORGED, "рыцари не могли поднять меч который выковал кузнец", "ru", True),
    (RU_FORGED, "кузнец не выковал меч", "ru", False),
    (RU_FORGED, "рыцари не могли поднять меч, который кузнец не выковал", "ru", False),
    (RU_LIFTED, "рыцари не могли поднять меч, который выковал кузнец", "ru", True),
    (RU_LIFTED, "рыцари подняли меч, который выковал кузнец", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_a_relative_clause_is_outside_the_negation_before_it(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
