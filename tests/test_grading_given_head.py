"""A point the question leaves short: its words the question gives ("what happened to the tower of the abbey?" for
"the gothic tower of the abbey collapsed") are not asked again, and an adjective that only qualifies one of them may
be left out where the answer names that thing or calls it by a pronoun ("it collapsed", "она рухнула"). Not a word
of degree ("the dry summers ended", asked about the summers, wants "dry"; "высокая"), nor where another word stands
in its place ("the wooden tower") or the answer speaks of another thing (`grading.modifiers`). Invented cards of no
pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

EN, RU = Grader(language="en"), Grader(language="ru")
TOWER = ("the gothic tower of the abbey collapsed", "What happened to the tower of the abbey?")
BASHNYA = ("каменная башня аббатства рухнула", "Что случилось с башней аббатства?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, TOWER, "it collapsed", True),
    (EN, TOWER, "the tower collapsed", True),
    (EN, TOWER, "the wooden tower collapsed", False),
    (EN, TOWER, "the roof collapsed", False),
    (EN, TOWER, "it was repaired", False),
    (EN, ("the dry summers ended", "What happened to the summers?"), "they ended", False),
    (RU, BASHNYA, "она рухнула", True),
    (RU, BASHNYA, "башня рухнула", True),
    (RU, BASHNYA, "деревянная башня рухнула", False),
    (RU, BASHNYA, "крыша рухнула", False),
    (RU, ("высокая башня аббатства рухнула", "Что случилось с башней аббатства?"), "она рухнула", False),
])
def test_an_adjective_of_a_thing_the_question_gives(grader, card, given, right):
    point, prompt = card
    assert grader.grade(explain(point, prompt=prompt), given).correct is right
