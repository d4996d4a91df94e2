"""One thing named by a word of another part of speech: relational adjectives ("the presidential
election" / "the election of the president", "морская торговля" / "торговля по морю") and nouns of
action ("the signing of the pact" / "the pact was signed", "подписание договора" / "договор подписали").

Every card is made up on subjects of no pack; each row says what a fair teacher would mark. Traps:
an adjective with another meaning than the noun it looks made from, a negated form, the other way round.
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import explain, short

EN = Grader()
RU = Grader(language="ru")


@pytest.mark.parametrize(("answer", "given", "right"), [
    # -ial, -al, -ar with its vowel change, -an, -ic, -ary, -ous, -ese, -ish: the adjective of a noun
    ("the presidential election", "the election of the president", True),
    ("the muscular wall", "the wall of muscle", True),
    ("the coastal towns", "the towns on the coast", True),
    ("the Roman army", "the army of Rome", True),
    ("a volcanic eruption", "an eruption of a volcano", True),
    ("the planetary orbits", "the orbits of the planets", True),
    ("a mountainous region", "a region of mountains", True),
    ("the tribal council", "the council of the tribe", True),
    ("the cellular membrane", "the membrane of the cell", True),
    ("the circular walls", "the walls in a circle", True),
    ("the parental home", "the home of the parents", True),
    ("the Chinese emperor", "the emperor of China", True),
    ("the molecular weight", "the weight of the molecule", True),
    ("the glacial valley", "a valley carved by a glacier", True),
    ("the dictatorial regime", "the regime of a dictator", True),
    # Latinate adjectives whose noun is another word
    ("solar energy", "energy from the sun", True),
    ("a lunar eclipse", "an eclipse of the moon", True),
    ("the royal palace", "the palace of the king", True),
    ("a naval base", "a base of the navy", True),
    ("maritime trade", "trade by sea", True),
    ("urban growth", "the growth of cities", True),
    ("rural schools", "schools in the countryside", True),
    ("dental decay", "decay of the teeth", True),
    ("cardiac muscle", "the muscle of the heart", True),
    ("pulmonary veins", "the veins of the lungs", True),
    ("renal failure", "failure of the kidneys", True),
    ("hepatic cells", "the cells of the liver", True),
    ("the nasal cavity", "the cavity of the nose", True),
    ("oral tradition", "tradition by mouth", True),
    ("manual labour", "labour by hand", True),
    ("the paternal line", "the line of the father", True),
    ("maternal care", "care by the mother", True),
    ("terrestrial animals", "animals living on the earth", True),
    ("aquatic plants", "plants living in water", True),
    ("ocular muscles", "the muscles of the eye", True),
    ("the vertebral column", "the column of vertebrae", True),
    # nouns of action and their verbs
    ("the signing of the pact", "the pact was signed", True),
    ("the construction of the canal", "the canal was built", True),
    ("the destruction of the bridge", "the bridge was destroyed", True),
    ("the decision to leave", "they decided to leave", True),
    ("the invasion of the island", "they invaded the island", True),
    ("the expansion of the port", "the port was expanded", True),
    # traps: another meaning, another thing, a negation
    ("the presidential election", "the election of the parliament", False),
    ("the coastal towns", "the towns in the mountains", False),
    ("solar energy", "energy from the moon", False),
    ("a physical exam", "an exam by a physician", False),
    ("the general staff", "the staff of the genes", False),
    ("civil war", "war of the city", False),
    ("the destruction of the bridge", "the bridge was not destroyed", False),
    ("the royal palace", "the palace of the bishop", False),
    ("cardiac muscle", "the muscle of the lungs", False),
    # the other way round: an adjective of the answer that the reference names as a noun qualifies another thing
    ("the aorta", "the aortic valve", False),
])
def test_english_relational(answer, given, right):
    assert EN.grade(short(answer), given).correct is right


@pytest.mark.parametrize(("answer", "given", "right"), [
    # -ск-, -еск-, -ическ-, -н- with its consonant alternations, -ов-/-ев-, -ин-
    ("морская торговля", "торговля по морю", True),
    ("речной порт", "порт на реке", True),
    ("экономический кризис", "кризис экономики", True),
    ("вулканическое извержение", "извержение вулкана", True),
    ("солнечная энергия", "энергия солнца", True),
    ("ручной труд", "труд руками", True),
    ("береговая линия", "линия берега", True),
    ("московский купец", "купец из Москвы", True),
    ("королевский дворец", "дворец короля", True),
    ("городские власти", "власти города", True),
    ("лесной пожар", "пожар в лесу", True),
    ("горная дорога", "дорога в горах", True),
    ("книжная лавка", "лавка книг", True),
    ("железная руда", "руда железа", True),
    ("мышечная ткань", "ткань мышц", True),
    ("дубовая роща", "роща дубов", True),
    ("материнская забота", "забота матери", True),
    # nouns of action and their verbs in any form, passive participles
    ("подписание договора", "договор подписали", True),
    ("разрушение моста", "мост разрушили", True),
    ("строительство крепости", "крепость строили", True),
    ("открытие острова", "остров открыл", True),
    ("мост был разрушен", "мост разрушили", True),
    ("крепость была построена", "крепость построили", True),
    ("продажа земли", "землю продали", True),
    # traps: another meaning, another thing, a negation
    ("мост был разрушен", "мост не разрушили", False),
    ("морская торговля", "торговля по реке", False),
    ("морская торговля", "мор в торговле", False),
    ("речной порт", "порт на море", False),
    ("солнечная энергия", "энергия луны", False),
    ("подписание договора", "договор не подписали", False),
    ("вулкан", "вулканический остров", False),
])
def test_russian_relational(answer, given, right):
    assert RU.grade(short(answer), given).correct is right


@pytest.mark.parametrize(("point", "given", "right"), [
    ("the coastal towns were flooded", "the sea flooded the towns on the coast", True),
    ("the royal treasury was empty", "the king's treasury was empty", True),
    ("the royal treasury was empty", "the bishop's treasury was empty", False),
])
def test_keypoints_relational(point, given, right):
    assert EN.grade(explain(point), given).correct is right
