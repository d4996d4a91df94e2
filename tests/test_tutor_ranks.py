"""A question asking of a rank ("the second keeper", "вторым смотрителем") is not answered by a passage telling of
another rank only ("The first keeper of the light was ..."), in English and Russian; the rank asked, said in words or
figures, still answers. Notes on an invented lighthouse and expeditions."""

from __future__ import annotations

import pytest

from studybot.core.language import language
from studybot.core.text import normalise
from studybot.core.tutor.ranks import other_member, other_rank, ranks_asked
from tests.notes import says, tutor_on

EN = tutor_on("The first keeper of the Harl light was Edwin Morrow, who lit its lamp in 1821. "
              "The lamp burned whale oil and could be seen 19 miles out to sea. "
              "The first expedition to the Skerry islands left Harl in 1830 under Captain Daws. "
              "Unlike the first, the second survey of the coast was led by Ann Kell.", "Harl light")
RU = tutor_on("Первым смотрителем маяка на мысе Тарх был Игнат Логов, он зажёг лампу в 1821 году. "
              "Лампа горела на китовом жире и была видна за 30 километров. "
              "Первая экспедиция на острова Шхерные вышла из Тарха в 1830 году под началом капитана Дымова. "
              "Второй маяк на мысе построили из камня в 1850 году.", "Маяк Тарх", language="ru")


@pytest.mark.parametrize("question", [
    "Who was the second keeper of the Harl light?",
    "Who was the third keeper of the Harl light?",
    "When did the second expedition to the Skerry islands leave?",
    "Who led the 2nd expedition to the Skerry islands?",
])
def test_english_rank_of_another_is_declined(question):
    assert EN.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Who was the first keeper of the Harl light?", "Edwin Morrow"),
    ("When did the first expedition to the Skerry islands leave?", "1830"),
    ("Who led the second survey of the coast?", "Ann Kell"),  # "Unlike the first, the second ...": said
    ("How far could the lamp be seen?", "19 miles"),  # no rank asked
])
def test_english_rank_asked_is_answered(question, fact):
    assert says(EN, question, fact)


@pytest.mark.parametrize("question", [
    "Кто был вторым смотрителем маяка на мысе Тарх?",
    "Когда вышла вторая экспедиция на острова Шхерные?",
    "Кто руководил третьей экспедицией на острова Шхерные?",
])
def test_russian_rank_of_another_is_declined(question):
    assert RU.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто был первым смотрителем маяка на мысе Тарх?", "Игнат Логов"),
    ("Когда вышла первая экспедиция на острова Шхерные?", "1830"),
    ("Из чего построили второй маяк на мысе?", "из камня"),
])
def test_russian_rank_asked_is_answered(question, fact):
    assert says(RU, question, fact)


def _other(question: str, passage: str, code: str) -> bool:
    lang = language(code)
    stop = lang.lex.stop
    return other_rank(ranks_asked(normalise(question), stop, lang.stem), passage, stop, lang.stem)


@pytest.mark.parametrize(("question", "passage", "code", "other"), [
    ("who was the second astronomer royal?", "The first Astronomer Royal was Flamsteed.", "en", True),
    ("who was the first astronomer royal?", "The first Astronomer Royal was Flamsteed.", "en", False),
    ("who was the second astronomer royal?", "Flamsteed was Astronomer Royal.", "en", False),  # no rank said
    ("who was the second astronomer royal?", "The first and second Astronomers Royal were ...", "en", False),
    ("who was the 2nd astronomer royal?", "The first Astronomer Royal was Flamsteed.", "en", True),
    ("who was the second astronomer royal?", "The first comet he saw was bright.", "en", False),  # another thing
    ("who made the third voyage?", "The first voyage and the 3rd voyage were ...", "en", False),
    ("кто был вторым директором?", "Первым директором стал Орлов.", "ru", True),
    ("кто был вторым директором?", "Вторым директором стал Орлов.", "ru", False),
    ("кто был вторым директором?", "Первым директором стал Орлов, 2-м — Пахомов.", "ru", False),  # in figures
    ("кто летал на втором корабле серии?", "Первым кораблём серии был Рассвет-2.", "ru", False),  # a member's number
    ("кто летал на третьем корабле?", "Первым кораблём управлял Орлов.", "ru", True),
    ("кто летал на третьем корабле?", "Первым городом был Орёл.", "ru", False),
])
def test_other_rank_table(question, passage, code, other):
    assert _other(question, passage, code) is other


