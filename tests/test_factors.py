"""Factors and percentages of change: one quantity, said either way, in English and Russian.

A change is said as a factor ("doubled", "grew twofold", "rose to twice the level", "by a factor of
two", "вдвое", "в два раза", "удвоился") or as a percentage ("rose by 100%", "выросло на 100%"), and a fair
teacher reads them as one quantity: by X% is to (100 + X)% of the old level is a factor of 1 + X/100, and a
fall by X% is a factor of 100 / (100 - X) down ("halved" = "fell by 50%" = "fell to half"; "fell by 75%" =
"to a quarter" = "в четыре раза"). The traps: "tripled" is "rose by 200%" and "rose to 300%", never "rose
by 300%" (four times); "fell by 200%" is no fall at all; "rose by a third" is no factor of three; a factor
the wrong way round ("doubled" for "halved") fails on its direction; percentage points stay points where
the card sets them against per cent. A card's tolerance applies to the converted value, and a learner's
rounded figure ("33%", "1.33 times") counts as the value it rounds.

Invented subjects: an orchard's yield, ferry fares, a herring catch, a rabbit population, a library's
loans, the wells of a hamlet and a village; "урожай яблок", "тираж газеты", "улов сельди", "число кроликов".
"""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.grading import Grader
from tests import cards

EN = Grader()
RU = Grader(language="ru")

short = partial(cards.short, prompt="What happened?")

DOUBLED = "the orchard's yield doubled"
TRIPLED = "the ferry fares tripled"
HALVED = "the herring catch was halved"
QUARTER = "the herring catch fell by 75%"
THIRD = "the rabbit population rose by a third"
HALF_AGAIN = "the library's loans grew 1.5 times"
BY_100 = "the orchard's yield rose by 100%"
HALF_AS_MANY = "the hamlet has half as many wells as the village"

