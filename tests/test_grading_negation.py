"""Negation, direction and comparison in free answers: a table of the language's forms.

Cards on invented subjects (glaciology, a medieval guild, enzyme kinetics, a river port), in
English and Russian. Each row says what a teacher would mark: the same claim in another form
passes; the opposite claim (negated, turned round, compared the other way) fails. Rows the
grader does not yet get right are marked xfail(strict=True) so that fixing one shows up.
"""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.matching import Prepared
from studybot.core.packs import Card, Keypoint, Mistake
from tests import cards

EN = Grader()
RU = Grader(language="ru")


short = partial(cards.short, prompt="What happened?")


GAP = pytest.mark.xfail(strict=True, reason="form not yet read by the grader")

ROWS = [
    # English negators: the negated claim fails, the plain one passes
    (EN, "the glacier retreated", "the glacier retreated", True),
    (EN, "the glacier retreated", "the glacier did not retreat", False),
    (EN, "the glacier retreated", "the glacier never retreated", False),
    (EN, "the guild admitted women", "the guild refused to admit women", False),
    (EN, "the guild admitted women", "the guild failed to admit women", False),
    (EN, "the guild admitted women", "the guild no longer admitted women", False),
    (EN, "the enzyme works without oxygen", "the enzyme works without oxygen", True),
    (EN, "the enzyme needs oxygen", "the enzyme works without oxygen", False),
    (EN, "the port was not closed", "the port was not closed", True),
    (EN, "the tolls rose", "the tolls rose a lot", True),  # a degree, no letter "a"
    (EN, "the tolls rose", "the tolls fell a great deal", False),
    (EN, "the abbey had too few monks", "the abbey did not have enough monks", True),  # one shortfall
    (EN, "the abbey had too few monks", "there were not enough monks in the abbey", True),
    (EN, "the abbey had too few monks", "the abbey had enough monks", False),
    (EN, "too little grain in the stores", "the grain in the stores was insufficient", True),  # a shortfall too
    (EN, "too little grain in the stores", "insufficient grain in the stores", True),
    (EN, "too little grain in the stores", "the grain in the stores was sufficient", False),
    (EN, "too little grain in the stores", "insufficient salt in the stores", False),
    (EN, "the port was not closed", "the port was closed", False),
    (EN, "the port stayed open", "the port was not closed", True),
    # directions and their opposites
    (EN, "the water level rose", "the water level went up", True),
    (EN, "the water level rose", "the water level fell", False),
    (EN, "the water level rose", "the water level dropped", False),
    (EN, "the water level rose", "the water level climbed", True),
    (EN, "the price of wool fell", "the price of wool decreased", True),
    (EN, "the price of wool fell", "the price of wool increased", False),
    (EN, "the price of wool fell", "the price of wool plunged", True),
    (EN, "the price of wool fell", "the price of wool soared", False),
    (EN, "the herd grew", "the herd shrank", False),
    (EN, "the output doubled", "the output halved", False),
    # comparatives
    (EN, "ice is less dense than water", "ice is lighter than water", True),
    (EN, "ice is less dense than water", "ice is denser than water", False),
    (EN, "ice is less dense than water", "ice is more dense than water", False),
    (EN, "the reaction is faster when warm", "the reaction is slower when warm", False),
    (EN, "the tax came earlier", "the tax came later", False),
    # Russian negators
    (RU, "ледник отступил", "ледник отступил", True),
    (RU, "ледник отступил", "ледник не отступил", False),
    (RU, "ледник отступил", "ледник никогда не отступал", False),  # concord: one negation
    (RU, "гильдия принимала женщин", "гильдия отказалась принимать женщин", False),
    (RU, "гильдия принимала женщин", "гильдия перестала принимать женщин", False),
    (RU, "гильдия принимала женщин", "гильдия больше не принимала женщин", False),
    (RU, "фермент нуждается в кислороде", "фермент работает без кислорода", False),
    # Russian directions
    (RU, "уровень воды вырос", "уровень воды повысился", True),
    (RU, "уровень воды вырос", "уровень воды упал", False),
    (RU, "уровень воды вырос", "уровень воды снизился", False),
    (RU, "цена шерсти упала", "цена шерсти уменьшилась", True),
    (RU, "цена шерсти упала", "цена шерсти возросла", False),
    (RU, "цена шерсти упала", "цена шерсти сократилась", True),
    # Russian comparatives
    (RU, "лёд менее плотный, чем вода", "лёд легче воды", True),
    (RU, "лёд менее плотный, чем вода", "лёд плотнее воды", False),
    (RU, "налог ввели раньше", "налог ввели позже", False),
    (RU, "порт выше по реке", "порт ниже по реке", False),
]


