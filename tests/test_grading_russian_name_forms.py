"""Two ways Russian names a person of the pack's `aliases` that the grader did not read: a name of several words in
another case whose word ends in a consonant Snowball cuts as a case ending ("Александра Грейама Белла" for
"Александр Грейам Белл": "грейам" stems "грей", "грейама" "грейам"; `ru_name_cases.declined_keys`), and a person
called by the given name and patronymic of a listed name of three words ("Георгий Константинович" for "Георгий
Константинович Жуков"; `alias_variants.first_and_last`), unless two people of the pack share them. Invented packs."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

MIDDLE = {"Уильям Дарем": ("Уильям Грейам Дарем", "Дарем")}
CALLED = {"Пётр Громов": ("Пётр Семёнович Громов", "Громов"), "Иван Белов": ("Иван Петрович Белов", "Белов")}
SHARED = {"Пётр Громов": ("Пётр Семёнович Громов",), "Пётр Лукин": ("Пётр Семёнович Лукин",)}


def grade(aliases: dict[str, tuple[str, ...]], answer_is: str, answer: str) -> bool:
    card = Card(id="c", section="s", kind="short", prompt="Кто это сделал?", answer=answer_is)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="Так было."),), cards=(card,),
                language="ru", aliases=aliases)
    return bool(Grader.for_pack(pack).grade(card, answer).correct)


ROWS = [
    (MIDDLE, "Уильям Дарем", "Уильям Грейам Дарем", True),
    (MIDDLE, "Уильям Дарем", "Уильяма Грейама Дарема", True),  # the genitive: "грейама" read as "грейам"
    (MIDDLE, "Уильям Дарем", "Уильямом Грейамом Даремом", True),
    (MIDDLE, "Уильям Дарем", "Уильяма Дарема", True),
    (MIDDLE, "Уильям Дарем", "Уильяма Грейама Ларема", False),  # another surname
    (MIDDLE, "Уильям Дарем", "Уильяма Грейама", False),  # no surname: a given name and another
    (CALLED, "Пётр Громов", "Пётр Семёнович", True),
    (CALLED, "Пётр Громов", "Петром Семёновичем", True),
    (CALLED, "Пётр Громов", "Иван Петрович", False),  # the other person of the pack
    (CALLED, "Пётр Громов", "Пётр Петрович", False),  # another patronymic
    (CALLED, "Пётр Громов", "Пётр", False),  # the given name alone
    (SHARED, "Пётр Громов", "Пётр Семёнович", False),  # two people of the pack are called so
    (SHARED, "Пётр Громов", "Пётр Семёнович Громов", True),
]


@pytest.mark.parametrize(("aliases", "answer_is", "answer", "right"), ROWS)
def test_russian_forms_of_a_listed_name(aliases, answer_is, answer, right):
    assert grade(aliases, answer_is, answer) is right
