"""A Russian patronymic said between a person's given name and surname ("Дмитрий Михайлович Пожарский" for "Дмитрий
Пожарский") or after them ("Пожарский Дмитрий Михайлович") is part of that person's name: no other given name
put before the surname, no name of the pack lengthened into another. Another given name is still another person."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests import cards

RU = Grader(language="ru", texts=("Инженер Аркадий Веснин построил первый паровой каток в городе Нарве.",
                                  "Князь Глеб Сомов собрал войско, а купец Фрол Ряпушкин дал на него деньги."),
            aliases={"Аркадий Веснин": ("Веснин",), "Глеб Сомов": ("Сомов", "князь Сомов", "князь Глеб Сомов")})
INVENTOR = cards.short("Аркадий Веснин", prompt="Кто построил первый паровой каток?")
LEADER = cards.short("князь Глеб Сомов", prompt="Кто собрал войско?")

# (card, answer, right?)
ANSWERS = [
    (INVENTOR, "Аркадий Петрович Веснин", True),
    (INVENTOR, "Веснин Аркадий Петрович", True),
    (INVENTOR, "Аркадий Веснин", True),
    (INVENTOR, "Борис Веснин", False),  # another given name: another person
    (INVENTOR, "Борис Петрович Веснин", False),
    (LEADER, "Глеб Игоревич Сомов", True),
    (LEADER, "князь Глеб Игоревич Сомов", True),
    (LEADER, "Сомов Глеб Игоревич", True),
    (LEADER, "Фрол Ряпушкин", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ANSWERS)
def test_a_patronymic_is_part_of_the_persons_name(card, answer: str, right: bool) -> None:
    verdict = RU.grade(card, answer)
    assert verdict.correct is right, verdict.trace
