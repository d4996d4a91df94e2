"""A Russian verb is one word in its past and in its present or future, where Snowball stems the two apart: a root
whose consonant alternates or whose vowel drops ("писали" / "пишут", "искали" / "ищут", "брали" / "берут",
"открыли" / "откроют", "начали" / "начнут"), a bare infinitive of one syllable ("ждать" / "ждали"), and a verb in
"-овать" / "-евать" ("рисовали" / "рисуют", "воевали" / "воюют"). Negation, another verb and swapped roles still
fail. Cards on invented subjects of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.lexicon_ru_present import PRESENT_FORMS, present_as_past
from tests.cards import explain

RU = Grader(language="ru")
CHRONICLE = explain("монахи писали летопись", prompt="Чем занимались монахи?")
GOLD = explain("старатели искали золото в ручье", prompt="Что делали старатели?")
DRAWN = explain("картографы рисовали карту побережья", prompt="Что делали картографы?")
WAITED = explain("жители ждали помощи из столицы", prompt="Как вели себя жители?")
TAXES = explain("сборщики брали налог с каждого двора", prompt="Как собирали налог?")
GATES = explain("стражники открыли ворота купцам", prompt="Что сделали стражники?")
LIVED = explain("рыбаки жили на острове", prompt="Где жили рыбаки?")
WARS = explain("княжества воевали между собой", prompt="Как жили княжества?")

ROWS = [
    (CHRONICLE, "монахи пишут летопись", True),
    (CHRONICLE, "летопись напишут монахи", True),
    (CHRONICLE, "монахи больше не пишут летопись", False),  # negated
    (CHRONICLE, "монахи читают летопись", False),  # another verb
    (GOLD, "старатели ищут золото в ручье", True),
    (GOLD, "старатели не ищут золото в ручье", False),
    (GOLD, "старатели моют песок в ручье", False),
    (DRAWN, "картографы рисуют карту побережья", True),
    (DRAWN, "картографы не рисуют карту побережья", False),
    (DRAWN, "картографы покупают карту побережья", False),
    (WAITED, "жители ждут помощи из столицы", True),
    (WAITED, "жители не стали ждать помощи из столицы", False),
    (TAXES, "сборщики берут налог с каждого двора", True),
    (TAXES, "сборщики не берут налог с каждого двора", False),
    (GATES, "стражники откроют ворота купцам", True),
    (GATES, "купцы откроют ворота стражникам", False),  # roles swapped
    (GATES, "стражники закроют ворота купцам", False),
    (LIVED, "рыбаки живут на острове", True),
    (LIVED, "рыбаки не живут на острове", False),
    (WARS, "княжества воюют между собой", True),
    (WARS, "княжества не воюют между собой", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_present_and_past_are_one_verb(card: object, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right  # type: ignore[arg-type]


@pytest.mark.parametrize(("form", "past"), [
    ("пишут", "писал"), ("докажут", "доказал"), ("ищут", "искал"), ("разберут", "разобрал"), ("зовут", "звал"),
    ("откроют", "открыл"), ("начнут", "начал"), ("поймут", "понял"), ("создадут", "создал"), ("станут", "стал"),
    ("выпьют", "выпил"), ("ждать", "ждал"), ("лежит", "лежал"),
])
def test_present_forms(form: str, past: str) -> None:
    assert PRESENT_FORMS[form] == past
    ru = language("ru")
    assert ru.lemma_stem(form) == ru.stem(past + "и")


@pytest.mark.parametrize(("form", "past"), [
    ("рисуют", "рисовал"), ("используя", "использовал"), ("организует", "организовал"), ("воюют", "воевал"),
    ("танцуют", "танцевал"), ("горюет", "горевал"),
])
def test_verbs_in_ovat(form: str, past: str) -> None:
    assert present_as_past(form) == past


@pytest.mark.parametrize("word", ["новую", "другую", "струя", "дует", "суете", "мою", "моем", "дам", "стоит",
                                  "знать", "плачу", "уют"])
def test_other_words_are_left_alone(word: str) -> None:
    assert word not in PRESENT_FORMS
    assert present_as_past(word) is None
