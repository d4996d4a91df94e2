"""Comparison and multiplication in free answers: a table of the language's forms, en and ru.

Invented subjects (an alloy and copper, a comet and an asteroid, two herds, two ponds, a guild hall
and a chapel, a toll). A comparison says which of two things has more of a property: the same claim
in another form passes ("denser" / "heavier" / "of higher density"; "X is faster than Y" / "Y is
slower than X"), the claim turned round fails ("Y is faster than X", "lighter", "as dense as").
A multiplication says by how much: "twice" is "two times" is "2x" is "вдвое", and is not "three
times"; "three times smaller" is not "three times larger".
"""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.grading import Grader
from tests import cards

EN = Grader()
RU = Grader(language="ru")

short = partial(cards.short, prompt="How do they compare?")
explain = partial(cards.explain, prompt="What do the observations show?")

DENSER = "the alloy is denser than copper"
FASTER = "the comet moves faster than the asteroid"
LARGER = "the northern herd is larger than the southern herd"
WARMER = "the east pond is warmer than the west pond"
OLDER = "the guild hall is older than the chapel"
TWICE = "the alloy is twice as dense as copper"

EN_ROWS = [
    # -er / more / less ... than, and their synonyms for one measured property
    (DENSER, "the alloy is denser than copper", True),
    (DENSER, "the alloy is more dense than copper", True),
    (DENSER, "the alloy is heavier than copper", True),
    (DENSER, "the alloy has a higher density than copper", True),
    (DENSER, "the alloy is lighter than copper", False),
    (DENSER, "the alloy is less dense than copper", False),
    (DENSER, "the alloy has a lower density than copper", False),
    # the two things swapped: the opposite comparative says the same, the same one the opposite
    (DENSER, "copper is less dense than the alloy", True),
    (DENSER, "copper is lighter than the alloy", True),
    (DENSER, "copper is denser than the alloy", False),
    (DENSER, "copper is heavier than the alloy", False),
    (DENSER, "the density of the alloy is higher than that of copper", True),
    (DENSER, "the density of copper is higher than that of the alloy", False),
    (DENSER, "the density of copper is lower than that of the alloy", True),
    # not as X as / as X as / the same as
    (DENSER, "the alloy is as dense as copper", False),
    (DENSER, "the alloy is not as dense as copper", False),
    ("the alloy is less dense than copper", "the alloy is not as dense as copper", True),
    ("the alloy is less dense than copper", "the alloy is not so dense as copper", True),
    ("the alloy is as dense as copper", "the alloy has the same density as copper", True),
    ("the alloy is as dense as copper", "the alloy is denser than copper", False),
    ("the alloy is as dense as copper", "the density of the alloy is the same as that of copper", True),
    ("the alloy is as dense as copper", "the density of the alloy is higher than that of copper", False),
    # speed
    (FASTER, "the comet moves more quickly than the asteroid", True),
    (FASTER, "the comet moves quicker than the asteroid", True),
    (FASTER, "the comet has a higher speed than the asteroid", True),
    (FASTER, "the asteroid moves slower than the comet", True),
    (FASTER, "the asteroid moves more slowly than the comet", True),
    (FASTER, "the asteroid moves faster than the comet", False),
    (FASTER, "the comet moves slower than the asteroid", False),
    (FASTER, "the comet moves at a lower speed than the asteroid", False),
    # size
    (LARGER, "the northern herd is bigger than the southern herd", True),
    (LARGER, "the northern herd is greater than the southern herd", True),
    (LARGER, "the southern herd is smaller than the northern herd", True),
    (LARGER, "the southern herd is larger than the northern herd", False),
    (LARGER, "the northern herd is smaller than the southern herd", False),
    # temperature
    (WARMER, "the east pond is hotter than the west pond", True),
    (WARMER, "the east pond has a higher temperature than the west pond", True),
    (WARMER, "the west pond is colder than the east pond", True),
    (WARMER, "the west pond is cooler than the east pond", True),
    (WARMER, "the west pond is warmer than the east pond", False),
    (WARMER, "the east pond is colder than the west pond", False),
    # age and time
    (OLDER, "the chapel is younger than the guild hall", True),
    (OLDER, "the guild hall was built earlier than the chapel", True),
    (OLDER, "the chapel was built later than the guild hall", True),
    (OLDER, "the chapel is older than the guild hall", False),
    (OLDER, "the guild hall is younger than the chapel", False),
    (OLDER, "the chapel was built earlier than the guild hall", False),
    # the most / the least, -est, the -er of the two
    ("tin is the least dense of the metals", "tin is the lightest of the metals", True),
    ("tin is the least dense of the metals", "tin is the densest of the metals", False),
    ("tin is the least dense of the metals", "tin is the most dense of the metals", False),
    ("tin is the least dense of the metals", "tin is the heaviest of the metals", False),
    ("the comet is the faster of the two", "the comet is the quicker of the two", True),
    ("the comet is the faster of the two", "the comet is the slower of the two", False),
    # multiplication: the factor and its direction both count
    (TWICE, "the alloy is two times as dense as copper", True),
    (TWICE, "the alloy is 2 times denser than copper", True),
    (TWICE, "the alloy is 2x as dense as copper", True),
    (TWICE, "the alloy is double the density of copper", True),
    (TWICE, "copper is half as dense as the alloy", True),
    (TWICE, "the alloy is three times as dense as copper", False),
    (TWICE, "the alloy is half as dense as copper", False),
    (TWICE, "the alloy is as dense as copper", False),
    ("the output doubled", "the output grew twofold", True),
    ("the output doubled", "the output increased two times", True),
    ("the output doubled", "the output rose 2x", True),
    ("the output doubled", "the output tripled", False),
    ("the output doubled", "the output halved", False),
    ("the output doubled", "the output grew threefold", False),
    ("the toll was halved", "the toll fell by half", True),
    ("the toll was halved", "the toll was cut in half", True),
    ("the toll was halved", "the toll doubled", False),
    ("the toll tripled", "the toll grew three times", True),
    ("the toll tripled", "the toll grew 3 times", True),
    ("the toll tripled", "the toll fell three times", False),
    ("the herd is three times larger than before", "the herd is three times bigger than before", True),
    ("the herd is three times larger than before", "the herd is three times smaller than before", False),
    ("the herd is three times larger than before", "the herd is two times larger than before", False),
    ("the herd is three times larger than before", "the herd is 3 times as large as before", True),
    ("the toll fell to a third", "the toll fell to a half", False),
    ("the toll fell threefold", "the toll fell to a third", True),
    ("the toll fell threefold", "the toll was reduced to a third", True),
    ("the toll fell threefold", "the toll fell to a half", False),
    ("the toll fell threefold", "the toll fell by a third", False),
    ("the town has three times as many mills as the village", "the town has 3 times more mills than the village", True),
    ("the town has three times as many mills as the village", "the village has a third as many mills", False),
    ("the town has three times as many mills as the village", "the village has 3 times fewer mills than the town",
     True),
    ("the town has three times as many mills as the village", "the village has three times as many mills as the town",
     False),
    ("the town has three times as many mills as the village", "the town has twice as many mills as the village",
     False),
    # negation said by the opposite word
    ("the port stayed open", "the port was not closed", True),
    ("the port stayed open", "the port was closed", False),
    ("the port stayed open", "the port remained open", True),
]

