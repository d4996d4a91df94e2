"""The regnal reading (`grading.regnal`) is skipped at once on a card none of whose wordings numbers a reign: the
answer's figures are then never read for it (a shortcut of speed19, verdicts unchanged). A card that numbers one
still reads them (a figure given is another ruler). Invented cards, English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

LEIF = short("Leif Erikson", prompt="Who sailed west from the islands first?")
OLAF = short("Olaf II", "Olaf the Stout", prompt="Which king of the islands fell at the ford?")
IVAN = short("Иван IV", prompt="Какой царь взял город на реке?")
ERIK = short("Ерофей Хабаров", prompt="Кто первым прошёл по реке?")

ROWS = [
    (LEIF, "en", "Magnus the Good", False, False),  # no wording numbers a reign: no figure read
    (LEIF, "en", "Leif", False, False),
    (ERIK, "ru", "Семён Дежнёв", False, False),
    (OLAF, "en", "Magnus the Good", True, False),  # a numbered ruler: the answer's figures are read (none)
    (IVAN, "ru", "Пётр", True, False),
    (OLAF, "en", "Olaf", True, True),  # the number left out: still right
]


@pytest.mark.parametrize(("card", "language", "answer", "read", "right"), ROWS)
def test_figures_read_only_where_a_wording_numbers_a_reign(card, language, answer, read, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(card,), language=language)
    grader = Grader.for_pack(pack)
    got, prompt = grader.prep(answer), grader.prep(card.prompt)
    verdict = grader._reign_left_out(card, got, prompt)
    assert (got._quantities is not None) is read
    assert (verdict is not None and verdict.correct) is right
    assert grader.grade(card, answer).correct is right
