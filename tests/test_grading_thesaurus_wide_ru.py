"""The wider Russian synonyms (the third field of core/data/lexical_ru.tsv: the thesaurus's second line of synonyms,
read by `wordnet_ru.wide_synonyms`) in the grader's keypoints: verbs, adjectives and adverbs only, never nouns. Cards on
invented subjects (a miller's repair, a village elder, a fishing crew, a mill's engine); each row says what a fair
teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core import wordnet_ru
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card

from .cards import one_point

RU = Grader(language="ru")
STEM = language("ru").stem

REPAIR = one_point("мастер завершил ремонт мельницы", "Что сделал мастер?")
ELDER = one_point("староста был строгим", "Каким был староста?")
CREW = one_point("артель приступала к лову весной", "Когда артель начинала лов?")
ENGINE = one_point("мотор мельницы сломался", "Что случилось на мельнице?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a verb or an adjective said with a synonym of the thesaurus's later line, in any form
    (REPAIR, "мастер закончил ремонт мельницы", True),
    (REPAIR, "мастер окончил ремонт мельницы", True),
    (ELDER, "староста был суровым", True),
    (CREW, "артель начинала лов весной", True),
    # ... negated as the point is, and no other word passes
    (REPAIR, "мастер не закончил ремонт мельницы", False),
    (REPAIR, "мастер начал ремонт мельницы", False),
    (ELDER, "староста был мягким", False),
    (CREW, "артель заканчивала лов весной", False),
    # nouns stay the text's terms in the grader: the wider table's nouns are the tutor's only
    (ENGINE, "двигатель мельницы сломался", False),
])
def test_synonyms_from_the_wider_table(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


def test_the_pairs_are_the_wider_tables_own() -> None:
    """Each pair met above is one the main tables do not give (so the wider table is what accepts it)."""
    for word, other in (("завершил", "закончил"), ("строгим", "суровым"), ("приступала", "начинала")):
        poses = wordnet_ru.parts_of_speech(word)
        assert STEM(other) not in wordnet_ru.synonyms(STEM(word), poses)
        assert STEM(other) in wordnet_ru.wide_synonyms(STEM(word), poses)
    assert STEM("двигатель") in wordnet_ru.wide_synonyms(STEM("мотор"), ("n",))
