"""A thing the card names by one word in `accept` ("тулупчик" for "заячий тулупчик", "coat" for "a hare-skin
coat"): the bare word and the card's own qualifier are right; another qualifier in lower case right before it,
which no right wording nor the prompt has, says another thing ("лисий тулупчик", "a fox coat"). A qualifier in
capitals is a name's, left to the rules of names; a card whose answer is the word alone is not judged so
(grading.qualified_heads `thing_qualified`). Reported by an instructor. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

EN, RU = Grader(language="en"), Grader(language="ru")

COAT_RU = short("заячий тулупчик", "тулупчик", prompt="Что Гринёв подарил вожатому?")
HAT_RU = short("бобровая шапка", "шапка", prompt="Что купец оставил на санях?")
COAT = short("a hare-skin coat", "a coat", prompt="What did the officer give the guide?")
LAMP = short("an oil lamp", "a lamp", prompt="What lit the keeper's room?")
BARE = short("a coat", prompt="What did the officer give the guide?")
CHOSEN = short("a woollen coat", "a coat", prompt="What did the officer give the guide, a warm or a woollen coat?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, COAT_RU, "заячий тулупчик", True),
    (RU, COAT_RU, "тулупчик", True),
    (RU, COAT_RU, "свой заячий тулупчик", True),
    (RU, COAT_RU, "лисий тулупчик", False),
    (RU, COAT_RU, "бараний тулупчик", False),
    (RU, HAT_RU, "шапку", True),
    (RU, HAT_RU, "бобровую шапку", True),
    (RU, HAT_RU, "лисью шапку", False),
    (EN, COAT, "a coat", True),
    (EN, COAT, "the hare-skin coat", True),
    (EN, COAT, "he gave him a coat", True),
    (EN, COAT, "a fox coat", False),
    (EN, COAT, "a sheepskin coat", False),
    (EN, LAMP, "a lamp", True),
    (EN, LAMP, "an oil lamp", True),
    (EN, LAMP, "a gas lamp", False),
    (EN, LAMP, "an electric lamp", False),
    (EN, BARE, "a coat", True),
    (EN, BARE, "a fox coat", True),
    (EN, CHOSEN, "a warm coat", True),
])
def test_another_qualifier_says_another_thing(grader: Grader, card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, (answer, verdict.trace)


@pytest.mark.parametrize(("written", "right"), [
    ("c. 70 BC", True), ("ca. 70 BC", True), ("c.70 BC", True), ("circa 70 BC", True), ("c. 75 BC", False),
])
def test_c_before_a_figure_is_circa(written: str, right: bool) -> None:
    card = short("about 70 BC", prompt="When did the ship sink?")
    assert EN.grade(card, written).correct is right, written


ELECTRONS = short("electrons", "free electrons", "extra electrons", prompt="What carries the current in the wire?")
PIGEONS = short("голубей", "домашних голубей", prompt="Каких птиц разводил натуралист?")
CITY = short("in besieged Kovno", "Kovno", prompt="Where were the tiles made?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, ELECTRONS, "spare electrons", True),  # the card qualifies them in two ways: no one qualifier is the fact
    (RU, PIGEONS, "голубей, которые все пошли от дикого голубя", True),  # said bare first
    (RU, PIGEONS, "диких голубей", False),
    (EN, COAT, "a hare-skn coat", True),  # a slip of the card's own qualifier
    (EN, short("a cloth merchant", "a merchant", prompt="What was his trade?"), "a textile merchant", True),  # WordNet
    (EN, CITY, "in occupied Kovno", True),  # a name's qualifier is left to the rules of names
])
def test_what_is_no_other_qualifier(grader: Grader, card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, (answer, verdict.trace)