DENSER_RU = "сплав плотнее меди"
FASTER_RU = "комета движется быстрее астероида"
LARGER_RU = "северное стадо больше южного"
OLDER_RU = "ратуша старше часовни"
TWICE_RU = "сплав вдвое плотнее меди"

RU_ROWS = [
    (DENSER_RU, "сплав более плотный, чем медь", True),
    (DENSER_RU, "сплав тяжелее меди", True),
    (DENSER_RU, "у сплава плотность выше, чем у меди", True),
    (DENSER_RU, "медь легче сплава", True),
    (DENSER_RU, "медь менее плотная, чем сплав", True),
    (DENSER_RU, "медь плотнее сплава", False),
    (DENSER_RU, "сплав легче меди", False),
    (DENSER_RU, "сплав менее плотный, чем медь", False),
    (DENSER_RU, "сплав не такой плотный, как медь", False),
    (DENSER_RU, "сплав такой же плотный, как медь", False),
    ("сплав менее плотный, чем медь", "сплав не такой плотный, как медь", True),
    ("сплав менее плотный, чем медь", "сплав легче меди", True),
    ("сплав такой же плотный, как медь", "сплав плотнее меди", False),
    (FASTER_RU, "комета движется быстрее, чем астероид", True),
    (FASTER_RU, "астероид движется медленнее кометы", True),
    (FASTER_RU, "астероид движется быстрее кометы", False),
    (FASTER_RU, "комета движется медленнее астероида", False),
    (LARGER_RU, "южное стадо меньше северного", True),
    (LARGER_RU, "северное стадо крупнее южного", True),
    (LARGER_RU, "южное стадо больше северного", False),
    (LARGER_RU, "северное стадо меньше южного", False),
    (OLDER_RU, "часовня моложе ратуши", True),
    (OLDER_RU, "ратушу построили раньше часовни", True),
    (OLDER_RU, "часовню построили позже ратуши", True),
    (OLDER_RU, "часовня старше ратуши", False),
    (OLDER_RU, "ратуша моложе часовни", False),
    ("олово самый лёгкий из металлов", "олово наименее плотный из металлов", True),
    ("олово самый лёгкий из металлов", "олово самый тяжёлый из металлов", False),
    ("олово самый лёгкий из металлов", "олово наиболее плотный из металлов", False),
    # multiplication
    (TWICE_RU, "сплав в два раза плотнее меди", True),
    (TWICE_RU, "сплав в 2 раза плотнее меди", True),
    (TWICE_RU, "медь вдвое легче сплава", True),
    (TWICE_RU, "сплав в три раза плотнее меди", False),
    (TWICE_RU, "сплав втрое плотнее меди", False),
    (TWICE_RU, "сплав вдвое легче меди", False),
    ("выпуск удвоился", "выпуск вырос вдвое", True),
    ("выпуск удвоился", "выпуск вырос в два раза", True),
    ("выпуск удвоился", "выпуск увеличился в 2 раза", True),
    ("выпуск удвоился", "выпуск сократился вдвое", False),
    ("выпуск удвоился", "выпуск утроился", False),
    ("выпуск удвоился", "выпуск вырос втрое", False),
    ("стадо выросло в полтора раза", "стадо выросло в 1,5 раза", True),
    ("стадо выросло в полтора раза", "стадо выросло в два раза", False),
    ("пошлина сократилась втрое", "пошлина уменьшилась в три раза", True),
    ("пошлина сократилась втрое", "пошлина выросла в три раза", False),
    ("пошлина сократилась вдвое", "пошлина упала наполовину", True),
    ("пошлина сократилась вдвое", "пошлина выросла вдвое", False),
    ("стадо в три раза больше, чем раньше", "стадо в три раза меньше, чем раньше", False),
    (DENSER_RU, "плотность сплава выше, чем у меди", True),
    (DENSER_RU, "плотность меди выше, чем у сплава", False),
    (DENSER_RU, "плотность меди ниже, чем у сплава", True),
    ("сплав такой же плотный, как медь", "плотность сплава такая же, как у меди", True),
    ("сплав такой же плотный, как медь", "плотность сплава выше, чем у меди", False),
    ("пошлина сократилась втрое", "пошлина сократилась до трети", True),
    ("пошлина сократилась втрое", "пошлина сократилась до половины", False),
    ("пошлина сократилась втрое", "пошлина сократилась на треть", False),
    ("в городе втрое больше мельниц, чем в деревне", "в деревне втрое меньше мельниц, чем в городе", True),
    ("в городе втрое больше мельниц, чем в деревне", "в деревне в три раза меньше мельниц, чем в городе", True),
    ("в городе втрое больше мельниц, чем в деревне", "в деревне втрое больше мельниц, чем в городе", False),
    ("в городе втрое больше мельниц, чем в деревне", "в городе вдвое больше мельниц, чем в деревне", False),
]


