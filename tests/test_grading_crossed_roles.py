"""Who does what to whom between two plain nouns the question names (issue #11): asked "What does the moss give the
stone?" ("Что мох даёт камню?"), "the stone gives the moss moisture" ("камень даёт мху влагу") turns the roles
round, though the point's own words left after the question's ("moisture", "влагу") are there; the thing alone, the
roles kept, another word order or a converse verb ("the stone gets moisture from the moss") still pass. A
`mistakes` pattern keeps its roles the same way: a right answer that says its words the other way round is not
that mistake (`grading.crossed_roles`). Invented cards; each row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import one_point, short

EN_SHORT = short("moisture", prompt="What does the moss give the stone?")
RU_SHORT = short("влагу", prompt="Что мох даёт камню?")
EN_POINT = one_point("the ivy gives the wall shade", "What does the ivy give the wall?")
RU_POINT = one_point("лиса приносит волку мясо", "Что лиса приносит волку?")
RU_BOTH = one_point("мох даёт камню влагу, а камень даёт мху опору", "Что мох даёт камню?")
RU_MUTUAL = one_point("гриб и корень обмениваются водой и сахаром", "Чем гриб и корень помогают друг другу?",
                      "корень даёт грибу воду и соли, а гриб даёт корню сахар")
EN_MUTUAL = one_point("the fungus and the root trade water for sugar",
                      "How do the fungus and the root help each other?",
                      "the root gives the fungus water and salts, while the fungus gives the root sugar")

ROWS = [
    (EN_SHORT, "en", "moisture", True),
    (EN_SHORT, "en", "the moss gives the stone moisture", True),
    (EN_SHORT, "en", "the moss gives moisture to the stone", True),
    (EN_SHORT, "en", "the stone gets moisture from the moss", True),  # a converse verb: the roles kept
    (EN_SHORT, "en", "the stone is given moisture by the moss", True),  # a passive: not read
    (EN_SHORT, "en", "the stone gives the moss moisture", False),
    (EN_SHORT, "en", "the stone gives moisture to the moss", False),
    (EN_POINT, "en", "shade", True),
    (EN_POINT, "en", "the wall gives the ivy shade", False),
    (RU_SHORT, "ru", "влагу", True),
    (RU_SHORT, "ru", "мох даёт камню влагу", True),
    (RU_SHORT, "ru", "камню мох даёт влагу", True),  # the cases kept, in another order
    (RU_SHORT, "ru", "камень получает от мха влагу", True),  # a converse verb, a preposition
    (RU_SHORT, "ru", "камень даёт мху влагу", False),
    (RU_SHORT, "ru", "мху камень даёт влагу", False),
    (RU_POINT, "ru", "мясо", True),
    (RU_POINT, "ru", "волку лиса приносит мясо", True),
    (RU_POINT, "ru", "волк приносит лисе мясо", False),
    (RU_BOTH, "ru", "мох даёт камню влагу, а камень даёт мху опору", True),  # one clause keeps the roles
]


@pytest.mark.parametrize(("card", "lang", "answer", "right"), ROWS)
def test_the_roles_of_two_nouns_are_kept(card: Card, lang: str, answer: str, right: bool) -> None:
    assert Grader(language=lang).grade(card, answer).correct is right


@pytest.mark.parametrize(("card", "lang", "answer", "hit"), [
    (RU_MUTUAL, "ru", "гриб даёт корню воду и соли, а корень даёт грибу сахар", False),  # the right roles
    (RU_MUTUAL, "ru", "корень даёт грибу воду и соли, а гриб даёт корню сахар", True),
    (EN_MUTUAL, "en", "the fungus gives the root water and salts, while the root gives the fungus sugar", False),
    (EN_MUTUAL, "en", "the root gives the fungus water and salts, while the fungus gives the root sugar", True),
])
def test_a_pattern_said_the_other_way_round_is_not_the_mistake(card: Card, lang: str, answer: str, hit: bool) -> None:
    grader = Grader(language=lang)
    assert grader._mistake_hits(card, grader.prep(answer), card.mistakes[0].match[0]) is hit


def test_an_adjective_or_a_noun_after_a_preposition_has_no_role_read() -> None:
    card = one_point("плита движется над горячей точкой", "Почему озёра становятся всё мельче к юго-востоку?")
    assert Grader(language="ru").grade(card, "плита движется над горячей точкой, мелкие озёра уходят на юго-восток"
                                       ).correct
