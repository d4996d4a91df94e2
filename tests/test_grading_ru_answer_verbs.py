"""General Russian verbs a learner puts for a text's, read by the grader (round 21): "усилил" for "укрепил",
"развалился" for "распался", "капитулировала" for "сдалась"; the opposite verb stays wrong ("ослабил", "объединился").
And general nouns and adjectives (round 35): "медик" for "врач", "священнослужители" for "духовенство", "смещается"
for "сдвигается", "текучая" for "жидкая" ("густая" stays wrong).
`lexicon_ru_answer_words`, grader only (`answer_groups`); invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

WALLS = one_point("князь укрепил дружину", "Что сделал князь после набега?")
LEAGUE = one_point("торговый союз распался", "Чем кончилась война для торгового союза?")
FORT = one_point("гарнизон сдался", "Чем кончилась осада?")
DOCTORS = one_point("в городе не было врачей", "Чего не хватало городу во время мора?")
TITHE = one_point("подать не платило духовенство", "Кто был освобождён от подати?")
DUNE = one_point("дюна сдвигается к посёлку", "Чем опасна дюна?")
TAR = one_point("жидкая смола стекает в желоб", "Как собирают смолу?")

ROWS = [
    (WALLS, "князь усилил дружину", True), (WALLS, "князь ослабил дружину", False),
    (WALLS, "князь распустил дружину", False),
    (LEAGUE, "торговый союз развалился", True), (LEAGUE, "торговый союз объединился", False),
    (FORT, "гарнизон капитулировал", True), (FORT, "гарнизон отбился", False),
    (DOCTORS, "в городе не было медиков", True), (DOCTORS, "в городе не было кузнецов", False),
    (TITHE, "подать не платили священнослужители", True), (TITHE, "подать не платили купцы", False),
    (DUNE, "дюна смещается к посёлку", True), (DUNE, "дюна смещается к морю", False),
    (TAR, "текучая смола стекает в желоб", True), (TAR, "густая смола стекает в желоб", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language="ru")


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_learners_verb_for_the_texts(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
