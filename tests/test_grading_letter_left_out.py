"""A letter that names one of several ("51 Pegasi b", "hepatitis B", "Tau Ceti e") is the point of a short answer:
an answer that leaves it out is no close spelling of the wording, however long the wording is
(`letter_symbols.letters_kept`); a slip in another word of it is still forgiven. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

EN = Grader(language="en")
PLANET = short("61 Virginis b", prompt="Which planet did the team find?")
STAR_PLANET = short("Tau Ceti e", prompt="Which planet is in the star's habitable zone?")
VIRUS = short("hepatitis B vaccine", prompt="Which vaccine was given at birth?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (PLANET, "61 Virginis b", True),
    (PLANET, "61 virginis b", True),
    (PLANET, "61 Virgins b", True),  # a slip in the name, the letter kept
    (PLANET, "61 Virginis", False),  # the star, not its planet
    (PLANET, "61 Virginis c", False),
    (STAR_PLANET, "tau ceti e", True),
    (STAR_PLANET, "Tau Ceti", False),
    (STAR_PLANET, "Tau Ceti f", False),
    (VIRUS, "hepatitis B vaccine", True),
    (VIRUS, "hepatitis vaccine", False),
])
def test_a_letter_left_out_is_no_slip(card, given, right):
    assert EN.grade(card, given).correct is right, EN.grade(card, given).trace
