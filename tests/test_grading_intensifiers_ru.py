"""A Russian point said without its adverb of degree ("сильно", "слишком", "резко": core/grading/intensifiers.py).
Cards on invented subjects (a bakery, a ferry, a market), so a rule that passes is one of Russian; each row says
what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.intensifiers import unstressed
from studybot.core.packs import Card

from .cards import explain, one_point, short

RU = Grader(language="ru")

DOUGH = one_point("тесто сильно поднимается и становится пышным", "Что происходит с тестом в тепле?")
FERRY = one_point("паром был слишком тяжёлым для своей машины", "Почему паром не мог выйти в море?")
PRICE = one_point("цена хлеба резко выросла", "Что случилось после неурожая?")
HIVES = one_point("число ульев резко выросло", "Что произошло с пасеками после нового закона?")
ACID = one_point("сильная кислота разъедает медь", "Почему котёл протёк?")
TWO = explain("мельница значительно ускорила помол", "пекари наняли подмастерьев", need=2,
              prompt="Как изменилась пекарня?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # the degree left out: the point is made
    (DOUGH, "тесто поднимается и становится пышным", True),
    (FERRY, "паром был тяжёлым для своей машины", True),
    (PRICE, "цена хлеба выросла", True),
    (TWO, "мельница ускорила помол, а пекари наняли подмастерьев", True),
    # said as the point says it: still made
    (DOUGH, "тесто сильно поднимается и становится пышным", True),
    # the degree said the other way, a negation, the other direction, the point's other words left out: not made
    (DOUGH, "тесто слегка поднимается и становится пышным", False),
    (DOUGH, "тесто не поднимается", False),
    (DOUGH, "тесто становится пышным", False),
    (PRICE, "цена хлеба резко упала", False),
    (PRICE, "цена хлеба постепенно выросла", False),
    # "резко" is strong as "сильно" is: its weak opposites say less ("немного", "слегка", "чуть-чуть")
    (PRICE, "цена хлеба значительно выросла", True),
    (PRICE, "цена хлеба сильно выросла", True),
    (PRICE, "цена хлеба немного выросла", False),
    (PRICE, "цена хлеба слегка выросла", False),
    (PRICE, "цена хлеба чуть-чуть выросла", False),
    (PRICE, "цена хлеба незначительно выросла", False),
    # a count said as "число" or "количество": one word
    (HIVES, "количество ульев резко увеличилось", True),
    (HIVES, "количество ульев сильно выросло", True),
    (HIVES, "количество ульев немного выросло", False),
    (HIVES, "количество ульев резко сократилось", False),
    (TWO, "мельница незначительно ускорила помол, а пекари наняли подмастерьев", False),
    (FERRY, "паром был слишком лёгким для своей машины", False),
    # "слишком" alone is no word of the point's matter: "too powerful" is not "too heavy for its power"
    (one_point("паровые котлы были слишком тяжёлыми для своей мощности", "Почему паром не мог выйти в море?"),
     "паровые котлы были слишком мощные", False),
    # an adjective of the same stem is a word of the point's matter, never left out
    (ACID, "кислота разъедает медь", False),
    (ACID, "слабая кислота разъедает медь", False),
])
def test_degree_left_out(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


@pytest.mark.parametrize(("wordings", "code", "left"), [
    (("воздух сильно сжимается",), "ru", ("воздух сжимается",)),
    (("Слишком тяжёлые, слабые",), "ru", ("тяжёлые, слабые",)),
    (("сильная кислота", "сильно"), "ru", ()),  # an adjective stays; nothing left but the adverb: no wording
    (("very heavy",), "en", ()),  # "very" is a function word already
    (("exports rose sharply",), "en", ("exports rose",)),
])
def test_unstressed(wordings: tuple[str, ...], code: str, left: tuple[str, ...]) -> None:
    assert unstressed(wordings, code) == left


# a short card's wording is met without its adverb of degree too (as a keypoint is), and its adverb said the other
# way still changes the answer
SHORT = [
    ("солёность сильно выросла", "солёность выросла", True),
    ("солёность сильно выросла", "солёность повысилась", True),
    ("солёность сильно выросла", "солёность сильно выросла", True),
    ("солёность сильно выросла", "солёность слегка выросла", False),
    ("солёность сильно выросла", "солёность выросла незначительно", False),
    ("солёность сильно выросла", "солёность снизилась", False),
    ("солёность сильно выросла", "солёность не выросла", False),
    ("цены резко упали", "цены упали", True),
    ("цены резко упали", "цены постепенно упали", False),
    ("цены резко упали", "цены выросли", False),
]


@pytest.mark.parametrize(("answer", "given", "right"), SHORT)
def test_a_short_answer_without_its_adverb_of_degree(answer, given, right):
    assert Grader(language="ru").grade(short(answer, prompt="Что изменилось?"), given).correct is right


# "почти" before a negation, or a word negated by "не-", says how far only: left out, the point is made; before a
# deed or a figure it stays ("почти утонул" is no "утонул")
GLAZE = one_point("глазурь почти непроницаема для воды", "Почему кувшин не протекает?")
SEAL = one_point("пробка почти не пропускает воздух", "Почему вино не скисает?")
BOAT = one_point("лодка почти затонула у причала", "Что случилось с лодкой в шторм?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (GLAZE, "глазурь непроницаема для воды", True),
    (GLAZE, "глазурь почти непроницаема для воды", True),
    (GLAZE, "глазурь проницаема для воды", False),
    (SEAL, "пробка не пропускает воздух", True),
    (SEAL, "пробка пропускает воздух", False),
    (BOAT, "лодка затонула у причала", False),
    (BOAT, "лодка почти затонула у причала", True),
])
def test_almost_not(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


@pytest.mark.parametrize(("wordings", "left"), [
    (("глазурь почти непроницаема",), ("глазурь непроницаема",)),
    (("пробка почти не пропускает воздух",), ("пробка не пропускает воздух",)),
    (("лодка почти затонула",), ()),
    (("почти неделю шёл дождь",), ()),  # a figure's hedge: "неделю" is no word negated by "не-"
])
def test_almost_not_unstressed(wordings: tuple[str, ...], left: tuple[str, ...]) -> None:
    assert unstressed(wordings, "ru") == left
