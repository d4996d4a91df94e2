"""A ruler named without the number of the reign ("Olaf" for "Olaf II", "царь Иван" for "Иван IV"), or without the
place the question gives ("Haakon IV" for "Haakon IV of Norway" asked "Which king of Norway ...?"), names the one the
question is about: right, rated Hard with the full name shown; another number, an added name word, or only the
question's own word is not (`grading.regnal`). Invented cards, English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.regnal import without_reign_number
from studybot.core.grading.titled import unplaced
from studybot.core.packs import Pack, Section
from tests.cards import short

OLAF = short("Olaf II", "Olaf the Stout", prompt="Which king of the islands fell at the ford?")
HAKON = short("Haakon IV of Norway", prompt="Which king of Norway built the stone hall?")
IVAN = short("Иван IV", "Иван Грозный", prompt="Какой царь взял город на реке?")
ALEX = short("Alexander II", prompt="Which Alexander freed the serfs?")
WAR = short("World War II", prompt="In which war was the bridge blown up?")

ROWS = [
    (OLAF, "en", "Olaf", True),
    (OLAF, "en", "King Olaf", True),
    (OLAF, "en", "Olaf III", False),  # another number
    (OLAF, "en", "Olaf the Fat", False),  # a word of no wording: another ruler
    (OLAF, "en", "Magnus", False),
    (HAKON, "en", "Haakon", True),
    (HAKON, "en", "King Haakon", True),
    (HAKON, "en", "Haakon V", False),
    (HAKON, "en", "Haakon IV", True),  # the place the question gives left out
    (HAKON, "en", "King Haakon of Norway", True),
    (IVAN, "ru", "Иван", True),
    (IVAN, "ru", "царь Иван", True),
    (IVAN, "ru", "Иван III", False),
    (ALEX, "en", "Alexander", False),  # only the question's own word
    (WAR, "en", "World War", False),  # no ruler: the number tells which war
]


@pytest.mark.parametrize(("card", "language", "answer", "right"), ROWS)
def test_a_ruler_named_without_the_number_of_the_reign(card, language, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(card,), language=language)
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right
    if right and answer not in (card.answer, *card.accept) and not any(c.isdigit() or c in "IVX" for c in answer):
        assert verdict.typo  # rated Hard: the number is shown


@pytest.mark.parametrize(("wording", "bare"), [
    ("Olaf II", "Olaf"), ("Haakon IV of Norway", "Haakon of Norway"), ("Pope Leo III", "Pope Leo"),
    ("Harold II (Harold Godwinson)", "Harold (Harold Godwinson)"),
    ("World War II", None), ("chapter IV", None), ("II", None), ("Olaf", None),  # no ruler, or no number
])
def test_the_number_of_a_reign_left_out(wording, bare):
    assert without_reign_number(wording, frozenset(("pope", "king"))) == bare


@pytest.mark.parametrize(("wording", "given", "bare"), [
    ("Haakon IV of Norway", True, "Haakon IV"), ("Haakon IV of Norway", False, None),  # the question names no place
    ("US Secretary of State", True, None), ("the chief priest of Rome", True, None),  # no ruler
])
def test_a_ruler_without_the_place_the_question_gives(wording, given, bare):
    assert unplaced(wording, lambda place: given) == bare
