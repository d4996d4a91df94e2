"""Figures inside a list's items: a measure is the same in another unit or decimal mark ("83.6 кг" for "83,6 кг",
"58 сантиметров" for "58 см", "0.5 km" for "500 m"), another measure is not; and a term counted with another
figure than the point's ("2 tiles" for "1 tile", though "a tile" is one of its wordings) is not the point.
Invented subjects (`grading.counted`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _list(lang: str, prompt: str, *points: tuple[str, tuple[str, ...]], need: int) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(p for p, _ in points),
                keypoints=tuple(Keypoint(p, a) for p, a in points), need=need)


def _grade(lang: str, card: Card, answer: str) -> bool:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, answer).correct


MEASURES = [
    ("масса 83.6 кг, 4 колеса", True),
    ("масса 83,6 кг, четыре колеса", True),
    ("длина 58 сантиметров, 4 колеса", True),
    ("длина 0,58 м, масса 83,6 кг", True),
    ("масса 84,6 кг, длина 50 см", False),
    ("масса 83,6 г, длина 58 мм", False),
]


@pytest.mark.parametrize(("answer", "right"), MEASURES)
def test_a_measure_in_an_item_is_the_same_in_another_unit_or_decimal_mark(answer, right):
    card = _list("ru", "Назовите любые два параметра тележки с числами.",
                 ("масса 83,6 кг", ("83,6 кг",)), ("длина 58 см", ("58 см",)), ("четыре колеса", ("4 колеса",)),
                 need=2)
    assert _grade("ru", card, answer) is right


COUNTS = [
    ("3 bricks, 1 tile, 2 nails", True),
    ("3 bricks, a tile, 2 nails", True),
    ("3 bricks, 2 tiles, 2 nails", False),
    ("three bricks, two tiles and two nails", False),
]


@pytest.mark.parametrize(("answer", "right"), COUNTS)
def test_a_term_counted_with_another_figure_is_not_the_point(answer, right):
    card = _list("en", "Name three parts of one kit, with how many of each it holds.",
                 ("3 bricks", ("three bricks",)), ("1 tile", ("one tile", "a tile")), ("2 nails", ("two nails",)),
                 need=3)
    assert _grade("en", card, answer) is right


def _explain(lang: str, prompt: str, point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),),
                need=1)


OTHER_THING = [
    ("one pump fills about 40,000 small bottles an hour", True),
    ("a single pump fills 40 000 bottles every hour", True),
    ("40,000 bottles an hour per pump", True),
    ("one pump fills 4,000 small bottles an hour", False),  # the bottles counted with another figure
    ("each pump fills only one small bottle an hour", False),  # the point's other figure, said of the bottles
    ("one pump fills 400 bottles an hour", False),
]


@pytest.mark.parametrize(("answer", "right"), OTHER_THING)
def test_the_things_a_point_counts_counted_with_another_figure_are_not_the_point(answer, right):
    card = _explain("en", "Why is the new line so fast?", "1 pump fills about 40,000 small bottles an hour")
    assert _grade("en", card, answer) is right


OTHER_THING_RU = [
    ("один насос наполняет около 40 000 бутылок в час", True),
    ("каждый насос наполняет 40 тысяч бутылок за час", True),
    ("один насос наполняет 4000 бутылок в час", False),
    ("каждый насос наполняет только одну бутылку в час", False),
]


@pytest.mark.parametrize(("answer", "right"), OTHER_THING_RU)
def test_the_things_a_point_counts_counted_with_another_figure_are_not_the_point_ru(answer, right):
    card = _explain("ru", "Почему новая линия такая быстрая?", "1 насос наполняет около 40 000 бутылок в час")
    assert _grade("ru", card, answer) is right


def test_another_points_count_of_the_same_things_is_not_this_points():
    card = Card(id="e", section="s", kind="explain", prompt="Why was the new protocol needed, and what does it do?",
                answer="The old 16-digit codes ran out; the new protocol uses 64-digit codes.",
                keypoints=(Keypoint("the old 16-digit codes ran out", ("ran out",)),
                           Keypoint("the new protocol uses 64-digit codes", ("64",))), need=2)
    assert _grade("en", card, "the 16-digit codes ran out; the new protocol makes codes of 64 digits")
