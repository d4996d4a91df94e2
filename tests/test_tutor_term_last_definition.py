"""A definition whose term comes last (`class_defined`): "what is a redshift?" is answered by "When the lamp moves
away, its lines move toward the red end of the spectrum: a redshift", the term closing the sentence after a colon and
an indefinite article, above a sentence that only mentions the term. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.class_defined import defines_class
from tests.notes import place, says, tutor_on

NOTES = """\
The Kessel lamp burns in a tube of neon gas at low pressure.
The Orne Institute first measured the redshift of a Kessel lamp in 1931.
When the lamp moves away from the eye, the lines of its light move toward the red end of the spectrum: a redshift.
The faster the lamp moves, the larger the shift.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The Kessel lamp")


@pytest.mark.parametrize("question", ["What is a redshift?", "what's a redshift"])
def test_a_term_said_last_after_a_colon_is_defined(tutor: Tutor, question: str) -> None:
    assert place(tutor, question, "When the lamp") == 0
    assert says(tutor, question, "toward the red end")


@pytest.mark.parametrize(("text", "defines"), [
    ("The lines move toward the red end: a redshift.", True),
    ("The lines move toward the red end: a redshift of a few lines.", False),  # the term does not close it
    ("The lines move toward the red end, and the redshift grows.", False),  # a mention
    ("Its lines move toward the red end: the redshift.", False),  # no indefinite article: a mention of one known
])
def test_the_form(tutor: Tutor, text: str, defines: bool) -> None:
    assert defines_class(text, ["redshift"], tutor.library.words) is defines
