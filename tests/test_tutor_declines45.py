"""Declines of round 45, each a rule of the language shown on invented notes (no pack's words):

- a question of a tie of family ("X's wife", "who did X marry?", "сколько детей было у X?") is not answered by a
  passage about X that says no word of family (`tutor.kin`); one that does answers;
- "who became ROLE after X?", "кто стал ROLE после X?" asks a succession, which a passage only about X does not tell
  (`tutor.successors`);
- a question of one year is not answered by "It cost ..." going on about a sentence of another year
  (`tutor.years_asked`, read on the passage with the sentence before it);
- "какой тираж", "какое водоизмещение", "какую зарплату" ask a figure, which a passage of years only does not give
  (`lexicon_ru_tutor`, the numeric asks).
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

SURVEYORS = """\
Tomas Brell was a surveyor from Dunmore who made his name as a mapmaker and drew the first chart of the Keld estuary.
In 1856 Brell married Ada Lowe, the daughter of a ferryman; they had four sons.
The painter Ilse Varn was born in Rothe and taught drawing at the Rothe academy for twenty years.
The Orrin brothers built the first glider of the valley in 1902.
Many children fell ill during the fever of 1866, and the schools of Rothe were closed until 1968.
In the 1870s the strongest rival of the surveyors' guild was Duke Emeric of Varn, who wanted the river tolls.
In 1880 Anholt died, and his nephew Joos Riel became master of the guild.
In 1851 the firm Velko sold the first electric kettle, the Hotpot. It cost about 90 dollars and weighed 3 kilograms.
"""

ZODCHIE = """\
Зодчий Фёдор Кольцов родом из Твери прославился как строитель мостов и построил мост через Ламу в 1840 году.
В 1845 году Кольцов обвенчался с Анной Рябовой; у них родились три дочери.
Художник Семён Ветров из Твери двадцать лет учил рисованию в городском училище.
Отношения с соседями ухудшил отказ князя Глеба выдать за художника Зотова свою сестру Ольгу.
Братья Дроздовы открыли в Твери первую типографию в 1870 году.
Главным соперником артели был купец Лука Сомов, который хотел забрать себе все подряды.
В 1890 году Ордин уехал в Пермь; после него начальником артели стал Семён Грач.
"""


@pytest.fixture(scope="module")
def surveyors() -> Tutor:
    return tutor_on(SURVEYORS, "Surveyors")


@pytest.fixture(scope="module")
def zodchie() -> Tutor:
    return tutor_on(ZODCHIE, "Зодчие", language="ru")


@pytest.mark.parametrize("question", [
    "Who did Varn marry?",
    "Who did Ilse Varn marry?",
    "What was the name of Ilse Varn's husband?",
    "How many children did Varn have?",
    "Who became duke of Varn after Emeric?",
    "How much did an electric kettle cost in 1968?",
    "How much did a kettle weigh in 1968?",
])
def test_declined_en(surveyors: Tutor, question: str) -> None:
    assert surveyors.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Who did Brell marry?", "Ada Lowe"),
    ("How many sons did Brell have?", "four sons"),
    ("When did the Orrin brothers build the glider?", "1902"),  # brothers named as a group ask no tie
    ("Why did children fall ill?", "fever of 1866"),  # a reason asked is left to the other rules
    ("Who became master of the guild after Anholt?", "Joos Riel"),
    ("How much did the Hotpot cost in 1851?", "90 dollars"),
])
def test_answered_en(surveyors: Tutor, question: str, fact: str) -> None:
    assert says(surveyors, question, fact)


@pytest.mark.parametrize("question", [
    "На ком женился Ветров?",
    "Как звали жену Ветрова?",
    "Сколько детей было у Ветрова?",
    "Кто стал соперником артели после Сомова?",
])
def test_declined_ru(zodchie: Tutor, question: str) -> None:
    assert zodchie.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("На ком женился Кольцов?", "Анной Рябовой"),
    ("Сколько дочерей было у Кольцова?", "три дочери"),
    ("На ком хотел жениться Зотов?", "Ольгу"),  # a match refused: "выдать за"
    ("Когда братья Дроздовы открыли типографию?", "1870"),
    ("Кто стал начальником артели после Ордина?", "Семён Грач"),
])
def test_answered_ru(zodchie: Tutor, question: str, fact: str) -> None:
    assert says(zodchie, question, fact)


GAZETY = """\
Газета «Вечерний звон» выходила в Твери с 1905 года; её издавал купец Лука Сомов, сочтя это выгодным.
Газета «Утро» выходила тиражом пять тысяч экземпляров.
Пароход «Кама» спустили на воду в Перми в 1898 году; он ходил до Казани и обратно до 1931 года.
Водоизмещение парохода «Волга» составляло 900 тонн.
Жалованье губернатора составляло 6000 рублей в год.
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Какой тираж был у газеты «Вечерний звон»?", None),
    ("Какое водоизмещение у парохода «Кама»?", None),
    ("Какой тираж был у газеты «Утро»?", "пять тысяч"),
    ("Какое водоизмещение у парохода «Волга»?", "900 тонн"),
    ("Какое жалованье получал губернатор?", "6000 рублей"),
])
def test_figure_nouns_ru(question: str, fact: str | None) -> None:
    tutor = tutor_on(GAZETY, "Газеты", language="ru")
    if fact is None:
        assert tutor.ask(question).kind == "decline"
    else:
        assert says(tutor, question, fact)
