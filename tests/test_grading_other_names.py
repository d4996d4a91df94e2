"""A slip in a name that makes a word of another name of the pack is no slip (`grading/other_names.py`): "Лидон" for
"Лиодон" where the notes also tell of Лидон Кефалийский; where they name no Лидон, it is forgiven as a typo. Invented
people and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

_RU_ONE = "Правитель Кефалии Лиодон поручил мастеру Тирсу проверить, чистое ли серебро в его чаше."
_RU_TWO = _RU_ONE + " Позже Лидон Кефалийский описал водяные часы."
_EN_ONE = "Duke Orvald of Kessa asked the smith Tyre to test whether his cup was pure silver."
_EN_TWO = _EN_ONE + " Later Tomas Orvand built a water clock; Orvand sold it to the abbey."


def _grade(language: str, notes: str, answer: str, given: str) -> bool:
    card = Card(id="c", section="s", kind="short", prompt="Who asked for the test?", answer=answer)
    pack = Pack(id="p", title="p", language=language, cards=(card,),
                sections=(Section(id="s", title="s", notes=notes),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("notes", "given", "right"), [
    (_RU_TWO, "Лидон", False),  # the other name the notes write
    (_RU_TWO, "Лидоном", False),  # in another case
    (_RU_TWO, "Лиодон", True),
    (_RU_TWO, "Лиодоном", True),
    (_RU_TWO, "Лиадон", True),  # a slip that is no name of the notes
    (_RU_ONE, "Лидон", True),  # no Лидон in the notes: a slip
    (_RU_ONE, "Лидоном", True),
])
def test_russian_slip_into_another_name(notes, given, right):
    assert _grade("ru", notes, "Лиодон", given) is right


@pytest.mark.parametrize(("notes", "given", "right"), [
    (_EN_TWO, "Orvand", False),
    (_EN_TWO, "Orvald", True),
    (_EN_TWO, "Orvlad", True),
    (_EN_ONE, "Orvand", True),
])
def test_english_slip_into_another_name(notes, given, right):
    assert _grade("en", notes, "Orvald", given) is right
