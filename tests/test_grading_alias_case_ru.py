"""A Russian card whose answer is a name in a case ("Фёдора Корнилова", asked "у кого ...?") and an alias keyed in
the nominative ("Фёдор Корнилов: [Федя]"): the alias and the answer name one person, so its spellings and the
surname alone answer the card, and another given name before the surname is still another person ("Пётр
Корнилов"), as it is without the alias. An instructor's report; invented cards (`grading.short`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

GENITIVE = short("Фёдора Корнилова", prompt="У кого купили завод?")
NOMINATIVE = short("Фёдор Корнилов", prompt="Кто купил завод?")
NOTES = "Завод купили у Фёдора Корнилова в 1870 году. Его брат Пётр жил в Твери."
ALIASES = {"Фёдор Корнилов": ("Федя", "Ф. Корнилов")}


@pytest.mark.parametrize(("card", "answer", "right"), [
    (GENITIVE, "Фёдора Корнилова", True),
    (GENITIVE, "Фёдор Корнилов", True),
    (GENITIVE, "Корнилова", True),
    (GENITIVE, "Федя", True),  # the alias of the nominative key
    (GENITIVE, "Ф. Корнилов", True),
    (GENITIVE, "Пётр Корнилов", False),  # another given name: another person
    (GENITIVE, "Петра Корнилова", False),
    (GENITIVE, "Ивана Корнилова", False),
    (NOMINATIVE, "Федя", True),
    (NOMINATIVE, "Пётр Корнилов", False),
])
def test_alias_in_the_nominative(card, answer, right):
    pack = Pack(id="p", title="t", language="ru", sections=(Section("s", "S", NOTES),), cards=(card,),
                aliases=ALIASES)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