EN_ROWS = [
    # doubled: a factor of 2 = by 100% = to 200%
    (DOUBLED, "the orchard's yield rose by 100%", True),
    (DOUBLED, "the yield of the orchard grew by 100 percent", True),
    (DOUBLED, "the orchard's yield increased by one hundred per cent", True),
    (DOUBLED, "the orchard's yield went up 100%", True),
    (DOUBLED, "the orchard's yield saw a 100% increase", True),
    (DOUBLED, "the orchard's yield grew two-fold", True),
    (DOUBLED, "the orchard's yield grew by a factor of two", True),
    (DOUBLED, "the orchard's yield rose to twice its former level", True),
    (DOUBLED, "the orchard's yield rose to 200% of its former level", True),
    (DOUBLED, "the orchard's yield saw a 100-percent increase", True),
    (DOUBLED, "the orchard's yield is now twice as high", True),
    (DOUBLED, "the orchard's yield grew 2×", True),
    (DOUBLED, "the orchard's yield grew x2", True),
    (DOUBLED, "the orchard's yield rose by 50%", False),
    (DOUBLED, "the orchard's yield rose by 200%", False),
    (DOUBLED, "the orchard's yield fell by 50%", False),  # the factor of a halving: the wrong way
    (DOUBLED, "the orchard's yield halved", False),
    (DOUBLED, "the orchard's yield rose by 100 percentage points", False),  # points of what?
    # tripled: by 200%, to 300%; by 300% is four times
    (TRIPLED, "the ferry fares rose by 200%", True),
    (TRIPLED, "the ferry fares rose to 300% of their former level", True),
    (TRIPLED, "the ferry fares rose to 300%", True),  # above 100% a level can only be of the old one
    (TRIPLED, "the ferry fares grew threefold", True),
    (TRIPLED, "the ferry fares went up three times", True),
    (TRIPLED, "the ferry fares rose by 300%", False),
    (TRIPLED, "the ferry fares rose by 150%", False),
    ("the ferry fares rose to 300%", "the ferry fares rose by 300%", False),  # the trap the other way round
    ("the herring catch fell to 25% of its former level", "the herring catch fell by 25%", False),
    # halved: by 50%, by half, to half
    (HALVED, "the herring catch fell by 50%", True),
    (HALVED, "the herring catch dropped 50 percent", True),
    (HALVED, "the herring catch fell by half", True),
    (HALVED, "the herring catch fell to half", True),
    (HALVED, "the herring catch was reduced by 50%", True),
    (HALVED, "the herring catch fell by 50 percent", True),
    (HALVED, "the herring catch saw a 50% drop", True),
    (HALVED, "the herring catch fell by 200%", False),  # no fall is more than the whole
    (HALVED, "the herring catch fell by 25%", False),
    (HALVED, "the herring catch doubled", False),
    (HALVED, "the herring catch rose by 50%", False),
    # by 75% = to a quarter = fourfold down
    (QUARTER, "the herring catch fell to a quarter", True),
    (QUARTER, "the herring catch fell to a quarter of its former level", True),
    (QUARTER, "the herring catch fell fourfold", True),
    (QUARTER, "the herring catch fell to 25% of its former level", True),
    (QUARTER, "the herring catch was reduced by three quarters", True),
    (QUARTER, "the herring catch fell by 25%", False),
    (QUARTER, "the herring catch fell threefold", False),
    # a third: 33% within rounding, never a factor of three
    (THIRD, "the rabbit population rose by 33%", True),
    (THIRD, "the rabbit population rose by one third", True),
    (THIRD, "the rabbit population grew 1.33 times", True),
    (THIRD, "the rabbit population rose by about a third", True),
    (THIRD, "the rabbit population rose by 30%", False),
    (THIRD, "the rabbit population tripled", False),
    (THIRD, "the rabbit population grew threefold", False),
    ("the rabbit population rose by 33%", "the rabbit population rose by a third", True),
    # one and a half times = by 50% = by half
    (HALF_AGAIN, "the library's loans rose by 50%", True),
    (HALF_AGAIN, "the library's loans grew one and a half times", True),
    (HALF_AGAIN, "the library's loans rose by half", True),
    (HALF_AGAIN, "the library's loans rose by 150%", False),
    (HALF_AGAIN, "the library's loans doubled", False),
    # orders of magnitude
    ("the guild's membership grew tenfold", "the guild's membership grew by an order of magnitude", True),
    ("the guild's membership grew tenfold", "the guild's membership rose by 900%", True),
    ("the guild's membership grew tenfold", "the guild's membership rose by 1000%", False),
    ("the guild's membership grew a hundredfold", "the guild's membership grew by two orders of magnitude", True),
    ("the guild's membership grew a hundredfold", "the guild's membership grew by an order of magnitude", False),
    # the card in percent, the answer as a factor
    (BY_100, "the orchard's yield doubled", True),
    (BY_100, "the orchard's yield grew twofold", True),
    (BY_100, "the orchard's yield tripled", False),
    (BY_100, "the orchard's yield halved", False),
    ("the ferry fares rose by 200%", "the ferry fares tripled", True),
    ("the ferry fares rose by 200%", "the ferry fares quadrupled", False),
    ("the ferry fares rose by 300%", "the ferry fares quadrupled", True),
    ("the ferry fares rose by 300%", "the ferry fares tripled", False),
    ("the herring catch fell by 50%", "the herring catch was halved", True),
    ("the herring catch fell by 50%", "the herring catch fell to half", True),
    ("the herring catch fell by 50%", "the herring catch doubled", False),
    # a sign says the way ("-50%"); a figure in the same form is compared as written (4% is not 3.6%)
    (DOUBLED, "the orchard's yield changed by -50%", False),
    ("the ferry fares rose by 3.6%", "the ferry fares rose by 4%", False),
    ("the ferry fares rose by 4%", "the ferry fares rose to 104% of their former level", True),
    # as many: a factor of a comparison, and a percentage of it
    (HALF_AS_MANY, "the hamlet has 50% fewer wells than the village", True),
    (HALF_AS_MANY, "the village has twice as many wells as the hamlet", True),
    (HALF_AS_MANY, "the hamlet has twice as many wells as the village", False),
    (HALF_AS_MANY, "the hamlet has 50% more wells than the village", False),
    ("the hamlet has a third as many wells as the village", "the village has three times as many wells as the hamlet",
     True),
    ("the hamlet has a third as many wells as the village", "the hamlet has three times as many wells as the village",
     False),
    ("the village has 1.5 times as many wells as the hamlet", "the village has half again as many wells as the hamlet",
     True),
    ("the village has 1.5 times as many wells as the hamlet", "the village has twice as many wells as the hamlet",
     False),
]