@pytest.mark.parametrize(("answer", "given", "right"), EN_ROWS)
def test_english_comparison_and_multiplication(answer, given, right):
    assert EN.grade(short(answer), given).correct is right


@pytest.mark.parametrize(("answer", "given", "right"), RU_ROWS)
def test_russian_comparison_and_multiplication(answer, given, right):
    assert RU.grade(short(answer), given).correct is right


SPEED_AGE = explain("the comet moves faster than the asteroid", "the asteroid is older than the comet")
FACTORS = explain("the output doubled", "the toll fell by half")
SPEED_AGE_RU = explain("комета движется быстрее астероида", "астероид старше кометы")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, SPEED_AGE, "the asteroid moves slower than the comet, and the comet is younger", True),
    (EN, SPEED_AGE, "the comet is quicker than the asteroid; the comet is younger", True),
    (EN, SPEED_AGE, "the comet moves more rapidly, and the asteroid is the older of the two", True),
    (EN, SPEED_AGE, "the asteroid moves faster than the comet, and the asteroid is older", False),
    (EN, SPEED_AGE, "the comet moves faster than the asteroid, and the asteroid is younger", False),
    (EN, SPEED_AGE, "the comet moves faster than the asteroid; the comet is older", False),
    (EN, FACTORS, "the output grew twofold and the toll was halved", True),
    (EN, FACTORS, "output went up two times, the toll was cut in half", True),
    (EN, FACTORS, "the output tripled and the toll was halved", False),
    (EN, FACTORS, "the output doubled and so did the toll", False),
    (EN, FACTORS, "the output doubled and the toll fell by a third", False),
    (RU, SPEED_AGE_RU, "астероид движется медленнее кометы, а комета моложе", True),
    (RU, SPEED_AGE_RU, "комета движется быстрее, чем астероид, и астероид старше", True),
    (RU, SPEED_AGE_RU, "астероид движется быстрее кометы, а комета моложе", False),
    (RU, SPEED_AGE_RU, "комета движется быстрее астероида, а астероид моложе", False),
])
def test_comparisons_in_keypoints(grader, card, given, right):
    """A point that compares is made in another form inside a longer answer, and fails turned round."""
    assert grader.grade(card, given).correct is right
