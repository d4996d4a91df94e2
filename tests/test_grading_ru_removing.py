"""Getting rid of a thing is taking it away, in a learner's own words: "избавляются от сорняков" makes the point
"удаляют сорняки", as do "убирают" and "устраняют" (`lexicon_ru_own_words.RU_REMOVING`, read by the grader only).
Another thing got rid of, a thing added instead, or the same verb negated stays wrong. Points on subjects of our
own."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

RU = Grader(language="ru")


@pytest.mark.parametrize(("point", "given", "right"), [
    ("садовник удаляет сорняки", "садовник избавляется от сорняков", True),
    ("садовник удаляет сорняки", "садовник убирает сорняки", True),
    ("садовник удаляет сорняки", "садовник устраняет сорняки", True),
    ("почки удаляют из крови мочевину", "почки избавляют кровь от мочевины", True),
    ("мастер убирает стружку", "мастер удаляет стружку", True),
    ("фильтр удаляет примеси", "фильтр избавляет воду от примесей", True),
    ("садовник удаляет сорняки", "садовник избавляется от вредителей", False),
    ("садовник удаляет сорняки", "садовник добавляет сорняки", False),
    ("садовник удаляет сорняки", "садовник не избавляется от сорняков", False),
    ("фильтр удаляет примеси", "фильтр добавляет в воду примеси", False),
])
def test_getting_rid_of_is_taking_away(point, given, right):
    assert RU.grade(one_point(point, "Что происходит?"), given).correct is right
