"""A ruler's number said in Russian as an ordinal after the name ("Николай Второй", "Петра Первого") is read as its
numeral by the grader before the text is cut into words (`roman.ru_regnal_ordinals`), so a wording or a pack's alias
that writes the numeral ("будущий император Николай II") is met as written; a rank in small letters ("Москва первой
получила ...") and an ordinal before its noun ("Вторая мировая война") are no ruler's number. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from studybot.core.roman import ru_regnal_ordinals

from .cards import short

HEIR = short("Великий князь Ярополк Всеволодович (будущий князь Ярополк II)", "великий князь Ярополк",
             "будущий князь Ярополк II", prompt="Кто заложил первый камень собора в 1131 году?")

ROWS = [
    (HEIR, "будущий князь Ярополк Второй, тогда ещё наследник", True),
    (HEIR, "будущий князь Ярополк Второй", True),
    (HEIR, "будущий князь Ярополк Третий", False),
    (HEIR, "будущий князь Ярослав Второй", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_rulers_ordinal_in_russian_is_his_numeral(card, answer, right):
    pack = Pack(id="t", title="t", language="ru", sections=(Section(id="s", title="s", notes="x"),), cards=(card,),
                aliases={"Ярополк Всеволодович": ("великий князь Ярополк", "Ярополк II")})
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("при Петре Первом", "при Петре I"),
    ("Екатериной Второй", "Екатериной II"),
    ("Александра Третьего", "Александра III"),
    ("Иван Четвёртый Грозный", "Иван IV Грозный"),
    ("Москва первой получила метро", "Москва первой получила метро"),
    ("Вторая мировая война", "Вторая мировая война"),
])
def test_which_ordinals_are_read(text, read):
    assert ru_regnal_ordinals(text) == read
