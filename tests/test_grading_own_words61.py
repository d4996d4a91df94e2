"""Round 61 (issue #11), the lead's own pack and earlier rounds' open cases, each on invented cards:

- a comparative whose stem changes its last consonant is its "более" form ("смола стала жиже" / "более жидкой",
  "гуще", "мягче"), either way round; "уже" (also "already") and the comparatives of other rules stay
  (`ru_comparatives`);
- a bound that keeps the card's figure inside ("более 12 тысяч пудов" for 12 327 пудов) answers a numeric card whose
  tolerance takes 12 000, and not one of an exact figure (grading.md, "Figures and units": the card's tolerance
  decides).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, NumberSpec
from studybot.core.ru_comparatives import comparatives_said

RU = Grader(language="ru")
EN = Grader(language="en")


def card(*points: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points))


def numeric(value: float, unit: str, answer: str, tolerance: float, prompt: str) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, unit, tolerance, False))


RESIN = card("смола становится более жидкой", prompt="Что происходит со смолой при нагреве?")
SYRUP = card("сироп становится гуще", prompt="Что происходит с сиропом на морозе?")
CLAY = card("глина становится мягче", prompt="Что происходит с глиной в воде?")


@pytest.mark.parametrize(("point", "given", "right"), [
    (RESIN, "смола становится жиже", True),
    (RESIN, "смола становится гуще", False),
    (SYRUP, "сироп становится более густым", True),
    (SYRUP, "сироп становится менее густым", False),
    (SYRUP, "сироп становится жиже", False),
    (CLAY, "глина становится более мягкой", True),
    (CLAY, "глина становится жестче", False),
])
def test_an_altered_comparative_is_its_more_form(point, given, right):
    assert RU.grade(point, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("смола стала жиже", "смола стала более жидкий"),
    ("мёд стал слаще", "мёд стал более сладкий"),
    ("лампа светит ярче", "лампа светит ярче"),  # how it shines
    ("вода чище", "вода более чистый"),
    ("он уже пришёл", "он уже пришёл"),  # "already"
    ("стало мельче", "стало мельче"),  # also "smaller": left out
])
def test_altered_comparative_read(text, read):
    assert comparatives_said(text) == read


ROUGH_RU = numeric(12327, "пудов", "12 327 пудов", 500, "Сколько примерно весит колокол?")
EXACT_RU = numeric(12327, "пудов", "12 327 пудов", 0, "Сколько весит колокол?")
ROUGH_EN = numeric(12327, "poods", "12,327 poods", 500, "Roughly how heavy is the bell?")


@pytest.mark.parametrize(("grader", "numeric_card", "given", "right"), [
    (RU, ROUGH_RU, "более 12 тысяч пудов", True),
    (RU, ROUGH_RU, "свыше 12 000 пудов", True),
    (RU, ROUGH_RU, "менее 12 тысяч пудов", False),  # the bound leaves 12 327 out
    (RU, ROUGH_RU, "более 13 тысяч пудов", False),
    (RU, EXACT_RU, "более 12 тысяч пудов", False),  # the exact figure is asked
    (EN, ROUGH_EN, "more than 12 thousand poods", True),
    (EN, ROUGH_EN, "over 12,000 poods", True),
    (EN, ROUGH_EN, "under 12,000 poods", False),
])
def test_a_bound_that_keeps_the_figure_inside(grader, numeric_card, given, right):
    assert grader.grade(numeric_card, given).correct is right


EIGHTH = numeric(12.5, "%", "about one in eight (12.5%)", 1, "What share of the town's people left in the flood year?")
SHIPS = numeric(8, "ships", "8", 0, "How many ships sank?")


@pytest.mark.parametrize(("numeric_card", "given", "right"), [
    (EIGHTH, "an eighth", True),
    (EIGHTH, "about an eighth", True),
    (EIGHTH, "one eighth", True),
    (EIGHTH, "a seventh", False),  # 14.3%
    (EIGHTH, "a sixth", False),
    (numeric(37.5, "%", "three eighths", 1, "What share was sold?"), "three eighths", True),
    (numeric(22.2, "%", "two ninths", 0.5, "What share was sold?"), "two ninths", True),
    (SHIPS, "the eighth", False),  # an ordinal says which one
    (SHIPS, "an eighth", False),  # a share, no count
])
def test_a_share_named_by_its_eighths_sevenths_ninths(numeric_card, given, right):
    assert EN.grade(numeric_card, given).correct is right
