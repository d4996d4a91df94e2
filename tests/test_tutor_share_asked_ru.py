""""Какая часть X ...?" asks a share of X, which a Russian text says by a fraction or a figure ("около трёх четвертей
домов", "больше трети жителей"), not by the word "часть": "часть" is a light word and no measure a figure must be said
with. Invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def town() -> Tutor:
    return tutor_on(
        "Летом 1790 года в Велгорске начался пожар, который за три дня уничтожил около трёх четвертей домов города.\n"
        "По переписи 1795 года рыбаков в уезде было около 4 тысяч — больше трети всех жителей.\n"
        "Часть городской стены разобрали на кирпич.\n", "Велгорск", "ru", section_title="Велгорск")


@pytest.mark.parametrize(("question", "fact"), [
    ("Какая часть Велгорска сгорела?", "трёх четвертей"),
    ("Какая часть жителей уезда были рыбаками?", "больше трети"),
])
def test_a_share_asked_by_part_is_answered_by_a_fraction(town: Tutor, question: str, fact: str) -> None:
    assert says(town, question, fact)
