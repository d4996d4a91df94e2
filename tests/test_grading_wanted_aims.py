"""What someone wanted answers a question of purpose (issue #11: paraphrases forgiven): a point "they wanted
to open trade with the islands", asked "why did the ships sail east?", is made by the aim alone ("to open trade with
the islands", "opening trade with the islands"; "чтобы наладить торговлю с островами"), as by the whole wording; not
by another aim, nor by the aim denied, nor when the question asks what was done. Invented cards; each row says what
a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

WHY = one_point("they wanted to open trade with the islands", "Why did the ships sail east?")
DONE = one_point("they wanted to open trade with the islands", "What did the merchants do?")
PURPOSE = one_point("he hoped to sign a treaty with the khan", "What was the purpose of the mission?")
RU_WHY = one_point("они хотели наладить торговлю с островами", "Зачем корабли пошли на восток?")
RU_AIM = one_point("он стремился заключить договор с ханом", "С какой целью отправили посольство?")

ROWS = [
    (WHY, "they wanted to open trade with the islands", "en", True),
    (WHY, "to open trade with the islands", "en", True),
    (WHY, "opening trade with the islands", "en", True),
    (WHY, "they hoped to open trade with the islands", "en", True),
    (WHY, "to close trade with the islands", "en", False),
    (WHY, "they did not want to open trade with the islands", "en", False),
    (DONE, "they opened trade with the islands", "en", False),  # what was wanted is not what was done
    (PURPOSE, "to sign a treaty with the khan", "en", True),
    (PURPOSE, "to break the treaty with the khan", "en", False),
    (RU_WHY, "чтобы наладить торговлю с островами", "ru", True),
    (RU_WHY, "наладить торговлю с островами", "ru", True),
    (RU_WHY, "чтобы прекратить торговлю с островами", "ru", False),
    (RU_WHY, "не хотели торговать с островами", "ru", False),
    (RU_AIM, "чтобы заключить договор с ханом", "ru", True),
    (RU_AIM, "чтобы расторгнуть договор с ханом", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_the_aim_alone_answers_a_question_of_purpose(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