SERIES = tutor_on("The lamp ship Harl-2 weighed 508 tonnes and was moored off Orm in 1831. "
                  "The lamp ship Harl-4 carried a crew of 12. "
                  "The lamp ship Harl-3 was built at Orm in 1835. "
                  "In 1840 a storm sank the lamp ship Harl-5.", "Harl lamp ships")


@pytest.mark.parametrize(("question", "declined"), [
    ("How much did the lamp ship Harl-3 weigh?", True),  # Harl-2's figure
    ("How much did the lamp ship Harl-2 weigh?", False),
    ("How many crew did Harl-4 carry?", False),
])
def test_series_member_of_another_is_declined(question, declined):
    assert (SERIES.ask(question).kind == "decline") is declined


@pytest.mark.parametrize(("question", "passage", "other"), [
    ("сколько весил спутник-3?", "Масса Спутника-2 составляла 508 кг.", True),
    ("сколько весил спутник-2?", "Масса Спутника-2 составляла 508 кг.", False),
    ("сколько весил спутник-3?", "Спутник-2 и Спутник-3 весили больше.", False),  # the one asked is named
    ("сколько весил спутник-3?", "Масса корабля Восток-2 составляла 4,7 т.", False),  # another series
    ("какая скорость у ту-154?", "Ту-104 летал со скоростью 800 км/ч.", True),
])
def test_other_member_table(question, passage, other):
    assert other_member(normalise(question), passage, language("ru").stem) is other


VELKA = tutor_on("In 1964 the probe Velka 6 crashed on the Moon with its cameras dead.\n\n"
                 "The probes Velka 7, 8 and 9 sent back thousands of pictures before they hit the surface.\n\n"
                 "The probes Velka 3 to 5 missed the Moon or failed. Their crews of engineers worked at Pasadena.\n\n"
                 "In 12 days the team rebuilt the cameras.", "Velka probes")


@pytest.mark.parametrize(("question", "declined"), [
    ("What did Velka 11 send back before it hit the surface?", True),  # a name and its number written apart
    ("When did velka 2 crash on the Moon?", True),
    ("Where did the engineers of Velka 10 work?", True),  # "Their crews ...": of the sentence before, Velka 3 to 5
    ("What did Velka 8 send back before it hit the surface?", False),  # "Velka 7, 8 and 9": each
    ("Where did the engineers of Velka 4 work?", False),  # "Velka 3 to 5": each between
    ("When did velka 6 crash on the Moon?", False),
])
def test_english_series_member_written_apart(question, declined):
    assert (VELKA.ask(question).kind == "decline") is declined


@pytest.mark.parametrize(("question", "passage", "other"), [
    ("who flew on ranger 7?", "Ranger 6 crashed on the Moon.", True),
    ("who flew on ranger 7?", "Ranger 6 and Ranger 7 crashed.", False),
    ("who flew on ranger 4?", "Ranger 3 to 5 missed the Moon.", False),  # each between
    ("who flew on ranger 4?", "Ranger 3, 5 and 6 missed the Moon.", True),
    ("what happened in 12 days?", "In 14 days the team rebuilt it.", False),  # no name: no member
    ("what happened on may 12?", "On May 14 the team met.", False),  # a date, not a name of the pack
    ("who flew on ranger 7?", "Ranger 1,200 was a toy.", False),  # a figure, not a member's number
])
def test_english_other_member_table(question, passage, other):
    lang = language("en")
    assert other_member(normalise(question), passage, lang.stem, lang.stem, {"ranger"}) is other
