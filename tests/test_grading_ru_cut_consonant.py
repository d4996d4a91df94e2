"""Russian nouns in "-ан", "-ал", "-ай" whose last consonant Snowball cuts in the nominative and genitive only ("уран"
-> "ура", "уране" -> "уран"): every case is the one noun (core/ru_cut_consonant.py). Invented cards of no pack; the
traps are another noun in the same case."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

PLANETS = Card(id="p", section="s", kind="list", prompt="Назовите две планеты, на которых нашли лёд.",
               answer="Уран, Нептун, Марс", keypoints=(Keypoint("Уран"), Keypoint("Нептун"), Keypoint("Марс")),
               need=2)
SEA = Card(id="o", section="s", kind="short", prompt="Где затонула шхуна «Ласка»?", answer="Тихий океан")
LAND = Card(id="k", section="s", kind="short", prompt="Откуда привезли фарфоровые чашки?", answer="Китай")
WAY = Card(id="w", section="s", kind="short", prompt="Над чем три года работали землекопы?", answer="канал")
PACK = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="Шхуна «Ласка» затонула в 1901 году."),),
            cards=(PLANETS, SEA, LAND, WAY), language="ru")
GRADER = Grader.for_pack(PACK)


@pytest.mark.parametrize(("card", "answer", "right"), [
    (PLANETS, "на Уране и на Марсе", True),
    (PLANETS, "на Нептуне, на Уране", True),
    (PLANETS, "Уран и Марс", True),
    (PLANETS, "на Венере и на Марсе", False),  # one planet of the list
    (PLANETS, "на Юпитере и на Сатурне", False),
    (SEA, "в Тихом океане", True),
    (SEA, "Тихий океан", True),
    (SEA, "в Индийском океане", False),
    (SEA, "в Тихом море", False),
    (LAND, "из Китая", True),
    (LAND, "в Китае их делали", True),
    (LAND, "из Кореи", False),
    (WAY, "над каналом", True),
    (WAY, "над новым каналом", True),
    (WAY, "над тоннелем", False),
])
def test_every_case_of_a_noun_snowball_cuts(card, answer, right):
    assert GRADER.grade(card, answer).correct is right
