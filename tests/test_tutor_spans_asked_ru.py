"""Russian questions of a span of years whose noun ends like a dative (issue #12, round 51). "Сколько лет строили
башню?" asks how long the building took, its noun in the accusative ("башню"), not the age of the tower: only the
words of a dative phrase ("этой", "Ключевскому", "самой старой") may stand between "сколько лет" and the noun of an
age question ("сколько лет этой башне?"), never a verb. Invented texts; the age questions stay age questions."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.asked_ru import asks_age
from tests.notes import says

NOTES = """\
Башню Орлин на Вельской горе начали возводить весной 1702 года.
Строительство башни заняло около двух лет.
Каменную стену вокруг Орлина чинили три года, а ров копали около 2 лет.
Башне Орлин сегодня больше трёхсот лет.
"""
PACK = Pack(id="orlin", title="Башня Орлин", language="ru", cards=(),
            sections=(Section(id="s", title="Башня Орлин", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "age"), [
    ("Сколько лет строили башню?", False),  # the accusative "башню" after a verb: a span
    ("сколько лет чинили стену", False),
    ("Сколько лет копали канаву?", False),
    ("Сколько лет возводили башню Орлин?", False),
    ("Сколько лет этой башне?", True),
    ("Сколько лет самой старой башне?", True),
    ("Сколько лет Ключевскому вулкану?", True),
])
def test_a_span_is_no_age(tutor, question, age):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert asks_age(asked) is age


@pytest.mark.parametrize(("question", "fact"), [
    ("Сколько лет строили башню?", "около двух лет"),
    ("Сколько лет чинили стену?", "три года"),
])
def test_a_span_asked_is_answered(tutor, question, fact):
    assert says(tutor, question, fact)
