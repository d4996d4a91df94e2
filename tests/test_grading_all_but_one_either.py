"""A wording that joins two words by "or" (`grading.either`), made but for one word left out
(`grading.all_but_one`, issue #11): "the jar has cracked or split its painted lid" is made by "it split its lid", as
"it split its painted lid" (one of the two words) and "it cracked or split its lid" (the word left out) each are.
Counted on the wording with one of the two words, so the pair's other word is not taken for a second word missing.
Another word in the left-out word's place, or a verb that is neither, still does not make it. Invented subjects
(no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, all_but_one
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

JAR = one_point("the jar has cracked or split its painted lid", "Why did the jar leak?")
KORZINA = one_point("корзина порвала или потеряла плетёную ручку", "Почему из корзины рассыпались яблоки?")

ROWS = [
    (JAR, "it split its lid", True),
    (JAR, "it cracked its lid", True),
    (JAR, "it split its wooden lid", False),  # another word in the left-out one's place
    (JAR, "it sealed its lid", False),  # neither verb
    (JAR, "it never split its lid", False),
    (KORZINA, "потеряла ручку", True),
    (KORZINA, "ручку потеряла", True),
    (KORZINA, "потеряла железную ручку", False),
    (KORZINA, "нашла ручку", False),
]


def _pack(card: Card) -> Pack:
    lang = "en" if card.prompt.isascii() else "ru"
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_one_of_two_words_and_one_left_out(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(all_but_one, "either_wordings", lambda *args: ())
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct
