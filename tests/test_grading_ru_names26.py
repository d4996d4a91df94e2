"""Russian names from instructors' reports (round 26), on invented cards of a glassworks (no pack's words): two
initials opening a sentence ("О. Ю. Гердт уехал"; "О", "С", "В" are also prepositions, and "О" ends as a noun does)
are a person's initials, not a word before the name, so there is no second person "Ю. Гердт" and the surname alone
still answers for "Отто Гердт" (another person's surname fails, and so does a surname two people share); a short
surname with one sound written once ("Герт" for "Гердт": a voiced consonant before its voiceless pair is said as the
pair) is a slip, as one in a long surname is; another letter is not."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

NOTES = ("Стекольную мастерскую на реке основали в 1790 году. Цветное стекло в ней варил Отто Юльевич Гердт. "
         "О. Ю. Гердт уехал в 1795 году. Вазы расписывал Рене Ланге. С. Р. Ланге вела счета мастерской, а "
         "Анна Петровна Сомова продавала вазы.")
WHO = {"Отто Гердт": "Кто варил цветное стекло?", "Рене Ланге": "Кто расписывал вазы?",
       "Анна Сомова": "Кто продавал вазы?"}


def _who(answer: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=WHO[answer], answer=answer)


GLASS = Grader(language="ru", texts=(*WHO, *WHO.values(), NOTES), who=tuple(WHO))


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Отто Гердт", "Гердт", True),
    ("Отто Гердт", "Отто Гердт", True),
    ("Отто Гердт", "Герт", True),  # "дт" said "т"
    ("Отто Гердт", "Отто Герт", True),
    ("Отто Гердт", "Гернт", False),  # another letter: no sound written once
    ("Отто Гердт", "Ланге", False),
    ("Отто Гердт", "Сомова", False),
    ("Рене Ланге", "Гердт", False),
    ("Рене Ланге", "Ланге", False),  # С. Р. Ланге is another person of that surname
    ("Анна Сомова", "Сомова", True),
    ("Анна Сомова", "Ланге", False),
])
def test_initials_opening_a_sentence(answer, given, right):
    assert GLASS.grade(_who(answer), given).correct is right
