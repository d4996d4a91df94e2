"""The tutor reads numbers in names and ordinals as the grader does: a question naming "Aldric the
Ninth", "aldric ix", "Всеволод Первый" or "the 3rd floor" finds the notes' "Aldric IX", "Всеволод I",
"the third floor". Notes on an invented kingdom and town."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

EN = tutor_on("Aldric IX ruled the river kingdom of Vessa for forty years. He built the stone bridge at Orm. "
              "His son Aldric X lost the northern provinces to the clans. "
              "Queen Maren I founded the guild of glassmakers in the 14th century. "
              "During World War II the glassworks made lenses for the navy. "
              "The third floor of the guild hall held the archive; the second floor held the furnaces.", "Vessa")
RU = tutor_on("Всеволод I правил городом Ольском двадцать лет и построил каменный мост. "
              "Его сын Ярополк II проиграл войну с кочевниками и потерял южные земли. "
              "Княгиня Маргарита II основала школу иконописи в XIV веке. "
              "В XIX веке город стал центром торговли льном. "
              "На третьем этаже ратуши хранился архив, а на втором этаже стояли печи.", "Ольск", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("What did Aldric the Ninth build?", "stone bridge"),
    ("What did Aldric 9 build?", "stone bridge"),
    ("what did aldric ix build?", "stone bridge"),
    ("What did Aldric the Tenth lose?", "northern provinces"),
    ("What did aldric x lose?", "northern provinces"),
    ("What did Maren the First found?", "glassmakers"),
    ("What did the glassworks make in WWII?", "lenses"),
    ("What did the glassworks make during the Second World War?", "lenses"),
    ("What was on the 3rd floor of the guild hall?", "archive"),
])
def test_english_numbers_in_names_and_ordinals(question, fact):
    assert says(EN, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("Что построил Всеволод Первый?", "каменный мост"),  # a capitalised ordinal after a name: its number
    ("Что построил Всеволод 1?", "каменный мост"),
    ("Что построил всеволод i?", "каменный мост"),
    ("Что потерял Ярополк Второй?", "южные земли"),
    ("Какую школу основала Маргарита Вторая?", "иконописи"),
    ("Чем стал город в девятнадцатом веке?", "торговли"),
    ("Чем стал город в 19 веке?", "торговли"),
    ("Что хранилось на 3-м этаже ратуши?", "архив"),
    ("Что хранилось на третьем этаже ратуши?", "архив"),
])
def test_russian_numbers_in_names_and_ordinals(question, fact):
    assert says(RU, question, fact)
