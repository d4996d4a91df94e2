"""A choice answer in the learner's own words whose one word in two is a word of a long option, and whose other
word is no option's ("the declaration of drainage" for "the Global Commission for the Certification of Marsh
Drainage"), names another thing: it chooses no option. The option's own words, one distinguishing word alone, or
most of the learner's words in the option still choose it. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN = Grader()
OPTIONS = ("the Royal Board of Trade", "the Global Commission for the Certification of Marsh Drainage",
           "the Harbour Trust of the Port", "the City Council of Elders")
BODY = Card(id="c", section="s", kind="choice", prompt="Which body confirmed in 1879 that the marsh was dry?",
            answer=OPTIONS[1], options=OPTIONS)

ROWS = [
    ("The declaration of drainage", False),
    ("the end of the drainage", False),
    ("drainage", True),
    ("the drainage commission", True),
    ("the commission for drainage", True),
    ("the Global Commission", True),
    ("b", True),
]


@pytest.mark.parametrize(("given", "right"), ROWS)
def test_half_the_words_for_a_long_option(given: str, right: bool) -> None:
    assert EN.grade(BODY, given).correct is right
