"""Right answers refused, from the blind authors' reports of round 30, on invented cards and notes.

- A card asking "who" with a preposition ("К кому ...?", "У кого ...?") whose answer keeps it ("к Ивану Гельбергу")
  names a person: the surname alone answers it, in any case and after the preposition ("к Гельбергу",
  "Гельберг"), though the surname has no Russian ending; another surname, or one two people share, does not.
- A borrowed surname in "-ой" declines as a name in "-ей" does ("Макрой": "Макроя", "Макрою", "капитан Макроя"),
  so its cases name the person too (darvin: "капитан Фицроя")."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section

from .cards import short

RU_NOTES = ("Порт Ольмена построил Иван Гельберг. Маяк поставил Пётр Дорохов.",
            "Мосты строила Анна Ренке, а каналы Карл Ренке.")
RU_CARDS = {
    "gel": short("к Ивану Гельбергу", prompt="К кому ездили инженеры за советом?"),
    "dor": short("у Петра Дорохова", prompt="У кого учились строители маяка?"),
    "renke": short("к Анне Ренке", prompt="К кому обращались мостовики?"),
}
RU = Grader(language="ru", texts=(*RU_NOTES, *(c.answer for c in RU_CARDS.values())),
            who=tuple(c.answer for c in RU_CARDS.values()))


@pytest.mark.parametrize(("card", "given", "right"), [
    ("gel", "к Гельбергу", True),
    ("gel", "Гельбергу", True),
    ("gel", "Гельберг", True),
    ("gel", "к И. Гельбергу", True),
    ("dor", "у Дорохова", True),
    ("dor", "Дорохов", True),
    # another person, another surname, one two people share: not right
    ("gel", "к Дорохову", False),
    ("gel", "к Гессену", False),
    ("dor", "у Гельберга", False),
    ("renke", "к Ренке", False),
    ("renke", "к Анне Ренке", True),
])
def test_a_surname_after_the_questions_preposition_ru(card, given, right):
    verdict = RU.grade(RU_CARDS[card], given)
    assert verdict.correct is right, verdict.trace


OJ_CARD = short("Уильям Макрой", prompt="Кто был капитаном шхуны?")
OJ_PACK = Pack(id="t", title="t", language="ru", cards=(OJ_CARD,), sections=(Section(
    id="s", title="s", notes="Шхуной командовал Уильям Макрой. Штурманом был Пётр Ершов."),))
OJ = Grader.for_pack(OJ_PACK)


@pytest.mark.parametrize(("given", "right"), [
    ("Макрой", True),
    ("Макроя", True),
    ("капитан Макроя", True),
    ("Макрою", True),
    ("Уильяма Макроя", True),
    ("Ершова", False),
    ("Макарова", False),
])
def test_a_borrowed_surname_in_oj_in_its_cases(given, right):
    verdict = OJ.grade(OJ_CARD, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("a", "b"), [("Макрой", "Макроя"), ("Макрой", "Макроем"), ("Сергей", "Сергея")])
def test_the_cases_of_a_name_in_oj_share_one_key(a, b):
    aliases = Grader(language="ru").aliases
    assert aliases.name_key(a.lower()) == aliases.name_key(b.lower())