@pytest.mark.parametrize(("grader", "answer", "given", "right"), ROWS)
def test_negation_direction_comparison_short(grader, answer, given, right):
    assert grader.grade(short(answer), given).correct is right


@pytest.mark.parametrize(("answer", "negated"), [
    ("он никогда не отступал", True), ("никто не пришёл", True), ("ни разу не был", True),
    ("никогда", True), ("не без труда", False), ("не отступал", True), ("отступал", False),
])
def test_russian_negative_words_agree_with_a_negator(answer, negated):
    """Negative concord: "никогда не" is one negation; two plain negators cancel ("не без")."""
    assert Prepared.of(answer, Aliases(None, language("ru"))).negated() is negated


@pytest.mark.parametrize(("given", "negated"), [
    # "little" before a plural is of size; before an uncountable noun, or alone, it denies an amount
    ("lots of little tremors shook the valley", False), ("little villages lined the canal", False),
    ("little progress was made", True), ("little was known of the guild", True), ("there was little rain", True),
    ("little physics was taught", True), ("little analysis was done", True), ("little news reached the port", True),
])
def test_little_before_a_plural_is_of_size(given, negated):
    assert Prepared.of(given, Aliases(), lemmas=True).negated() is negated



def test_little_ones_make_a_point_of_small_ones():
    card = cards.explain("many small tremors", prompt="What warns of an eruption?")
    assert EN.grade(card, "lots of little tremors").correct
    assert not EN.grade(card, "there were few tremors").correct
    assert not EN.grade(card, "there were no tremors").correct


FAMINE = Card(id="e", section="s", kind="explain", prompt="What did the famine do?", answer="it destroyed trust",
              keypoints=(Keypoint("the famine destroyed trust in the council", ("trust",)),))


@pytest.mark.parametrize(("given", "right"), [
    # a point about losing a thing says there is less of it: its bare wording is not made by more of it
    ("people lost trust in the council", True), ("trust in the council fell", True),
    ("people trusted the council less", True), ("it destroyed trust in the council", True),
    ("people trusted the council more", False), ("trust in the council grew", False),
])
def test_a_thing_lost_is_less_of_it(given, right):
    assert EN.grade(FAMINE, given).correct is right


def test_a_shortfall_said_either_way_meets_a_known_mistake():
    card = Card(id="e", section="s", kind="explain", prompt="Why did the abbey close?", answer="the priory was poor",
                keypoints=(Keypoint("the priory lacked money", ("too little money",)),),
                mistakes=(Mistake(("the abbey had too little money",), "Not the abbey: the priory."),))
    verdict = EN.grade(card, "the abbey did not have enough money")
    assert not verdict.correct and verdict.reason == "mistake"
    assert EN.grade(card, "the priory did not have enough money").correct


WEAVERS = cards.explain("the weavers in the river towns lost their looms and wages, not their land",
                        prompt="What happened?")


@pytest.mark.parametrize(("given", "right"), [
    # a long point made in part is negated as the point is where it is made, not as the point as a whole
    ("the weavers in the river towns lost their looms and wages", True),
    ("the weavers in the river towns did not lose their looms and wages", False),
    ("the weavers in the river towns lost their land", False),
])
def test_a_long_point_made_in_part_is_negated_where_it_is_made(given, right):
    assert EN.grade(WEAVERS, given).correct is right
