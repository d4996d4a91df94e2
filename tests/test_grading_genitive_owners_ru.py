"""A Russian noun in the genitive plural says whose a thing is, as its relational adjective does: "инкского бога
солнца" makes "бога солнца инков" (`relational.related`); in another case the noun may be the thing itself, so
"аортальный клапан" is still no "аорта"."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Pack, Section
from tests.cards import short

RU = language("ru")


@pytest.mark.parametrize(("reference", "answer", "same"), [
    ("инков", "инкского", True),
    ("инкского", "инков", True),
    ("аорта", "аортальный", False),
    ("аортальный", "аорта", True),
])
def test_a_genitive_plural_and_its_adjective(reference, answer, same):
    assert RU.related(reference, answer) is same


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("бога солнца инков", "инкского бога солнца", True),
    ("бога солнца инков", "бога луны инков", False),
    ("аорта", "аортальный клапан", False),
])
def test_a_short_answer_says_whose_by_either(answer, given, right):
    card = short(answer, prompt="Кому поклонялись?")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")
    assert Grader.for_pack(pack).grade(card, given).correct is right
