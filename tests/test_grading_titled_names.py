"""A short answer that is a titled person's name ("Sir Edwin Tarrow", "Великий князь Ярополк Всеславич (Смелый)") is
also answered by the name without its title (core/grading/titled.py); a post ("Президент Лендрии"), a one-word name
("King Osric") and a saint's name keep their words. Invented people, so a rule that passes is one of the language."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader

from .cards import short

EN, RU = Grader(), Grader(language="ru")

KNIGHT = short("Sir Edwin Tarrow", prompt="Who built the harbour wall?")
PRINCE = short("Grand Prince Oleg Sventoslavich (the Bold)", prompt="Who led the fleet?")
KING = short("King Osric", prompt="Who granted the charter?")
CHAPEL = short("St Brannoc's Chapel", prompt="Where was the charter kept?")
KNYAZ = short("Великий князь Ярополк Всеславич (Смелый)", prompt="Кто возглавил поход?")
POST = short("Президент Лендрии", prompt="Кто подписал договор?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, KNIGHT, "Edwin Tarrow", True),
    (EN, KNIGHT, "Edwin Taroww", True),
    (EN, PRINCE, "Oleg Sventoslavich", True),
    (RU, KNYAZ, "Ярополк Всеславич", True),
    (RU, KNYAZ, "князь Ярополк Всеславич", True),
    # another person, a part of the name, a post without its title, a saint's name without "St": not the answer
    (EN, KNIGHT, "Edwin Marlow", False),
    (EN, KNIGHT, "Sir Edwin Marlow", False),
    (RU, KNYAZ, "Ярополк Изяславич", False),
    (RU, KNYAZ, "Всеволод Всеславич", False),
    (EN, KING, "King Edric", False),
    (RU, POST, "Лендрии", False),
    (EN, CHAPEL, "Brannoc's Chapel", False),
])
def test_a_titled_name_is_answered_by_the_name(grader, card, given, right):
    assert grader.grade(card, given).correct is right
