"""Figures of a change, a bulk amount and how often, in Russian (invented notes, of no pack):

- "на сколько сократилась площадь X?" is answered by "площадь X сократилась на 30 процентов": the share it changed by
  is how much (`tutor.by_how_much`), not only a figure of the area;
- "сколько руды вывезли?" by "вывезли 4 миллиона тонн": a mass counts a thing in bulk though the passage does not
  name it again (`tutor.counts._bulk`), not a passage counting something else;
- "как часто X?" by "раз в несколько лет", "три раза в месяц": how often, by a vague count or one in words
  (`lexicon_counts`)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import tutor_on

NOTES = """\
Озеро Тихое лежит в горах Полярного Урала.
Площадь ледника над озером сократилась примерно на 30 процентов с 1960-х годов.
В 1970 году с рудника у озера вывезли около 4 миллионов тонн.
В 1975 году на руднике работали 800 шахтёров.
Насосную станцию у озера ремонтируют раз в несколько лет.
Воду в озере проверяют три раза в месяц.
На берегу стоит лодочная станция; лодки сдавались два раза в неделю.
В 1975 году лодки покрасили.
Глубина озера достигает 40 метров.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Озеро Тихое", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("На сколько сократилась площадь ледника?", "30 процентов"),
    ("Сколько руды вывезли с рудника в 1970 году?", "4 миллионов тонн"),
    ("Как часто ремонтируют насосную станцию?", "раз в несколько лет"),
    ("Как часто проверяют воду в озере?", "три раза в месяц"),
    ("Как часто сдавались лодки?", "два раза в неделю"),  # "часто" said by the figure of how often
])
def test_ru_the_figure_asked_answers(tutor: Tutor, question: str, fact: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "Сколько руды вывезли с рудника в 1975 году?",  # 1975 tells of miners, no amount
    "На сколько метров сократилась площадь ледника?",  # metres asked: a share is no answer
])
def test_ru_a_figure_of_another_is_no_answer(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"

