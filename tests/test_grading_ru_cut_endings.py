"""A Russian noun in "-ит", "-им", "-ил" after a consonant, which Snowball cuts in the nominative ("режим" -> "реж")
and keeps before a case ending ("режимом" -> "режим"): its forms are one word (`ru_cut_consonant`), as the docs
promise for any case; another noun stays another. Not "-ен" (a noun in "-ение" stems so too): "орден" for
"орденом" stays as Snowball reads it. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import short

MILL = short("крокодилом", prompt="Кого нарисовали на вывеске?")
LOAN = short("кредитом", prompt="Чем оплатили постройку мельницы?")
MODE = short("режимом тишины", prompt="Каким правилом объяснили запрет?")


def _grade(card: Card, given: str) -> bool:
    pack = Pack(id="p", title="p", language="ru", cards=(card,), sections=(Section(id="s", title="Н", notes="Текст."),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("card", "given", "right"), [
    (MILL, "крокодил", True),
    (MILL, "крокодила", True),
    (MILL, "кроликом", False),
    (LOAN, "кредит", True),
    (LOAN, "в кредит", True),
    (LOAN, "займом", False),
    (MODE, "режим тишины", True),
    (MODE, "режим охраны", False),
])
def test_noun_forms_snowball_cuts(card, given, right):
    assert _grade(card, given) is right
