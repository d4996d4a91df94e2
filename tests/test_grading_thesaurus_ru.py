"""Russian synonyms of LibreOffice's thesaurus (the second field of core/data/lexical_ru.tsv, read by `core.wordnet_ru`
alongside Wiktionary's) in the grader's keypoints and the tutor's questions, at the same reduced credit as
Wiktionary's. Cards and notes on invented subjects (a garrison, a master's reckoning, a suburb, a lighthouse keeper);
each grading row says what a fair teacher would mark, and each pair met here is one the Wiktionary table does not
have (`test_thesaurus_ru`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.tutor.senses_ru import other_words_ru
from studybot.core.tutor.words import Words
from tests.notes import tutor_on

from .cards import one_point

RU = Grader(language="ru")

GARRISON = one_point("гарнизон оборонял крепость", "Что делал гарнизон?")
RECKONING = one_point("расчёт мастера был неправильным", "Каким был расчёт мастера?")
SUBURBS = one_point("слободы сливались в один посад", "Что происходило со слободами?")
KEEPER = one_point("смотритель был смелым", "Каким был смотритель?")
PRICES = one_point("купец изменял цены каждую осень", "Что делал купец осенью?")
LOCKS = one_point("мастер проверял отдельно каждый замок", "Как мастер проверял замки?")
RUMOUR = one_point("слух оказался ложным", "Каким оказался слух?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # a verb or an adjective said with the thesaurus's synonym of its main sense, in any form
    (GARRISON, "гарнизон защищал крепость", True),
    (GARRISON, "крепость защищали солдаты гарнизона", True),
    (RECKONING, "расчёт мастера был неверным", True),
    (SUBURBS, "слободы объединялись в один посад", True),
    (KEEPER, "смотритель был храбрым", True),
    (PRICES, "купец модифицировал цены каждую осень", True),
    # ... negated as the point is, and no other word passes
    (GARRISON, "гарнизон не защищал крепость", False),
    (GARRISON, "гарнизон осаждал крепость", False),
    # an antonym is no synonym
    (RECKONING, "расчёт мастера был правильным", False),
    (RECKONING, "расчёт мастера был верным", False),
    # a synonym of a later sense only is none: "изменять" is "предавать" in its third line
    (PRICES, "купец предавал цены каждую осень", False),
    # a pronoun is never a synonym ("каждый" / "отдельный"), nor a rare word ("облыжный")
    (LOCKS, "мастер проверял каждый замок", False),
    (RUMOUR, "слух оказался облыжным", False),
])
def test_synonyms_from_the_thesaurus(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace


@pytest.mark.parametrize(("word", "known", "found"), [
    ("защищал", {"обороня", "стро"}, {"обороня"}),  # a question's word met by the text's synonym
    ("неправильный", {"неверн"}, {"неверн"}),
    ("предавал", {"измен"}, set()),  # another sense
    ("умножить", {"увелич"}, set()),  # "умножить" means to multiply: its own line says so
    ("каждый", {"отдельн"}, set()),  # a pronoun
])
def test_the_tutors_synonyms(word: str, known: set[str], found: set[str]) -> None:
    assert other_words_ru(word, Words("ru"), known) == found


def test_the_tutor_answers_a_question_in_the_thesauruss_words() -> None:
    tutor = tutor_on(
        "Крепость на мысу обороняли стрельцы полковника Ивана Горина.\n"
        "Купцы слободы торговали солью и рыбой.\n"
        "\n"
        "Гарнизон крепости уходил в дозор к Ижоре.\n",
        "Крепость на мысу", "ru", section_title="Крепость")
    reply = tutor.ask("Кто защищал крепость?")
    assert reply.kind == "answer" and "обороняли стрельцы" in " ".join(reply.sentences)
