"""A figure given with the opposite word of the question's own (issue #11): a clock asked how much it lost
("отстал") that is said to have gained ("спешил") the same seconds, a minimum given as a maximum, is the
other fact; the right figure with the question's word, or with no such word, stays right. And a prize or
reward in pounds is money, so "£" and "фунтов стерлингов" give it. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.wording_verdicts import verdict_words
from tests.cards import numeric

CLOCK_RU = numeric(5, "секунд", "на 5 секунд", prompt="На сколько секунд отстали часы за сутки?")
CLOCK_EN = numeric(5, "seconds", "5 seconds", prompt="How many seconds did the clock lose in a day?")
LOWEST = numeric(-40, "°C", "-40 °C", prompt="What is the minimum temperature recorded there?")
PRIZE_RU = numeric(20000, "фунтов", "20 000 фунтов", prompt="Какую премию обещал парламент?")
PRIZE_EN = numeric(500, "pounds", "500 pounds", prompt="How large was the reward offered?")

GRADED = [
    ("ru", CLOCK_RU, "5 секунд", True),
    ("ru", CLOCK_RU, "отстали на пять секунд", True),
    ("ru", CLOCK_RU, "спешили на 5 секунд", False),
    ("ru", CLOCK_RU, "часы спешили на пять секунд", False),
    ("ru", CLOCK_RU, "отстали на 50 секунд", False),
    ("en", CLOCK_EN, "5 seconds", True),
    ("en", CLOCK_EN, "it lost 5 seconds", True),
    ("en", CLOCK_EN, "it gained 5 seconds", False),
    ("en", LOWEST, "-40 °C", True),
    ("en", LOWEST, "a minimum of -40 °C", True),
    ("en", LOWEST, "a maximum of -40 °C", False),
    ("ru", PRIZE_RU, "20 000 £", True),
    ("ru", PRIZE_RU, "до 20 тыс. фунтов стерлингов", True),
    ("ru", PRIZE_RU, "20 000 долларов", False),
    ("ru", PRIZE_RU, "2000 фунтов", False),
    ("en", PRIZE_EN, "£500", True),
    ("en", PRIZE_EN, "500 pounds sterling", True),
    ("en", PRIZE_EN, "$500", False),
]


@pytest.mark.parametrize(("code", "card", "given", "right"), GRADED)
def test_a_figure_with_the_opposite_word_of_the_question(code, card, given, right):
    assert Grader(language=code).grade(card, given).correct is right


def test_the_learner_is_told_in_the_packs_language_which_word_says_the_opposite():
    verdict = Grader(language="ru").grade(CLOCK_RU, "спешили на 5 секунд")
    assert verdict.trace == ("'спешили' is the opposite of 'отстали'",)
    said = verdict_words(verdict.feedback, "ru"), verdict_words(verdict.trace[0], "ru")
    assert said == ("Проверьте слова: ваш ответ говорит обратное тому, о чём спрошено.",
                    "«спешили» — противоположность «отстали»")
