"""A Russian perfective in "-ну-" (or its participle in "-нут-") and its imperfective in "-а-", "-ыва-", "-ива-" are one
verb (`ru_families.nu_pair`): a point "топливо впрыскивают в горячий воздух" is made by "топливо впрыснули ..." and by
"впрыснутое в горячий воздух топливо"; a negation still counts. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.ru_families import nu_pair
from tests.cards import point_made


@pytest.mark.parametrize(("point", "answer", "made"), [
    ("рабочие толкали вагон к складу", "рабочие толкнули вагон к складу", True),
    ("рабочие толкали вагон к складу", "рабочие не толкнули вагон к складу", False),
    ("часовой взглядывал на ворота", "часовой взглянул на ворота", True),
    ("топливо впрыскивают в горячий воздух", "топливо впрыснули в горячий воздух", True),
    ("топливо впрыскивают в горячий воздух", "впрыснутое в горячий воздух топливо загорается", True),
    ("топливо впрыскивают в горячий воздух", "топливо впрыснули в холодный воздух", False),
])
def test_nu_perfective_and_its_imperfective(point: str, answer: str, made: bool) -> None:
    assert point_made("Что происходит?", point, answer, "ru") is made


@pytest.mark.parametrize(("a", "a_stem", "b", "b_stem", "same"), [
    ("толкнул", "толкнул", "толкали", "толка", True),
    ("впрыснутое", "впрыснут", "впрыскивают", "впрыскива", True),
    ("взглянул", "взглянул", "взглядывал", "взглядыва", True),
    ("тянул", "тянул", "тянули", "тянул", False),  # one stem: no pair of aspects read
    ("обманул", "обманул", "обманывал", "обманыва", False),  # ("-ну-" of the root, not the suffix)
    ("минута", "минут", "минали", "мина", False),  # a noun
    ("отвернул", "отвернул", "отвергали", "отверга", False),  # ("-ну-" keeps a "г": "отвергнул")
    ("повернул", "повернул", "повергал", "поверга", False),
])
def test_nu_pair(a: str, a_stem: str, b: str, b_stem: str, same: bool) -> None:
    assert nu_pair(a, a_stem, b, b_stem) is same
