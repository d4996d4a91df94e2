"""Near-topic questions whose words are all in the notes but whose fact is not: the passage meets every word but
the one asked about (the phase of an event, the last of a series, a count said as an ordinal). Invented notes
(no pack's subject); every rule has rows that must be declined and rows that must still be answered."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

EN = ("The poet Arvel Dunn wrote the Saltmarsh Songs, a cycle of forty poems, which he completed in 1788.\n"
      "The mill at Karrow was opened in 1820 by the brewer Tobit Grey.\n"
      "The weaver Ada Lusk died in 1801 in Karrow.\n"
      "The first pocket lamp, the Vessa K-4, which used Orne bulbs, went on sale in 1931.\n"
      "The Orne bridge had 12 arches.\n"
      "The first Karrow ferry was launched in 1840.\n"
      "The third Karrow ferry sank in 1871.\n")

RU = ("Поэт Арвел Данн написал цикл «Солёные песни» из сорока стихотворений и закончил его в 1788 году.\n"
      "Мельница в Карроу была открыта в 1820 году пивоваром Тобитом Греем.\n"
      "Ткачиха Ада Луск умерла в 1801 году в Карроу.\n"
      "Первый паром Карроу спустили на воду в 1840 году.\n")


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_on(EN, "Karrow")


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return tutor_on(RU, "Карроу", language="ru")


@pytest.mark.parametrize("question", [
    "When did Arvel Dunn start writing the Saltmarsh Songs?",  # the end is told, not the beginning
    "When did Arvel Dunn begin the Saltmarsh Songs?",
    "When was the mill at Karrow closed?",  # the opening is told, not the closing
    "When was the last Karrow ferry launched?",  # the first is told
    "How many bulbs did the Vessa K-4 use?",  # "the first pocket lamp" says which one, not how many
])
def test_english_near_topic_is_declined(english: Tutor, question: str) -> None:
    assert english.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("When did Arvel Dunn complete the Saltmarsh Songs?", "1788"),  # the phase asked
    ("When did Arvel Dunn write the Saltmarsh Songs?", "1788"),  # no phase asked: left to the ranking
    ("When was the mill at Karrow opened?", "1820"),
    ("When was the first Karrow ferry launched?", "1840"),
    ("When did the third Karrow ferry sink?", "1871"),
    ("How many arches did the Orne bridge have?", "12 arches"),  # a figure that counts
    ("When did the Vessa K-4 go on sale?", "1931"),
])
def test_english_what_is_told_is_answered(english: Tutor, question: str, fact: str) -> None:
    assert says(english, question, fact)


@pytest.mark.parametrize("question", [
    "Когда Арвел Данн начал писать «Солёные песни»?",
    "Когда закрыли мельницу в Карроу?",
    "Когда спустили на воду последний паром Карроу?",
    "Сколько паромов спустили на воду в Карроу?",  # "первый паром": который, не сколько
])
def test_russian_near_topic_is_declined(russian: Tutor, question: str) -> None:
    assert russian.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Когда Арвел Данн закончил «Солёные песни»?", "1788"),
    ("Когда открыли мельницу в Карроу?", "1820"),
    ("Когда спустили на воду первый паром Карроу?", "1840"),
    ("Когда умерла Ада Луск?", "1801"),
])
def test_russian_what_is_told_is_answered(russian: Tutor, question: str, fact: str) -> None:
    assert says(russian, question, fact)
