"""A name given with what describes it: in brackets ("Valdemar IV (Atterdag)") or in an apposition after a comma
("Johann Wittenborg, the mayor of Lübeck", "Ivan III, Grand Prince of Moscow"): the name alone is right, and the name
in the brackets; another name, another reign's number or the description alone is not; two names in a list stay
two (`grading.described`). A name may follow a trade after one word in capitals ("the Silesian priest Jan
Kowal", "Mill's pupil Ann Hollis"), and an apposition begin with a possessive ("Ann Hollis, Mill's pupil"): found by
instructors' reports (a who-card whose answer names a second person). Invented cards on Scandinavian kings,
Hanseatic towns, a Siberian exile and a glassworks."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.described import described_names, fronted_name
from studybot.core.language import language
from studybot.core.packs import Pack, Section
from tests.cards import short

KING = short("Valdemar IV (Atterdag)", prompt="Which Danish king sold the island to the knights?")
MAYOR = short("Johann Wittenborg, the mayor of Lübeck", prompt="Who led the fleet at the sound?")
PRINCE = short("Ivan III, Grand Prince of Moscow", prompt="Who married the Byzantine princess?")
EXILE = short("Пётр Якубович, народоволец", prompt="Кто описал каторгу на Каре?")
KNYAZ = short("Иван III, великий князь московский", prompt="Кто присоединил Новгород?")
ARCHITECT = short("архитектор Огюст Монферран", prompt="Кто поднял колокол на пьедестал?")
ENGINEER = short("the engineer Isambard Kingdom Brunel", prompt="Who designed the ship?")
PRIEST = short("the Silesian priest Jan Kowal", prompt="Who rebuilt the glassworks?")
PUPIL = short("Mill's pupil Ann Hollis", prompt="Who blew the first crown glass?")
PUPIL_AFTER = short("Ann Hollis, Mill's pupil", prompt="Who blew the first crown glass?")
TWO = short("Johann Wittenborg, Bruno Warendorp", prompt="Who were the two mayors who led the fleet?")

ROWS = [
    (KING, "en", "Valdemar IV", True),
    (KING, "en", "Atterdag", True),  # the name in the brackets
    (KING, "en", "Valdemar Atterdag", True),
    (KING, "en", "Valdemar III", False),
    (KING, "en", "Eric VI", False),
    (MAYOR, "en", "Wittenborg", True),
    (MAYOR, "en", "Johann Wittenborg", True),
    (MAYOR, "en", "Bruno Warendorp", False),
    (MAYOR, "en", "the mayor of Lübeck", False),  # the description alone
    (PRINCE, "en", "Ivan III", True),
    (PRINCE, "en", "Ivan IV", False),
    (PRINCE, "en", "Vasily III", False),
    (EXILE, "ru", "Якубович", True),
    (EXILE, "ru", "Пётр Якубович", True),
    (EXILE, "ru", "Фёдор Якубович", False),  # another given name: another person
    (EXILE, "ru", "народоволец", False),
    (KNYAZ, "ru", "Иван III", True),
    (KNYAZ, "ru", "Иван IV", False),
    (TWO, "en", "Johann Wittenborg", False),  # one of two names
    (ARCHITECT, "ru", "Огюст Монферран", True),  # a trade before the name: the name alone
    (ARCHITECT, "ru", "Огюст Растрелли", False),
    (ARCHITECT, "ru", "архитектор", False),
    (ENGINEER, "en", "Isambard Kingdom Brunel", True),
    (ENGINEER, "en", "Marc Isambard Brunel", False),
    # one word in capitals before the trade (a place's adjective, a name's possessive): the name alone still
    (PRIEST, "en", "Jan Kowal", True),
    (PRIEST, "en", "Piotr Kowal", False),
    (PRIEST, "en", "the Silesian priest", False),
    (PUPIL, "en", "Ann Hollis", True),
    (PUPIL, "en", "Mill", False),  # the other person the wording names
    (PUPIL, "en", "Mill's pupil", False),
    (PUPIL_AFTER, "en", "Ann Hollis", True),
    (PUPIL_AFTER, "en", "Hollis", True),
    (PUPIL_AFTER, "en", "Mill", False),
    (PUPIL_AFTER, "en", "Mill's pupil", False),
]


@pytest.mark.parametrize(("card", "language_code", "answer", "right"), ROWS)
def test_a_name_with_its_description(card, language_code, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", ""),), cards=(card,), language=language_code)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


@pytest.mark.parametrize(("wording", "names"), [
    ("Valdemar IV (Atterdag)", ["Valdemar IV", "Atterdag"]),
    ("Valdemar IV (1340-1375)", ["Valdemar IV"]),  # no name in the brackets
    ("Johann Wittenborg, the mayor of Lübeck", ["Johann Wittenborg"]),
    ("Ivan III, Grand Prince of Moscow", ["Ivan III"]),
    ("Иван III, великий князь московский", ["Иван III"]),
    ("Johann Wittenborg, Bruno Warendorp", []),  # a list of two
    ("Johann Wittenborg, not Bruno Warendorp", []),
    ("The Hanse, a league of towns", []),  # no name: a sentence's capital
    ("Lübeck, the queen of the Hanse", []),  # one word: may be any sentence's first
    ("the mayor of Lübeck", []),
    ("Ann Hollis, Mill's pupil", ["Ann Hollis"]),  # a possessive begins the apposition
    ("Ann Hollis, Mill's", []),
    ("Lübeck and Visby", []),
])
def test_described_names(wording, names):
    assert list(described_names(wording, language("ru" if wording[0] in "Ив" else "en").lex.titles)) == names


@pytest.mark.parametrize(("wording", "lang", "name"), [
    ("архитектор Огюст Монферран", "ru", "Огюст Монферран"),
    ("the engineer Isambard Kingdom Brunel", "en", "Isambard Kingdom Brunel"),
    ("русский архитектор Огюст Монферран", "ru", "Огюст Монферран"),  # the word right before the name is a noun
    ("the Silesian priest Jan Kowal", "en", "Jan Kowal"),  # a place's adjective before the trade
    ("Mill's pupil Ann Hollis", "en", "Ann Hollis"),  # a name's possessive before it
    ("the Silesian young Jan Kowal", "en", None),  # an adjective right before the name
    ("Silesian Jan Kowal", "en", None),  # no noun of a trade
    ("Portree in North Uist", "en", None),  # a place in a place: a function word, no trade
    ("Порт-Эллен на Северном Уисте", "ru", None),
    ("southern Ural Mountains", "en", None),  # an adjective: a kind of the place
    ("молодой Пётр Романов", "ru", None),
    ("not Thomas Young", "en", None),
    ("и Огюст Монферран", "ru", None),
    ("архитектор Монферран", "ru", None),  # one word: any sentence's capital
    ("Огюст Монферран", "ru", None),  # nothing before the name
    ("историк Иван Грозный", "ru", None),  # a byname that is an adjective tells two people of one name apart
    ("первый секретарь ЦК КПСС", "ru", None),  # a post of a body named by its capitals: no person
    ("chief engineer of NASA JPL", "en", None),
])
def test_fronted_name(wording, lang, name):
    assert fronted_name(wording, lang) == name
