"""An answer that names the other of a pair the question asks about says its point of the other thing (issue #11):
asked "Why are female beetles harder to poison?", "male beetles have a thick outer coat" does not make "a thick
outer coat keeps many poisons out" (nor "у мужских ..." asked of "женских"); the question's own word, none, or the
other thing named in a clause of its own still do (`grading.asked_other`). A question that names both of the pair,
one after a word of comparison ("Why are female beetles harder to poison than male beetles?", "чем мужских"), asks
about the other one, even where the pack's names leave the noun out ("Why are Gram-negative ferns harder to poison
than Gram-positive?"). Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

COAT = one_point("a thick outer coat keeps many poisons out", "Why are female beetles harder to poison?")
RU_COAT = one_point("толстый внешний панцирь не пропускает яды", "Почему женских жуков труднее отравить?")
THAN = one_point("a thick outer coat keeps many poisons out",
                 "Why are female beetles harder to poison than male beetles?")
THAN_BARE = one_point("a thick outer coat keeps many poisons out",
                      "Why are Gram-negative ferns harder to poison than Gram-positive?")
RU_THAN = one_point("толстый внешний панцирь не пропускает яды",
                    "Почему женских жуков труднее отравить, чем мужских жуков?")

ROWS = [
    (COAT, "female beetles have a thick outer coat", "en", True),
    (COAT, "they have a thick outer coat", "en", True),
    (COAT, "unlike male beetles, they have a thick outer coat", "en", True),
    (COAT, "male beetles have a thick outer coat", "en", False),
    (RU_COAT, "у женских жуков толстый внешний панцирь", "ru", True),
    (RU_COAT, "у них толстый внешний панцирь", "ru", True),
    (RU_COAT, "у мужских жуков толстый внешний панцирь", "ru", False),
    (THAN, "female beetles have a thick outer coat", "en", True),
    (THAN, "male beetles have a thick outer coat", "en", False),
    (THAN_BARE, "Gram-negative ferns have a thick outer coat", "en", True),
    (THAN_BARE, "Gram-positive ferns have a thick outer coat", "en", False),
    (THAN_BARE, "the Gram-positive ones have a thick outer coat", "en", False),  # the noun left out
    (THAN_BARE, "the Gram-negative ones have a thick outer coat", "en", True),
    (THAN_BARE, "they have a thick outer coat", "en", True),
    (RU_THAN, "у женских жуков толстый внешний панцирь", "ru", True),
    (RU_THAN, "у мужских жуков толстый внешний панцирь", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_the_other_of_the_asked_pair(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right


def test_the_other_said_by_the_point_itself():
    """The point may name the other of the pair itself: "the old bridge was too narrow", asked of the new one."""
    card = one_point("the old bridge was too narrow for carts", "Why was the new bridge built?")
    assert Grader(language="en").grade(card, "the old bridge was too narrow for carts").correct
