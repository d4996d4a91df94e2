"""A figure answers "how high / how old / how deep" when it is of the measure asked, or when the passage says the
measure's own word (`supplying.supplies`: "128 bits long" for "how long"), never by a synonym of that word in
another sense: "high" and "top" are one synonym group of the lexicon ("a top official"), but "Visitors climb 300
steps to the top" does not say how high the memorial is. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

STEPS = ("The Vell memorial was built between 1710 and 1712 to designs by Amos Penn.\n\n"
         "Visitors climb 300 steps to the top of the Vell memorial.\n\nThe memorial stands by the old mill.")
HEIGHT = ("The Vell memorial was built between 1710 and 1712 to designs by Amos Penn.\n\n"
          "The Vell memorial is 60 metres high.\n\nVisitors climb 300 steps to the top of the Vell memorial.")


@pytest.mark.parametrize("question", ["How high is the Vell memorial?", "How high is the memorial?"])
def test_a_count_next_to_a_synonym_of_the_measure_does_not_answer(question):
    assert tutor_on(STEPS, "Vell").ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("How high is the Vell memorial?", "60 metres"),
    ("How tall is the memorial?", "60 metres"),
    ("How many steps does the Vell memorial have?", "300 steps"),
])
def test_the_figure_of_the_measure_still_answers(question, fact):
    assert says(tutor_on(HEIGHT, "Vell"), question, fact)
