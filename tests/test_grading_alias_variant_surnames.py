"""A person's other spelling in `aliases` ("Thomas Farynor" for Thomas Farriner) has its surname read alone too, as
the surname of the name the pack writes is: an instructor who lists the full other spelling means it. Seen as an
instructor: the pack's own right example "Farynor" failed. Only for the same given names, a surname of four letters
or more; another person's surname stays wrong. Made-up names and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

TEXTS = ("The fire began in the bakery of Thomas Farriner on Mill Lane. Farriner had put out his oven at ten. "
         "The mayor, Edwin Ashby, came at three.",)
EN = Grader({"Thomas Farriner": ("Thomas Farynor", "T. Farynor")}, language="en", texts=TEXTS,
            who=("Thomas Farriner",))
BAKER = Card(id="c", section="s", kind="short", prompt="In whose bakery did the fire begin?", answer="Thomas Farriner")

RU_TEXTS = ("Мельницу построил инженер Тихон Вельский в 1801 году. Вельский работал с купцом Акимом Дубовым.",)
RU = Grader({"Тихон Вельский": ("Тихон Бельский",)}, language="ru", texts=RU_TEXTS, who=("Тихон Вельский",))
MILL = Card(id="c", section="s", kind="short", prompt="Кто построил мельницу?", answer="Тихон Вельский")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, BAKER, "Thomas Farriner", True),
    (EN, BAKER, "Farriner", True),
    (EN, BAKER, "Thomas Farynor", True),
    (EN, BAKER, "Farynor", True),  # the other spelling's surname alone
    (EN, BAKER, "farynor", True),
    (EN, BAKER, "Ashby", False),
    (EN, BAKER, "Edwin Ashby", False),
    (RU, MILL, "Бельский", True),
    (RU, MILL, "Вельский", True),
    (RU, MILL, "Дубов", False),
])
def test_a_spelling_in_aliases_gives_its_surname_alone(grader, card, given, right):
    assert grader.grade(card, given).correct is right
