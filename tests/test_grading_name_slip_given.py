"""A slip in a surname said after the right given name (issue #11): the slip is read as the person's name, and the
given name the answer already says is not said again ("Максимилиан Тервиг" was read as "максимилиан максимилиан
тервинг": a doubled name, which the name checks and the likeness of wordings then read as another text). Another
given name before the slip is still another person. Invented names.

| answer                 | read as                  | right |
|------------------------|--------------------------|-------|
| Максимилиан Тервиг     | максимилиан тервинг      | yes   |
| Максимилиан Тарвинг    | максимилиан тервинг      | yes   |
| Бьорн Тервиг           | бьорн максимилиан ...    | no    |
| Bartholomew Haldenbey  | bartholomew haldenby     | yes   |
| Edwin Haldenbey        | edwin bartholomew ...    | no    |
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

RU = Grader(language="ru", texts=("Мост построил инженер Максимилиан Тервинг, а чертежи сделал Бьорн Ульсен.",),
            aliases={"Максимилиан Тервинг": ("Тервинг",), "Бьорн Ульсен": ("Ульсен",)})
EN = Grader(language="en", texts=("The bridge was built by Bartholomew Haldenby; Edwin Marsh drew the plans.",),
            aliases={"Bartholomew Haldenby": ("Haldenby",), "Edwin Marsh": ("Marsh",)})
MOST = Card(id="c", section="s", kind="short", prompt="Кто построил мост?", answer="Максимилиан Тервинг")
BRIDGE = Card(id="c", section="s", kind="short", prompt="Who built the bridge?", answer="Bartholomew Haldenby")


@pytest.mark.parametrize(("grader", "answer", "words"), [
    (RU, "Максимилиан Тервиг", ["максимилиан", "тервинг"]),
    (RU, "Максимилиан Тарвинг", ["максимилиан", "тервинг"]),
    (EN, "Bartholomew Haldenbey", ["bartholomew", "haldenby"]),
    (EN, "Bartholomew Haldenbi", ["bartholomew", "haldenby"]),
])
def test_given_name_not_said_twice(grader: Grader, answer: str, words: list[str]) -> None:
    assert grader.prep(answer).words == words


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, MOST, "Максимилиан Тервиг", True),
    (RU, MOST, "Бьорн Тервиг", False),
    (EN, BRIDGE, "Bartholomew Haldenbey", True),
    (EN, BRIDGE, "Edwin Haldenbey", False),
])
def test_slip_after_given_name(grader: Grader, card: Card, answer: str, right: bool) -> None:
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace
