"""A country before a person's name is no part of it (the grader's people, `people`): "In Norway Harald Vik built
..." names Harald Vik, so his surname alone answers for him, as "Пётр Соколов" after "Швецию"; a country the
language's tables know opens the run ("Norway", "Швецию"), so the country's initial ("N. Vik", "Ш. Соколов") is no
initial of his, and another person's surname still fails. So is a place the texts write after a preposition of place
("near Gull Rock"): "Near Gull Rock Brenner found ..." names Brenner, no "Gull Rock Brenner" sharing his surname.
Invented notes of a boatyard, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN_NOTES = ("The boatyard by the fjord opened long ago. In Norway Harald Vik built the first sloop. "
            "Vik sailed it to the islands. Olaf Brenn sold the sails.")
EN_WHO = {"Harald Vik": "Who built the first sloop?", "Olaf Brenn": "Who sold the sails?"}
RU_NOTES = ("Верфь у фьорда открылась давно. Швецию Пётр Соколов покинул молодым. Соколов увёл его к "
            "островам. Паруса продавал Олаф Бренн.")
RU_WHO = {"Пётр Соколов": "Кто построил первый шлюп?", "Олаф Бренн": "Кто продавал паруса?"}
GRADERS = {"en": Grader(language="en", texts=(EN_NOTES,)),
           "ru": Grader(language="ru", texts=(RU_NOTES,))}


@pytest.mark.parametrize(("language", "answer", "given", "right"), [
    ("en", "Harald Vik", "Vik", True),
    ("en", "Harald Vik", "Harald Vik", True),
    ("en", "Harald Vik", "Brenn", False),
    ("en", "Harald Vik", "Norway Vik", False),  # the country is no given name of his
    ("en", "Harald Vik", "N. Vik", False),
    ("en", "Olaf Brenn", "Vik", False),
    ("ru", "Пётр Соколов", "Соколов", True),
    ("ru", "Пётр Соколов", "Бренн", False),
    ("ru", "Пётр Соколов", "Ш. Соколов", False),
])
def test_a_country_before_a_name_is_no_part_of_it(language, answer, given, right):
    who = EN_WHO if language == "en" else RU_WHO
    card = Card(id="c", section="s", kind="short", prompt=who[answer], answer=answer)
    assert bool(GRADERS[language].grade(card, given).correct) is right


PLACE_NOTES = ("Tomas Brenner ran the ferry. The ferry sank near Gull Rock in a storm. Near Gull Rock Brenner found "
               "the wreck. The ferry was built at Lund Haven by Ada Holt. At Ada Holt's yard Holt built three more.")


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Tomas Brenner", "Brenner", True),  # (read as "Gull Rock Brenner", a second Brenner, it was refused)
    ("Tomas Brenner", "T. Brenner", True),
    ("Tomas Brenner", "G. Brenner", False),
    ("Tomas Brenner", "Holt", False),
    ("Ada Holt", "Holt", True),  # a person's name after "at", ending in a possessive, is still hers
])
def test_a_place_written_after_near_is_no_given_name(answer, given, right):
    grader = Grader(language="en", texts=(PLACE_NOTES,))
    card = Card(id="c", section="s", kind="short", prompt="Who ran the ferry?" if answer == "Tomas Brenner"
                else "Who built the ferry?", answer=answer)
    assert bool(grader.grade(card, given).correct) is right
