"""One's own country's and another's are opposites in Russian, as "domestic" / "foreign" are in English (WordNet):
"покупатели перешли на импортные товары" does not make "покупатели перешли на отечественные товары", even where the
question already says "отечественное" (a word of the question may be left out, not turned round). Other words of
the same sense and a word left out stay right. Invented cards (`lexicon_ru_own_words.RU_OPPOSITES`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

POINT = "покупатели перешли на отечественные товары"

GRADED = [
    ("Почему начало расти отечественное производство?", "покупатели перешли на импортные товары", False),
    ("Почему начало расти отечественное производство?", "покупатели перешли на иностранные товары", False),
    ("Почему начало расти отечественное производство?", "покупатели перешли на зарубежные товары", False),
    ("Почему начало расти отечественное производство?", "покупатели перешли на отечественные товары", True),
    ("Почему начало расти отечественное производство?", "покупатели перешли на товары", True),
    ("Почему выросли заводы?", "покупатели перешли на импортные товары", False),
    ("Почему выросли заводы?", "покупатели перешли на отечественные товары", True),
]


@pytest.mark.parametrize(("prompt", "given", "right"), GRADED)
def test_domestic_and_foreign_are_opposites(prompt, given, right):
    assert Grader(language="ru").grade(explain(POINT, prompt=prompt), given).correct is right


def test_a_short_answer_of_the_other_origin_is_wrong():
    card = explain("рынок заняли внутренние производители", prompt="Кто занял рынок?")
    assert not Grader(language="ru").grade(card, "рынок заняли иностранные производители").correct
