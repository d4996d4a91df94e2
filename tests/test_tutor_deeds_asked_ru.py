"""A Russian question asking of a deed by "делать" / "сделать", the verb standing for any deed ("кто делал доклад?",
"с каких пор делают X?", "почему X сделал ставку на Y?"), is answered by the sentence that tells the deed itself ("С
докладом выступил ..."); a question asking where or from what a thing was made keeps the verb ("на каком заводе
сделали X?", "из чего делают X?"). Invented notes (`tutor.deeds_asked_ru`)."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.deeds_asked_ru import deed_frame
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def harbour() -> Tutor:
    return tutor_on(
        "В 1911 году городская дума обсуждала новый порт на реке Вельде.\n"
        "С докладом о новом угольном порте выступил инженер Савва Ветров.\n"
        "Ветров предложил углубить фарватер и построить деревянный мол.\n"
        "Сваи для мола делали из лиственницы.\n"
        "С 1930-х годов ледовую разведку на Вельде ведут с самолётов.\n"
        "Ледоколы на Вельде работают с ноября по апрель.\n"
        "Первый ледокол порта построили в 1915 году на Ижорском заводе.\n"
        "Городская дума в 1916 году выбрала для порта новый герб.\n"
        "Заседания думы проходили в старой ратуше.\n", "Порт на Вельде", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто делал доклад о новом угольном порте?", "Савва Ветров"),
    ("С каких пор делают ледовую разведку?", "С 1930-х годов"),
])
def test_the_deed_is_told_by_its_own_verb(harbour: Tutor, question: str, fact: str) -> None:
    assert says(harbour, question, fact)


@pytest.mark.parametrize(("question", "verb", "light"), [
    ("Кто делал доклад о новом угольном порте?", "делал", True),  # the text's "делали" (of piles) is no report
    ("Почему Ветров сделал ставку на мол?", "сделал", True),
    ("На каком заводе сделали первый ледокол?", "сделали", False),  # the making is asked
    ("Из чего делали сваи для мола?", "делали", False),
])
def test_the_verb_of_a_deed_weighs_as_a_frame(harbour: Tutor, question: str, verb: str, light: bool) -> None:
    asked = harbour.analyser.question(question, normalise(question))
    assert asked is not None
    unit = next((u for u in asked.units if u.text == verb), None)
    assert (unit is None or unit.light) if light else (unit is not None and not unit.light)


@pytest.mark.parametrize(("question", "verbs"), [
    ("кто делал доклад о порте?", {"делал"}),
    ("с каких пор делают ледовую разведку", {"делают"}),
    ("почему ветров сделал ставку на мол?", {"сделал"}),
    ("в каком году сделали первый ледокол?", {"сделали"}),  # a time asked: the deed, however told
    ("на каком заводе сделали первый ледокол?", set()),  # where it was made: the making itself is asked
    ("где делают ледоколы?", set()),
    ("из чего делают мол?", set()),  # a material (`materials`)
    ("из какого дерева сделали мол?", set()),
])
def test_which_questions_frame_a_deed(question: str, verbs: set[str]) -> None:
    assert deed_frame(normalise(question), "ru") == verbs


def test_another_language_has_no_such_frame() -> None:
    assert deed_frame("кто делал доклад", "en") == frozenset()
