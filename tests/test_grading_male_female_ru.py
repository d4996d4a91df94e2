"""Russian "самец" / "самка" and "мужской" / "женский" are opposites, as English "male" / "female" are: "кровь
нужна самцам" does not make a point about the females, even when the prompt names them (its words are not asked
for, so only the opposite tells). "самцы" is listed with "самец": Snowball cuts them to other stems. Found by
proberu17 (a Russian pack on malaria). Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain

RU = Grader(language="ru")
GNATS = explain("пыльца нужна самкам для созревания яиц", prompt="Почему на цветы садятся только самки мошек?")
NESTS = explain("гнездо строит самец", prompt="Кто строит гнездо у ткачей?")
VOICES = explain("в хоре пели только мужские голоса", prompt="Кто пел в хоре?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (GNATS, "пыльца нужна самкам для созревания яиц", True),
    (GNATS, "самкам пыльца нужна для созревания яиц", True),
    (GNATS, "пыльца нужна самцам для созревания яиц", False),
    (GNATS, "пыльца нужна самцу для созревания яиц", False),
    (NESTS, "самец", True),
    (NESTS, "гнездо строит самка", False),
    (VOICES, "в хоре пели только мужские голоса", True),
    (VOICES, "в хоре пели только женские голоса", False),
])
def test_male_and_female_are_opposites(card, given, right):
    assert RU.grade(card, given).correct is right
