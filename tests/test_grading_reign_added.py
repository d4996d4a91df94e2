"""A ruler's number the answer adds, which the pack gives that name nowhere while it numbers it otherwise, names
another ruler: with "Prince Ferdinand" (accepted as "Ferdinand") and notes that call him "the future Ferdinand IV",
"Ferdinand VII" is wrong and "Ferdinand IV" right; where the pack numbers no Ferdinand, any number is left to the
other rules. In Russian too, with the number said as an ordinal ("Фердинанд Седьмой"). Invented cards and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section

from .cards import short

EN_CARD = short("Prince Ferdinand", "Ferdinand", prompt="Whom did the guilds invite to take the throne of Varenna?")
EN_NOTES = "In 1402 the guilds invited Prince Ferdinand, the future Ferdinand IV, to take the throne of Varenna."
RU_CARD = short("принц Фердинанд", "Фердинанд", prompt="Кого гильдии позвали на трон Варенны?")
RU_NOTES = "В 1402 году гильдии позвали на трон Варенны принца Фердинанда, будущего короля Фердинанда IV."


def _grade(card, language, notes, answer):
    pack = Pack(id="t", title="t", language=language, cards=(card,),
                sections=(Section(id="s", title="s", notes=notes),))
    return Grader.for_pack(pack).grade(card, answer).correct


@pytest.mark.parametrize(("answer", "right"), [
    ("Ferdinand", True),
    ("Prince Ferdinand", True),
    ("Ferdinand IV", True),
    ("Ferdinand VII", False),
    ("King Ferdinand VII", False),
    ("Ferdinand the Seventh", False),
])
def test_a_number_the_pack_never_gives_the_name(answer, right):
    assert _grade(EN_CARD, "en", EN_NOTES, answer) is right


def test_any_number_where_the_pack_numbers_no_one_of_the_name():
    assert _grade(EN_CARD, "en", "In 1402 the guilds invited Prince Ferdinand to take the throne.", "Ferdinand VII")


@pytest.mark.parametrize(("answer", "right"), [
    ("Фердинанд", True),
    ("Фердинанд Четвёртый", True),
    ("Фердинанд VII", False),
    ("Фердинанд Седьмой", False),
])
def test_in_russian(answer, right):
    assert _grade(RU_CARD, "ru", RU_NOTES, answer) is right
