"""Russian: a converse verb with the same subject reverses who did what (issue #11). For "Тервинг победил Ульсена",
"Тервинг проиграл Ульсену" names the winner as the one who lost; "Ульсен проиграл Тервингу" keeps the roles. The
subject is the name said in its own form (the nominative), whatever the order of the words.

| answer                              | right |
|-------------------------------------|-------|
| Тервинг победил Ульсена             | yes   |
| Ульсен проиграл Тервингу            | yes   |
| Ульсену проиграл Тервинг            | no    |
| Тервинг проиграл Ульсену            | no    |
| Тервинг уступил Ульсену             | no    |
| Ульсен уступил Тервингу             | yes   |

Invented names.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru", texts=("На выборах старосты Олаф Тервинг победил Бьорна Ульсена.",),
            aliases={"Олаф Тервинг": ("Тервинг",), "Бьорн Ульсен": ("Ульсен",)})
VYBORY = Card(id="e", section="s", kind="explain", prompt="Чем кончились выборы старосты?",
              answer="Тервинг победил Ульсена.", keypoints=(Keypoint("Олаф Тервинг победил Бьорна Ульсена", ()),),
              need=1)


@pytest.mark.parametrize(("answer", "right"), [
    ("Тервинг победил Ульсена", True),
    ("Ульсен проиграл Тервингу", True),
    ("Ульсен уступил Тервингу", True),
    ("Ульсену проиграл Тервинг", False),
    ("Тервинг проиграл Ульсену", False),
    ("Тервинг уступил Ульсену", False),
])
def test_converse_verb(answer: str, right: bool) -> None:
    assert RU.grade(VYBORY, answer).correct is right, RU.grade(VYBORY, answer).trace