RU_DOUBLED = "урожай яблок удвоился"
RU_TRIPLED = "тираж газеты утроился"
RU_HALVED = "улов сельди сократился вдвое"
RU_QUARTER = "улов сельди сократился на 75%"
RU_HALF_AGAIN = "число кроликов выросло в полтора раза"
RU_THIRD = "число кроликов выросло на треть"

RU_ROWS = [
    (RU_DOUBLED, "урожай яблок вырос на 100%", True),
    (RU_DOUBLED, "урожай яблок увеличился на 100 процентов", True),
    (RU_DOUBLED, "урожай яблок вырос вдвое", True),
    (RU_DOUBLED, "урожай яблок вырос в два раза", True),
    (RU_DOUBLED, "урожай яблок увеличился в 2 раза", True),
    (RU_DOUBLED, "урожай яблок вырос в двукратном размере", True),
    (RU_DOUBLED, "урожай яблок показал двукратный рост", True),
    (RU_DOUBLED, "урожай яблок показал стопроцентный рост", True),
    (RU_DOUBLED, "урожай яблок показал 100-процентный рост", True),
    (RU_DOUBLED, "урожай яблок вырос на 50%", False),
    (RU_DOUBLED, "урожай яблок вырос на 200%", False),
    (RU_DOUBLED, "урожай яблок сократился вдвое", False),
    (RU_DOUBLED, "урожай яблок сократился на 50%", False),
    (RU_TRIPLED, "тираж газеты вырос на 200%", True),
    (RU_TRIPLED, "тираж газеты вырос втрое", True),
    (RU_TRIPLED, "тираж газеты вырос в три раза", True),
    (RU_TRIPLED, "тираж газеты вырос до 300% от прежнего уровня", True),
    (RU_TRIPLED, "тираж газеты вырос в трёхкратном размере", True),
    (RU_TRIPLED, "тираж газеты вырос на 300%", False),
    (RU_TRIPLED, "тираж газеты вырос вдвое", False),
    (RU_HALVED, "улов сельди сократился на 50%", True),
    (RU_HALVED, "улов сельди упал на 50 процентов", True),  # ("процентов" is no "процентных пунктов")
    (RU_HALVED, "улов сельди уменьшился в два раза", True),
    (RU_HALVED, "улов сельди сократился наполовину", True),
    (RU_HALVED, "улов сельди упал до половины", True),
    (RU_HALVED, "улов сельди показал 50-процентное снижение", True),
    (RU_HALVED, "улов сельди сократился на 200%", False),
    (RU_HALVED, "улов сельди сократился на 25%", False),
    (RU_HALVED, "улов сельди вырос вдвое", False),
    (RU_HALVED, "улов сельди вырос на 50%", False),
    (RU_QUARTER, "улов сельди сократился в четыре раза", True),
    (RU_QUARTER, "улов сельди сократился вчетверо", True),
    (RU_QUARTER, "улов сельди сократился до четверти", True),
    (RU_QUARTER, "улов сельди сократился на три четверти", True),
    (RU_QUARTER, "улов сельди сократился до 25% от прежнего уровня", True),
    (RU_QUARTER, "улов сельди сократился на 25%", False),
    (RU_QUARTER, "улов сельди сократился втрое", False),
    (RU_HALF_AGAIN, "число кроликов выросло на 50%", True),
    (RU_HALF_AGAIN, "число кроликов выросло в 1,5 раза", True),
    (RU_HALF_AGAIN, "число кроликов выросло наполовину", True),
    (RU_HALF_AGAIN, "число кроликов выросло на 150%", False),
    (RU_HALF_AGAIN, "число кроликов выросло вдвое", False),
    (RU_THIRD, "число кроликов выросло на 33%", True),
    (RU_THIRD, "число кроликов выросло примерно на треть", True),
    (RU_THIRD, "число кроликов выросло на 30%", False),
    (RU_THIRD, "число кроликов выросло втрое", False),
    (RU_THIRD, "число кроликов выросло в три раза", False),
    ("число членов гильдии выросло в десять раз", "число членов гильдии выросло на порядок", True),
    ("число членов гильдии выросло в сто раз", "число членов гильдии выросло на два порядка", True),
    ("число членов гильдии выросло в сто раз", "число членов гильдии выросло на порядок", False),
    ("урожай яблок вырос на 100%", "урожай яблок удвоился", True),
    ("урожай яблок вырос на 100%", "урожай яблок вырос в два раза", True),
    ("урожай яблок вырос на 100%", "урожай яблок утроился", False),
    ("тираж газеты вырос на 300%", "тираж газеты вырос в четыре раза", True),
    ("тираж газеты вырос на 300%", "тираж газеты вырос в три раза", False),
    ("в деревне вдвое меньше колодцев, чем в селе", "в деревне на 50% меньше колодцев, чем в селе", True),
    ("в деревне вдвое меньше колодцев, чем в селе", "в деревне вдвое больше колодцев, чем в селе", False),
    ("в деревне вдвое меньше колодцев, чем в селе", "в деревне вполовину меньше колодцев, чем в селе", True),
    (RU_TRIPLED, "тираж газеты вырос ×3", True),
    (RU_TRIPLED, "тираж газеты вырос ×4", False),
]


@pytest.mark.parametrize(("answer", "given", "right"), EN_ROWS)
def test_english_factors_and_percentages(answer, given, right):
    assert EN.grade(short(answer), given).correct is right


@pytest.mark.parametrize(("answer", "given", "right"), RU_ROWS)
def test_russian_factors_and_percentages(answer, given, right):
    assert RU.grade(short(answer), given).correct is right


CHANGES = cards.explain("the orchard's yield doubled", "the herring catch was halved")
CHANGES_RU = cards.explain("урожай яблок удвоился", "улов сельди сократился вдвое")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, CHANGES, "the orchard's yield rose by 100% and the herring catch fell by 50%", True),
    (EN, CHANGES, "the yield went up 100 percent, while the catch fell by half", True),
    (EN, CHANGES, "the orchard's yield rose by 50% and the herring catch fell by 50%", False),
    (EN, CHANGES, "the orchard's yield fell by 50% and the herring catch rose by 100%", False),
    (EN, CHANGES, "the orchard's yield tripled and the herring catch rose by 100%", False),
    (RU, CHANGES_RU, "урожай яблок вырос на 100%, а улов сельди сократился на 50%", True),
    (RU, CHANGES_RU, "урожай яблок вырос на 50%, а улов сельди сократился на 50%", False),
    (RU, CHANGES_RU, "урожай яблок вырос втрое, а улов сельди вырос на 100%", False),
])
def test_factors_and_percentages_in_keypoints(grader, card, given, right):
    """Each point made with its own figure, in its own clause: a percentage in one clause is no factor of the other."""
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, cards.numeric(100, "%", "100%", prompt="By how much did the orchard's yield rise, in per cent?"),
     "it doubled", True),
    (EN, cards.numeric(100, "%", "100%", prompt="By how much did the orchard's yield rise, in per cent?"),
     "it grew twofold", True),
    (EN, cards.numeric(100, "%", "100%", prompt="By how much did the orchard's yield rise, in per cent?"),
     "it tripled", False),
    (EN, cards.numeric(200, "%", "200%", prompt="By what percentage did the ferry fares rise?"), "they tripled", True),
    (EN, cards.numeric(200, "%", "200%", prompt="By what percentage did the ferry fares rise?"),
     "they quadrupled", False),
    (EN, cards.numeric(50, "%", "50%", prompt="By what percentage did the herring catch fall?"), "it halved", True),
    (EN, cards.numeric(50, "%", "50%", prompt="By what percentage did the herring catch fall?"),
     "it fell by half", True),
    (EN, cards.numeric(50, "%", "50%", prompt="By what percentage did the herring catch fall?"),
     "it doubled", False),
    (EN, cards.numeric(3, "times", "3 times", prompt="How many times did the ferry fares grow?"), "by 200%", True),
    (EN, cards.numeric(3, "times", "3 times", prompt="How many times did the ferry fares grow?"), "by 300%", False),
    (EN, cards.numeric(3, "times", "3 times", prompt="How many times did the ferry fares grow?"), "3", True),
    (EN, cards.numeric(3, "times", "3 times", prompt="How many times did the ferry fares grow?"), "threefold", True),
    (EN, cards.numeric(3, "", "3", prompt="How many times did the ferry fares grow?"), "by 200%", True),
    (EN, cards.numeric(3, "", "3", prompt="How many times did the ferry fares grow?"), "by 300%", False),
    (EN, cards.numeric(3, "", "3", prompt="How many times did the ferry fares grow?"), "three", True),
    (EN, cards.numeric(4, "times", "4 times", prompt="How many times did the herring catch fall?"), "by 75%", True),
    (EN, cards.numeric(4, "times", "4 times", prompt="How many times did the herring catch fall?"), "by 25%", False),
    (EN, cards.numeric(4, "times", "4 times", prompt="How many times did the herring catch fall?"),
     "to a quarter", True),
    # the card's tolerance applies to the converted value; a rounded figure is the value it rounds
    (EN, cards.numeric(33, "%", "33%", 1, prompt="By what percentage did the rabbit population rise?"),
     "by a third", True),
    (EN, cards.numeric(33, "%", "33%", 1, prompt="By what percentage did the rabbit population rise?"),
     "it grew 1.33 times", True),
    (EN, cards.numeric(33, "%", "33%", 1, prompt="By what percentage did the rabbit population rise?"),
     "it grew 1.5 times", False),
    (EN, cards.numeric(50, "%", "50%", 5, prompt="By what percentage did the library's loans rise?"),
     "they grew 1.55 times", True),
    (EN, cards.numeric(50, "%", "50%", 5, prompt="By what percentage did the library's loans rise?"),
     "they grew 1.3 times", False),
    (EN, cards.numeric(35, "%", "It rose by 35%", prompt="By how much did the yield change?"), "+35%", True),
    (EN, cards.numeric(35, "%", "It rose by 35%", prompt="By how much did the yield change?"), "-35%", False),
    (EN, cards.numeric(35, "%", "It rose by 35%", prompt="By how much did the yield change?"), "it fell by 35%", False),
    (EN, cards.numeric(25, "%", "25%", prompt="By what percentage did the herring catch fall?"), "by a quarter", True),
    (EN, cards.numeric(25, "%", "25%", prompt="By what percentage did the herring catch fall?"),
     "it fell to a quarter", False),  # to a quarter is by 75%
    (RU, cards.numeric(100, "%", "100%", prompt="На сколько процентов вырос урожай яблок?"), "вдвое", True),
    (RU, cards.numeric(100, "%", "100%", prompt="На сколько процентов вырос урожай яблок?"), "в два раза", True),
    (RU, cards.numeric(100, "%", "100%", prompt="На сколько процентов вырос урожай яблок?"), "втрое", False),
    (RU, cards.numeric(3, "раза", "в 3 раза", prompt="Во сколько раз вырос тираж газеты?"), "на 200%", True),
    (RU, cards.numeric(3, "раза", "в 3 раза", prompt="Во сколько раз вырос тираж газеты?"), "на 300%", False),
    (RU, cards.numeric(3, "раза", "в 3 раза", prompt="Во сколько раз вырос тираж газеты?"), "втрое", True),
    (RU, cards.numeric(3, "", "3", prompt="Во сколько раз вырос тираж газеты?"), "на 200%", True),
    (RU, cards.numeric(3, "", "3", prompt="Во сколько раз вырос тираж газеты?"), "на 300%", False),
    (RU, cards.numeric(50, "%", "50%", prompt="На сколько процентов сократился улов сельди?"), "вдвое", True),
    (RU, cards.numeric(50, "%", "50%", prompt="На сколько процентов сократился улов сельди?"), "наполовину", True),
    (RU, cards.numeric(50, "%", "50%", prompt="На сколько процентов сократился улов сельди?"), "втрое", False),
])
def test_numeric_cards_take_a_factor_or_a_percentage(grader, card, given, right):
    assert grader.grade(card, given).correct is right


