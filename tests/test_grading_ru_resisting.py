"""Russian "стойкий" and "устойчивый" (and their nouns "стойкость", "устойчивость") say one thing, resisting
something: "сорт устойчив к засухе" makes "сорт стоек к засухе", "устойчивость стали к ржавчине" the answer
"стойкость стали к ржавчине". General words (`lexicon_ru_own_words.RU_NEAR_SYNONYMS`), checked on invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain, short

RU = Grader(language="ru")
STEEL = short("стойкость стали к ржавчине", prompt="Что показывает это испытание?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (STEEL, "устойчивость стали к ржавчине", True),
    (STEEL, "насколько сталь устойчива к ржавчине", True),
    (STEEL, "твёрдость стали", False),
    (explain("новый сорт устойчив к засухе", prompt="Чем хорош новый сорт?"), "он стоек к засухе", True),
    (explain("новый сорт устойчив к засухе", prompt="Чем хорош новый сорт?"), "он стоек к морозу", False),
])
def test_resisting_said_either_way(card, given, right):
    assert RU.grade(card, given).correct is right
