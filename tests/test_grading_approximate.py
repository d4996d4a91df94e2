"""A figure the card gives as approximate ("about 4 poods", "около 4 пудов") is met within 5% of it, in its unit
or converted ("about 65 kg" for 65.5 kg); an exact figure, a card with a tolerance of its own, a temperature and
a year keep their own reading. Invented cards of no pack (`grading.approximate`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section


def numeric(answer: str, value: float, unit: str | None, tolerance: float = 0.0, prompt: str = "How much?") -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, unit, tolerance, False))


ABOUT_PODS = numeric("about 4 poods", 4, "pood", prompt="How much did a sack weigh?")
EXACT_PODS = numeric("4 poods", 4, "pood", prompt="How much did the bell weigh?")
ROUGHLY_KM = numeric("roughly 120 km", 120, "km", prompt="How far was the camp?")
NEARLY_KM = numeric("nearly 120 km", 120, "km", prompt="How far was the camp?")
OWN_TOLERANCE = numeric("about 120 km", 120, "km", 1.0, prompt="How far was the camp?")
ABOUT_WARM = numeric("about 20 °C", 20, "°C", prompt="How warm was the cellar?")
ABOUT_YEAR = numeric("about 1850", 1850, None, prompt="When was the mill built?")
OKOLO_PUD = numeric("около 4 пудов", 4, "пуд", prompt="Сколько весил мешок?")
PRIMERNO_KM = numeric("примерно 120 км", 120, "км", prompt="Как далеко был лагерь?")
POCHTI_LET = numeric("почти 40 лет", 40, "лет", prompt="Сколько лет строили собор?")
TOWER_M = numeric("about 110 m", 110, "m", 5, prompt="How tall is the tower?")
TOWN_M = numeric("about 110 million", 110e6, None, 5e6, prompt="How many people live in the country?")

ROWS = [
    ("en", ABOUT_PODS, "about 65 kg", True),
    ("en", ABOUT_PODS, "64 kg", True),
    ("en", ABOUT_PODS, "4 poods", True),
    ("en", ABOUT_PODS, "60 kg", False),  # 8% short
    ("en", ABOUT_PODS, "70 kg", False),
    ("en", ABOUT_PODS, "3 poods", False),
    ("en", EXACT_PODS, "65.5 kg", True),
    ("en", EXACT_PODS, "64 kg", False),  # an exact figure keeps its rounding only
    ("en", ROUGHLY_KM, "125 km", True),
    ("en", ROUGHLY_KM, "130 km", False),
    ("en", NEARLY_KM, "115 km", True),
    ("en", OWN_TOLERANCE, "125 km", False),  # the author said ±1 km
    ("en", ABOUT_WARM, "21 °C", False),  # 5% of a temperature is no nearness
    ("en", ABOUT_YEAR, "1900", False),
    ("ru", OKOLO_PUD, "64 килограмма", True),
    ("ru", OKOLO_PUD, "около 65 кг", True),
    ("ru", OKOLO_PUD, "60 кг", False),
    ("ru", OKOLO_PUD, "5 пудов", False),
    ("ru", PRIMERNO_KM, "115 км", True),
    ("ru", PRIMERNO_KM, "110 км", False),
    ("ru", POCHTI_LET, "38 лет", True),
    ("ru", POCHTI_LET, "35 лет", False),
    # "110m" glued is metres or millions, as "110 m" is: the card says which
    ("en", TOWER_M, "110m", True),
    ("en", TOWER_M, "about 110m", True),
    ("en", TOWER_M, "130m", False),
    ("en", TOWN_M, "110m", True),
    ("en", TOWN_M, "130m", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_an_approximate_figure_is_met_within_five_percent(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


def short(answer: str, accept: tuple[str, ...], prompt: str) -> Card:
    return Card(id="s", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


# a hedge of a figure in a short card's wording or a keypoint: another hedge, or none, says it as well
SHARE_SHORT = short("Nearly nine in ten", (), "What share of the villagers left?")
RISE_SHORT = short("It rose roughly by 2 m", (), "How did the lake's level change?")
PODNYALSYA = short("Поднялся примерно на 1 м", ("поднялся примерно на метр",), "Как изменился уровень озера?")
POCHTI_VSE = short("Почти все жители", (), "Кто уехал из деревни?")

HEDGE_ROWS = [
    ("en", SHARE_SHORT, "almost 90%", True),
    ("en", SHARE_SHORT, "90%", True),
    ("en", SHARE_SHORT, "about nine in ten", True),
    ("en", SHARE_SHORT, "about half", False),
    ("en", RISE_SHORT, "it rose by about 2 m", True),
    ("en", RISE_SHORT, "it rose by nearly 2 metres", True),
    ("en", RISE_SHORT, "it rose by 2 metres", True),  # "2 m" is also two million: either reading is the figure
    ("en", RISE_SHORT, "it fell by about 2 m", False),
    ("en", RISE_SHORT, "it rose by about 5 m", False),
    ("ru", PODNYALSYA, "поднялся почти на метр", True),
    ("ru", PODNYALSYA, "поднялся около 1 м", True),
    ("ru", PODNYALSYA, "поднялся примерно на 3 м", False),
    ("ru", POCHTI_VSE, "все жители", False),  # "почти все" is no figure: its hedge is what it says
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), HEDGE_ROWS)
def test_a_figure_hedged_otherwise_or_not_at_all_is_the_figure(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
