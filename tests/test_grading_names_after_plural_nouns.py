"""In a Russian pack a foreign name after a noun for people ("инженер Свен Брандт") is a person's though its surname
has no Russian ending; so is one after the noun in the plural ("инженеры Свен Брандт", "химики ...") and the second
name joined to the first by "и" ("инженеры Свен Брандт и Улоф Вестерберг"): its surname alone fills a blank of the
name (core/people.py). A pack on an invented subject (a ferry and its builders); each row says what a fair teacher
marks."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def filled(text: str, blank: str, notes: str, given: str) -> bool:
    card = Card(id="z", section="s", kind="cloze", prompt="Заполните пропуск.", answer="", text=text,
                blanks=((blank,),))
    pack = Pack(id="p", title="p", language="ru", cards=(card,),
                sections=(Section(id="s", title="Паром", notes=notes),))
    return Grader.for_pack(pack).grade(card, given).correct


PLURAL = "Первый паром построили датские инженеры Свен Брандт и Улоф Вестерберг в 1911 году."
SINGULAR = "Первый паром построил датский инженер Свен Брандт вместе с другом Улофом Вестербергом."
SECOND = "Первый паром построили датские инженеры Свен Брандт и {{Улоф Вестерберг}}."
FIRST = "Первый паром построили датские инженеры {{Свен Брандт}} и Улоф Вестерберг."


@pytest.mark.parametrize(("text", "blank", "notes", "given", "right"), [
    (SECOND, "Улоф Вестерберг", PLURAL, "Вестерберг", True),
    (SECOND, "Улоф Вестерберг", PLURAL, "Улоф Вестерберг", True),
    (FIRST, "Свен Брандт", PLURAL, "Брандт", True),
    (SECOND, "Улоф Вестерберг", PLURAL, "Брандт", False),  # the other engineer
    (SECOND, "Улоф Вестерберг", PLURAL, "Улоф", False),  # a given name alone
    (FIRST, "Свен Брандт", PLURAL, "Вестерберг", False),
    (FIRST, "Свен Брандт", SINGULAR, "Брандт", True),
])
def test_names_after_a_noun_for_people(text: str, blank: str, notes: str, given: str, right: bool) -> None:
    assert filled(text, blank, notes, given) is right