POINTS = "By how many percentage points, not per cent, did turnout in the valley rise?"


@pytest.mark.parametrize(("card", "given", "right"), [
    (cards.numeric(10, "percentage points", "10 percentage points", prompt=POINTS), "10 percentage points", True),
    (cards.numeric(10, "percentage points", "10 percentage points", prompt=POINTS), "it rose by 10%", False),
    (cards.short("turnout rose by 10 percentage points", prompt=POINTS), "turnout rose by 10 percentage points", True),
    (cards.short("turnout rose by 10 percentage points", prompt=POINTS), "turnout rose by 10%", False),
])
def test_points_stay_points_where_the_card_says_so(card, given, right):
    assert EN.grade(card, given).correct is right


@pytest.mark.parametrize(("grader", "text", "kind", "change", "ratio"), [
    (EN, "the yield rose by 100%", "percent", "by", 2.0),
    (EN, "the catch fell by 75%", "percent", "by", 0.25),
    (EN, "the catch fell by more than 50%", "percent", "by", 0.5),  # "more than": how much, not which way
    (EN, "fares rose to 300% of the 1990 level", "percent", "to", 3.0),
    (EN, "fares were 50% above their old level", "percent", "by", 1.5),
    (EN, "the fund suffered a 50% loss", "percent", "by", 0.5),
    (EN, "the fund fell 20% below its peak", "percent", "by", 0.8),
    (EN, "the yield doubled", "factor", None, 2.0),
    (EN, "the village has 3 times fewer wells", "factor", None, 1 / 3),
    (EN, "he was elected 3 times", "factor", None, None),  # a factor of no direction: how many times
    (EN, "unemployment rose to 12%", "percent", None, None),  # a level, not a change of the old one
    (EN, "debt fell to 30% of GDP", "percent", None, None),  # a share of another thing
    (EN, "debt rose to 300% of GDP", "percent", None, None),  # above the whole, but of another thing still
    (EN, "the shares lost 80% of their value", "percent", "by", 0.2),  # a verb of change: by, not to
    (EN, "the herd lost 40% of its former size", "percent", "by", 0.6),
    (EN, "the herd gained 40% of its former size", "percent", "by", 1.4),
    (EN, "the herd fell to 40% of its former size", "percent", "to", 0.4),
    (EN, "the herd was 40% of its former size", "percent", "to", 0.4),
    (EN, "the herd fell to 40% of what it had been", "percent", "to", 0.4),  # the old value said as a clause
    (EN, "the herd fell to 40% of what it was", "percent", "to", 0.4),
    (EN, "debt fell to 30% of what Britain exported", "percent", None, None),  # of another thing
    (RU, "тираж вырос на 200%", "percent", "by", 3.0),
    (RU, "улов сократился вчетверо", "factor", None, 0.25),
    (RU, "улов сократился до 25% от прежнего уровня", "percent", "to", 0.25),
])
def test_changes_read(grader, text, kind, change, ratio):
    """What the grader reads: a factor, or a percentage of change with its way; a level of something else
    is a plain percentage."""
    found = [q for q in grader.prep(text).quantities if q.kind == kind]
    assert len(found) == 1
    assert found[0].change == change
    assert found[0].ratio == (None if ratio is None else pytest.approx(ratio))


@pytest.mark.parametrize(("given", "right"), [
    ("the shares lost 80% of their value", True),
    ("they lost 80% of their former value", True),
    ("the shares fell to 20% of their value", True),
    ("the shares lost 20% of their value", False),
    ("the shares fell to 80% of their value", False),
    ("they fell to 20% of what they had been", True),
    ("they fell to 80% of what they had been", False),
    ("the shares gained 80% of their value", False),
])
def test_a_loss_of_a_share_of_the_value_is_the_fall(given, right):
    """"lost 80% of their value" says by how much they fell, as "fell by 80%" does; "to 20%" is the level left."""
    card = cards.numeric(80, "%", "About 80 per cent", prompt="By about how much did the shares fall?")
    assert EN.grade(card, given).correct is right


def test_a_converted_figure_says_how_it_was_read():
    """The trace names the change the answer gave, and the card's figure it is the same change as."""
    card = cards.numeric(75, "%", "75%", prompt="By what percentage did the herring catch fall?")
    verdict = EN.grade(card, "it fell to a quarter")
    assert verdict.correct
    assert verdict.trace == ("4 times is the same change as 75%",)
    assert EN.grade(card, "75%").trace == ("75% = 75%",)
