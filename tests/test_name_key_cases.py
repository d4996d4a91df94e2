"""A Russian name ending in a consonant has one key in all its cases (`name_spellings.whole_stem`): the stemmer
reads a verb's or an adjective's ending into the nominative and genitive of some ("Юхан", "Иван": "юха", "ива";
"Эрлих": "эрл"), so a person named in the notes in another case ("при Юхане Стрельберге") was taken for another
given name beside the surname, and the surname alone no longer named them. Adjectives' and other names' forms
keep the stemmer's key. Invented names."""

from __future__ import annotations

import pytest

from studybot.core.aliases import Aliases
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card, Pack, Section

KEY = Aliases({}, language("ru")).name_key


@pytest.mark.parametrize("forms", [
    ("юхан", "юхана", "юхану", "юханом", "юхане"),
    ("иван", "ивана", "ивану", "иваном", "иване"),
    ("эрлих", "эрлиха", "эрлиху", "эрлихом", "эрлихе"),
    ("стефан", "стефана", "стефаном"),
    ("хаббл", "хаббла", "хабблом"),
    ("павел", "павла", "павлом"),
    ("кутузов", "кутузова", "кутузовым"),
    ("анна", "анны", "анне", "анной"),
    ("толстой", "толстого", "толстому", "толстым"),
])
def test_a_name_has_one_key_in_all_its_cases(forms):
    assert len({KEY(f) for f in forms}) == 1, {f: KEY(f) for f in forms}


@pytest.mark.parametrize(("a", "b"), [("иван", "ива"), ("юхан", "юха"), ("эрлих", "эрл"), ("павел", "пава")])
def test_other_names_keep_their_own_key(a, b):
    assert KEY(a) != KEY(b)


NOTES = """\
Порт Кальта построили при министре финансов Юхане Стрельберге в 1610 году.
Маяк построил другой мастер, Иван Бранд, позже.
"""
CARDS = (Card(id="port", section="s", kind="short", prompt="Кто был министром финансов, когда строили порт?",
              answer="Юхан Стрельберг", explanation="В 1610 году."),)
PACK = Pack(id="kalta", title="Кальта", language="ru", cards=CARDS,
            sections=(Section(id="s", title="Порт Кальта", notes=NOTES),))


@pytest.mark.parametrize(("answer", "right"), [
    ("Стрельберг", True),
    ("Стрельбергом", True),
    ("Ю. Стрельберг", True),
    ("Юхан Стрельберг", True),
    ("Иван Стрельберг", False),  # another given name
    ("Бранд", False),  # another person of the pack
    ("Стрельбах", False),
])
def test_a_surname_alone_names_one_named_in_another_case(answer, right):
    assert Grader.for_pack(PACK).grade(CARDS[0], answer).correct is right
