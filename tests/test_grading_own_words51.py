"""Answers in a learner's own words, round 51 (issue #11). Invented cards (no pack's words).

A thing that served as another said by its use, either way round (`serving`): "it was used as a radio mast" makes
"the old tower served as a radio mast", "амбар служил школой" makes "амбар использовали как школу"; another role, or
the thing and its role exchanged ("the school served as a barn", "школа служила амбаром"), stays wrong.

The check set of `tests/own_words_check51.py` (labelled before grading) is held at its count: 48 of 75 at this
round's end (45 at 1a520e5d), every wrong answer failed now staying failed.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point
from tests.own_words_check51 import CHOICE, EN, RU

SERVING = [
    ("en", "the old tower served as a radio mast", "What was the old tower used for?",
     "they started using the tower as a radio mast", True),
    ("en", "the old tower served as a radio mast", "What was the old tower used for?", "it was used as a radio mast",
     True),
    ("en", "the old tower served as a radio mast", "What was the old tower used for?",
     "a radio mast was built next to the tower", False),
    ("en", "the old tower served as a radio mast", "What was the old tower used for?",
     "they used the radio mast as a tower", False),
    ("en", "the old tower served as a radio mast", "What was the old tower used for?",
     "they used the tower as a lookout", False),
    ("en", "the barn was used as a school", "What happened to the barn?", "the barn served as a school", True),
    ("en", "the barn was used as a school", "What happened to the barn?", "the barn acted as a school", True),
    ("en", "the barn was used as a school", "What happened to the barn?", "the barn acted as a church", False),
    ("en", "the barn was used as a school", "What happened to the barn?", "the school served as a barn", False),
    ("ru", "она служила радиоантенной", "Для чего использовали башню?", "её стали использовать как радиоантенну",
     True),
    ("ru", "она служила радиоантенной", "Для чего использовали башню?", "её использовали как склад", False),
    ("ru", "она служила радиоантенной", "Для чего использовали башню?", "радиоантенну использовали как башню", False),
    ("ru", "амбар использовали как школу", "Что стало с амбаром?", "амбар служил школой", True),
    ("ru", "амбар использовался в качестве школы", "Что стало с амбаром?", "амбар служил школой", True),
    ("ru", "амбар использовали как школу", "Что стало с амбаром?", "амбар служил складом", False),
    ("ru", "амбар использовали как школу", "Что стало с амбаром?", "школа служила амбаром", False),
]

GRADERS = {"en": Grader(language="en"), "ru": Grader(language="ru")}


@pytest.mark.parametrize(("lang", "point", "prompt", "answer", "right"), SERVING)
def test_own_words_51(lang, point, prompt, answer, right):
    assert GRADERS[lang].grade(one_point(point, prompt), answer).correct is right


def _check_rows():
    for lang, table in (("en", EN), ("ru", RU)):
        for (point, prompt), rows in table.items():
            for answer, right in rows:
                yield lang, one_point(point, prompt), answer, right
    yield from CHOICE


# wrong answers of the check set the grader still accepts (a floor, not a goal): "пережили" for "погубил" (a verb
# in the place of a Russian point's verb; failing it cost five right answers of the development packs in round 51),
# "погибли от засухи" for "мороз погубил" (a noun past a preposition read as in the place of the point's first word
# left out cost two held-out answers in round 51),
# a swapped doer and receiver in Russian, "froze" for "evaporation"
_STILL_ACCEPTED = frozenset({"молодые лозы пережили мороз", "молодые лозы погибли от засухи",
                             "гусеницы откладывают яйца в ос", "the lake water froze and left salt behind"})


def test_check_set_floor():
    agree, accepted_wrong = 0, []
    for lang, card, answer, right in _check_rows():
        got = GRADERS[lang].grade(card, answer).correct
        agree += got is right
        if got and not right and answer not in _STILL_ACCEPTED:
            accepted_wrong.append(answer)
    assert not accepted_wrong
    assert agree >= 48
