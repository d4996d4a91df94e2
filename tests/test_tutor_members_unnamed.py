"""A member of a series the text never names (`ranks.member_unnamed`): where the notes tell of "Lark 1" and "Lark 2",
"who flew on Lark 3?" is declined, not answered by "On 3 March ..." (a figure of another kind); so "когда запустили
«Зарю-3»?" where the notes name «Заря-1» and «Заря-2». A member the notes name answers. Invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def lark() -> Tutor:
    return tutor_on(
        "Lark 1, the first weather rocket of Varn, was launched in 1961.\n\n"
        "The pilot Anna Holm flew on Lark 2 to a height of 90 km in 1962.\n\n"
        "On 3 March 1963 the pilot Tom Reed flew a glider over the Varn hills.\n\n"
        "The Lark rockets were built at the works of Estrel.", "Lark rockets")


@pytest.fixture(scope="module")
def zarya() -> Tutor:
    return tutor_on(
        "Ракету «Заря-1» запустили в 1961 году.\n\n"
        "На «Заре-2» лётчица Анна Холм поднялась на 90 км в 1962 году.\n\n"
        "3 марта 1963 года над холмами Варна запустили аэростат с лётчиком Томом Ридом.\n\n"
        "Ракеты «Заря» строили на заводе в Эстреле.", "Ракеты Заря", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("who flew on Lark 2?", "Anna Holm"), ("when was Lark 1 launched?", "1961"),
    ("who flew a glider over the Varn hills?", "Tom Reed"),
])
def test_a_member_named_answers(lark: Tutor, question: str, fact: str) -> None:
    assert says(lark, question, fact)


@pytest.mark.parametrize("question", ["who flew on Lark 3?", "when was Lark 4 launched?"])
def test_a_member_never_named_is_declined(lark: Tutor, question: str) -> None:
    assert lark.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("кто поднялся на «Заре-2»?", "Анна Холм"), ("когда запустили «Зарю-1»?", "1961"),
])
def test_a_member_named_answers_ru(zarya: Tutor, question: str, fact: str) -> None:
    assert says(zarya, question, fact)


@pytest.mark.parametrize("question", [
    "когда запустили «Зарю-3»?", "кого запустили на «Заре-3»?", "кто летал на «Заре-3»?"])
def test_a_member_never_named_is_declined_ru(zarya: Tutor, question: str) -> None:
    assert zarya.ask(question).kind == "decline"


@pytest.fixture(scope="module")
def osprey() -> Tutor:
    return tutor_on(
        "The Osprey satellites of Varn were built by the engineer Lena Dahl.\n\n"
        "Unlike Osprey and Heron, the Kite network was run by civilians from the start.\n\n"
        "King Arvid II founded the port of Kell in 1402.", "Osprey satellites")


@pytest.mark.parametrize(("question", "fact"), [
    ("who flew on Lark II?", "Anna Holm"), ("when was Lark I launched?", "1961"),
])
def test_a_member_named_by_a_roman_numeral_answers(lark: Tutor, question: str, fact: str) -> None:
    assert says(lark, question, fact)


@pytest.mark.parametrize("question", ["who flew on Lark III?", "where were the Lark IV rockets built?"])
def test_a_member_never_named_by_a_roman_numeral_is_declined(lark: Tutor, question: str) -> None:
    assert lark.ask(question).kind == "decline"


def test_a_member_by_a_roman_numeral_answers_and_is_declined_ru(zarya: Tutor) -> None:
    assert says(zarya, "кто поднялся на «Заре-II»?", "Анна Холм")
    assert zarya.ask("когда запустили «Зарю-III»?").kind == "decline"
    assert zarya.ask("где строили «Зарю-VII»?").kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("who built the Osprey satellites?", "Lena Dahl"), ("what did Arvid II found?", "Kell"),
    ("who founded the port of Kell?", "Arvid"),
])
def test_a_series_never_numbered_still_answers(osprey: Tutor, question: str, fact: str) -> None:
    assert says(osprey, question, fact)


@pytest.mark.parametrize("question", [
    "who built the Osprey III satellites?", "who ran Kite II?", "what did Arvid III found?"])
def test_a_roman_numbered_member_of_a_series_never_numbered_is_declined(osprey: Tutor, question: str) -> None:
    assert osprey.ask(question).kind == "decline"


@pytest.fixture(scope="module")
def kings() -> Tutor:
    return tutor_on(
        "Король Пётр I построил замок Дун на реке Ольс.\n\n"
        "При Петре II в устье Ольса основали порт Келл.", "Короли Варна", "ru")


def test_a_ruler_named_by_one_capital_numeral_answers(kings: Tutor) -> None:
    assert says(kings, "что построил Пётр Первый?", "Дун")  # "Пётр I" is the first: "Петре II" names another
    assert kings.ask("что построил Пётр III?").kind == "decline"
