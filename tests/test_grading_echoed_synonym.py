"""A short answer that is the question's own word, read as the card's answer by a synonym of the language ("measles"
for "rubeola", asked "Which virus caused the measles outbreak?"), names nothing: the question already says it. The
card's own term, a wording that holds a word of it, and an answer that stands in the question ("the king or the
queen?") stay right (`grading.echoed`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.echoed import _spelt_as_wording
from tests.cards import short

EN = Grader()
MEASLES = short("rubeola", prompt="Which virus caused the measles outbreak in the port?")
POX = short("varicella", prompt="Which virus gave the sailors chickenpox?")
CROWN = short("the queen", prompt="Who signed the charter, the king or the queen?")

ROWS = [
    (MEASLES, "measles", False),
    (MEASLES, "the measles virus", False),
    (POX, "chickenpox", False),
    (MEASLES, "rubeola", True),
    (MEASLES, "the rubeola virus", True),
    (POX, "varicella", True),
    (CROWN, "the queen", True),
    (CROWN, "queen", True),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_the_question_s_word_by_a_synonym(card, given: str, right: bool) -> None:
    assert EN.grade(card, given).correct is right


# a blind author of round 59: the noun "писало" was refused for the answer "писалом", asked "Чем писали?", since the
# stemmer reads "писало" as the question's verb "писали" (both "писа"); a form nearer the answer's word than any word
# of the question names the thing itself
STYLUS = short("писалом", prompt="Чем писали на бересте?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (STYLUS, "писало", True),
    (STYLUS, "писалом", True),
    (STYLUS, "писали", False),  # the question's own verb
    (STYLUS, "писала", False),  # as near the question's verb as the answer's noun
    (MEASLES, "measle", False),  # nearer the question's word
])
def test_a_form_of_the_answer_s_word_is_no_echo_of_the_question(card, given: str, right: bool) -> None:
    grader = Grader(language="ru") if card is STYLUS else EN
    assert grader.grade(card, given).correct is right



@pytest.mark.parametrize(("answer", "wording", "prompt", "form"), [
    ("писало", "писалом", "Чем писали на бересте?", True),
    ("писалами", "писалом", "Чем писали на бересте?", False),  # its own word, but more than its last letters
    ("euro", "Eurotunnel", "Which company runs it?", False),  # it only opens the word: no form of it
    ("писали", "писалом", "Чем писали на бересте?", False),  # the question's own word
])
def test_a_form_differs_from_the_answer_s_word_in_its_last_letters(answer, wording, prompt, form) -> None:
    assert _spelt_as_wording(answer, [wording], prompt) is form
