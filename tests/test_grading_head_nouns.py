"""A short answer whose head noun is said by a pro-form ("the northern ones" for "northern routes") or by the
noun the question names the thing with ("What is the ridge between the valleys called?": "the Harrow ridge" for
"Harrow escarpment"); a wrong modifier, an added word or a figure is still wrong. Invented subjects
(`grading.heads`, `lexicon_heads.PRO_FORMS`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

ROUTES = ("northern routes", "the northern trade routes")
RIDGE = ("Harrow escarpment", "the Harrow escarpment")

ROWS = [
    # a pro-form for the head
    ("Which caravan route did the merchants prefer?", ROUTES, "the northern ones", True),
    ("Which caravan route did the merchants prefer?", ROUTES, "northern ones", True),
    ("Which caravan route did the merchants prefer?", ROUTES, "the northern one", True),
    ("Which caravan route did the merchants prefer?", ROUTES, "the southern ones", False),
    ("Which caravan route did the merchants prefer?", ROUTES, "the ones", False),
    ("Which caravan route did the merchants prefer?", ROUTES, "the 2 northern ones", False),
    ("Which caravan route did the merchants prefer?", ROUTES, "not the northern ones", False),
    ("Which caravan route did the merchants prefer?", ROUTES, "the northern ones and the southern ones", False),
    # the question's noun for the head
    ("What is the ridge between the two valleys called?", RIDGE, "the Harrow ridge", True),
    ("What is the ridge between the two valleys called?", RIDGE, "Harrow ridge", True),
    ("What is the ridge between the two valleys called?", RIDGE, "the Barrow ridge", False),
    ("What is the ridge between the two valleys called?", RIDGE, "the valley ridge", False),
    ("What is the ridge between the two valleys called?", RIDGE, "the Harrow valley", False),
    ("What is the ridge between the two valleys called?", RIDGE, "the Harrow ridges of the north", False),
    # a noun the question does not give is not the head said otherwise
    ("What is the ridge between the two valleys called?", RIDGE, "the Harrow hill", False),
]


@pytest.mark.parametrize(("prompt", "wordings", "answer", "right"), ROWS)
def test_a_head_noun_said_by_a_pro_form_or_the_question_s_noun(prompt, wordings, answer, right):
    card = short(*wordings, prompt=prompt)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right


def test_the_head_as_written_still_matches_and_a_russian_answer_has_no_pro_form():
    card = short("северные пути", prompt="Каким путём шли купцы?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")
    grader = Grader.for_pack(pack)
    assert grader.grade(card, "северные пути").correct
    assert not grader.grade(card, "южные ones").correct
