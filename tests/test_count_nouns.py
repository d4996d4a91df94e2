"""Counts said in words that are not number words (issue #11, a learner's finding).

"a couple of weeks" is 2 weeks, "a fortnight" 2 weeks, "a half dozen" 6, "пару месяцев" 2 months, "две сотни" 200,
"дюжину дней" 12 days: figures, judged within the card's tolerance like any other. A hedged count keeps its figure
and is judged as "about 100 km" or "more than 3 months" are ("около сотни км", "больше месяца", "пять с небольшим
недель" with its unit); a vague one ("a few weeks", "несколько месяцев") gives no figure, and the feedback says so
instead of saying that no figure was given. Cards are on subjects of our own (a ferry, a bakery, a survey party, a
lighthouse), in English and Russian; each row says what a teacher would mark.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec
from studybot.core.quantities import find_quantities, spelled_to_digits
from studybot.core.wording_verdicts import verdict_words

EN = Grader()
RU = Grader(language="ru")


def card(value: float, unit: str, tolerance: float = 0.0, prompt: str = "How long did the survey party stay?") -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=f"{value:g} {unit}".strip(),
                number=NumberSpec(value, unit, tolerance, False))


def times(value: float, unit: str = "") -> Card:
    return card(value, unit, prompt="How many times did the ferry run aground that year?")


def ru(value: float, unit: str, tolerance: float = 0.0) -> Card:
    return card(value, unit, tolerance, prompt="Сколько длилась стоянка экспедиции?")


@pytest.mark.parametrize(("given_card", "given", "right"), [
    (card(2, "weeks"), "a couple of weeks", True),
    (card(3, "weeks"), "a couple of weeks", False),  # two is not three
    (card(14, "days"), "a couple of weeks", True),  # converted: 2 weeks are 14 days
    (card(2, "weeks"), "couple weeks", True),
    (card(2, "months"), "a couple of months", True),
    (card(3, "months"), "a couple of months", False),
    (card(3, "months", 1), "a couple of months", True),  # ... within a tolerance of a month
    (times(2), "a couple of times", True),
    (times(2), "a couple times", True),
    (times(3), "a couple of times", False),
    (times(2), "a couple", True),  # the whole answer: two
    (times(3), "a couple", False),
    (times(1), "once", True),  # how many times in one word, the whole answer
    (times(1), "only once", True),
    (times(2), "once", False),
    (times(2), "twice", True),
    (times(1), "twice", False),
    (times(3), "thrice", True),
    (card(200, "km", prompt="How far did the ferry sail?"), "a couple of hundred km", True),
    (card(2000, "loaves", prompt="How many loaves did the bakery give away?"), "a couple of thousand", True),
    (card(14, "days"), "a fortnight", True),
    (card(2, "weeks"), "a fortnight", True),
    (card(10, "days"), "a fortnight", False),
    (card(4, "weeks"), "two fortnights", True),
    (card(6, "loaves", prompt="How many loaves?"), "a half dozen", True),  # not 0.5 and 12
    (card(6, "loaves", prompt="How many loaves?"), "a half-dozen", True),
    (card(6, "loaves", prompt="How many loaves?"), "half a dozen", True),
    (card(12, "loaves", prompt="How many loaves?"), "a half dozen", False),
    (card(1, "month"), "a little over a month", True),  # a hedge keeps its figure, as "more than 3 months" does
    (card(2, "months"), "more than a month", False),
    (card(3, "weeks"), "a few weeks", False),  # vague: no figure
    (card(3, "months"), "several months", False),
])
def test_english_counts_in_words(given_card, given, right):
    assert EN.grade(given_card, given).correct is right


@pytest.mark.parametrize(("given_card", "given", "right"), [
    (ru(2, "месяца"), "пару месяцев", True),
    (ru(3, "месяца"), "пару месяцев", False),  # "пару" is two, not three
    (ru(2, "недели"), "пара недель", True),
    (ru(14, "дней"), "пару недель", True),
    (ru(2, "раза"), "пару раз", True),
    (ru(2, ""), "пару", True),
    (ru(3, ""), "пару", False),
    (ru(2, ""), "дважды", True),
    (ru(1, ""), "дважды", False),
    (ru(1, ""), "однажды", True),
    (ru(3, "раза"), "только трижды", True),
    (ru(200, "км"), "пару сотен км", True),
    (ru(300, "км"), "пару сотен км", False),
    (ru(200, "км"), "две сотни км", True),
    (ru(100, "км"), "сотню км", True),
    (ru(100, "км"), "около сотни км", True),  # judged as "около 100 км"
    (ru(150, "км"), "около сотни км", False),
    (ru(12, "дней"), "дюжину дней", True),
    (ru(10, "дней"), "дюжину дней", False),
    (ru(24, "дней"), "две дюжины дней", True),
    (ru(6, "дней"), "полдюжины дней", True),
    (ru(30, "лет"), "три десятка лет", True),
    (ru(1, "месяц"), "месяц с небольшим", True),  # hedged, as "больше 3 месяцев" is for 3 months
    (ru(1, "месяц"), "больше месяца", True),
    (ru(2, "месяца"), "больше месяца", False),
    (ru(5, "недель"), "пять с небольшим недель", True),
    (ru(35, "дней"), "пять с небольшим недель", True),  # the figure keeps its unit: 5 weeks are 35 days
    (ru(5, "дней"), "пять с небольшим недель", False),  # ... and is no bare 5
    (ru(3, "месяца"), "несколько месяцев", False),  # vague: no figure
])
def test_russian_counts_in_words(given_card, given, right):
    assert RU.grade(given_card, given).correct is right


@pytest.mark.parametrize(("grader", "given_card", "given", "quoted"), [
    (EN, card(3, "weeks"), "a few weeks", "a few weeks"),
    (EN, card(3, "months"), "Several months.", "Several months"),
    (EN, card(300, "km", prompt="How far did the ferry sail?"), "hundreds of km", "hundreds of km"),
    (EN, card(3, "weeks"), "I think the party stayed there for a few weeks in all", "a few weeks"),
    (RU, ru(3, "месяца"), "несколько месяцев", "несколько месяцев"),
    (RU, ru(300, "км"), "сотни км", "сотни км"),
])
def test_a_vague_count_is_called_vague_not_missing(grader, given_card, given, quoted):
    verdict = grader.grade(given_card, given)
    assert not verdict.correct
    assert verdict.feedback == f"Give the figure: '{quoted}' is not one."


def test_no_count_word_still_needs_a_figure():
    assert EN.grade(card(3, "weeks"), "for a while").feedback == "The answer needs a figure."
    assert RU.grade(ru(3, "месяца"), "долго").feedback == "The answer needs a figure."


def test_the_vague_feedback_is_worded_in_russian():
    said = verdict_words("Give the figure: 'несколько месяцев' is not one.", "ru")
    assert said == "Назовите число: «несколько месяцев» — не число."


@pytest.mark.parametrize(("text", "lang"), [
    ("a married couple", "en"),  # "a couple" in running text may be two people: only the whole answer is a count
    ("the couple left the island", "en"),
    ("давление пара", "ru"),  # "пара" is also the genitive of "пар", steam
    ("пара воды", "ru"),
    ("сотни км", "ru"),  # plural: hundreds, no figure
    ("десятки лет", "ru"),
])
def test_words_that_are_no_count_stay_words(text, lang):
    assert spelled_to_digits(text, lang) == text


def test_an_old_unit_converts_and_the_tolerance_decides():
    """ "сто двадцать вёрст" for "about 120 km": 120 versts are 128 km, inside a tolerance of 10 km and outside
    one of 5; the verst is never read as a kilometre."""
    assert [round(q.value) for q in find_quantities("сто двадцать вёрст", lang="ru")] == [128016]
    assert RU.grade(ru(120, "км", 10), "сто двадцать вёрст").correct
    assert not RU.grade(ru(120, "км", 5), "сто двадцать вёрст").correct  # the tolerance holds the rounding
    assert not RU.grade(ru(120, "км"), "120 вёрст").correct
    assert RU.grade(ru(120, "км", 5), "110 вёрст").correct  # 117.3 km


@pytest.mark.parametrize(("given_card", "given", "right"), [
    (card(1, "mg", prompt="How much powder does the assay need?"), "about a milligram", True),
    (card(1, "mg", prompt="How much powder does the assay need?"), "about a gram", False),
    (card(1, "t", prompt="How heavy is the bell?"), "nearly a tonne", True),
    (card(1, "t", prompt="How heavy is the bell?"), "about a kilogram", False),
    (card(0.3, "m", 0.05, prompt="How far does the signal travel in a nanosecond?"), "about a foot", True),
    (card(1, "km", prompt="How long is the tunnel?"), "roughly a kilometre", True),
    (card(1, "km", prompt="How long is the tunnel?"), "roughly a mile", False),
])
def test_a_unit_of_measure_after_a_hedge_is_one(given_card, given, right):
    assert EN.grade(given_card, given).correct is right
