"""Choice options as learners type them (grading.choice_words): an option after a preposition that says the time or
place itself ("in May", "by 1850", "в мае", "at Bergen") is that option, one after a preposition that makes it another
time or leaves it out ("before May", "after 1850", "после мая", "except Bergen") is none; a share named by its
fraction alone ("half", "a quarter", "две трети") is the one option that says that share. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN, RU = Grader(language="en"), Grader(language="ru")


def choice(answer: str, *options: str) -> Card:
    return Card(id="c", section="s", kind="choice", prompt="Which one was it?", answer=answer, options=options)


MONTH = choice("May", "March", "May", "July")
YEAR = choice("1850", "1750", "1800", "1850")
PORT = choice("Bergen", "Bergen", "Visby", "Reval")
MONTH_RU = choice("май", "апрель", "май", "июнь")
CITY_RU = choice("Рига", "Рига", "Ревель", "Нарва")
BEFORE = choice("before the harvest", "before the harvest", "after the harvest")
HALF = choice("about half", "about half", "about a quarter", "nearly all")
THIRDS = choice("about two thirds", "about two thirds", "about one third", "about one tenth")
THIRDS_RU = choice("около двух третей", "около двух третей", "около трети", "около десятой части")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, MONTH, "in May", True),
    (EN, MONTH, "by May", True),
    (EN, MONTH, "in march", False),
    (EN, MONTH, "before May", False),
    (EN, MONTH, "after May", False),
    (EN, MONTH, "until May", False),
    (EN, YEAR, "by 1850", True),
    (EN, YEAR, "in 1850", True),
    (EN, YEAR, "after 1850", False),
    (EN, YEAR, "shortly before 1850", False),
    (EN, YEAR, "by 1800", False),
    (EN, PORT, "at Bergen", True),
    (EN, PORT, "from Bergen", True),
    (EN, PORT, "except Bergen", False),
    (EN, PORT, "at Visby", False),
    (RU, MONTH_RU, "в мае", True),
    (RU, MONTH_RU, "в апреле", False),
    (RU, MONTH_RU, "после мая", False),
    (RU, MONTH_RU, "до мая", False),
    (RU, CITY_RU, "в Риге", True),
    (RU, CITY_RU, "кроме Риги", False),
    # the option's own preposition is no shift
    (EN, BEFORE, "before the harvest", True),
    (EN, BEFORE, "after the harvest", False),
])
def test_option_after_a_preposition(grader: Grader, card: Card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, (answer, verdict.trace)


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, HALF, "half", True),
    (EN, HALF, "a half", True),
    (EN, HALF, "a quarter", False),
    (EN, HALF, "about", False),
    (EN, THIRDS, "two thirds", True),
    (EN, THIRDS, "2/3", True),
    (EN, THIRDS, "one third", False),
    (EN, THIRDS, "third", False),
    (EN, THIRDS, "about", False),
    (RU, THIRDS_RU, "две трети", True),
    (RU, THIRDS_RU, "двух третей", True),
    (RU, THIRDS_RU, "треть", False),
    (RU, THIRDS_RU, "около", False),
])
def test_share_named_by_its_fraction(grader: Grader, card: Card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, (answer, verdict.trace)


def test_a_share_two_options_say_picks_neither() -> None:
    card = choice("about half of the farms", "about half of the farms", "about half of the mills", "a quarter")
    assert not EN.grade(card, "half").correct
    assert not EN.grade(card, "about half").correct
