"""A Russian noun in "-аль" / "-яль" / "-иль" / "-ыль" meets its forms in "-и", which Snowball stems as a verb's past
("спирали" as "спира", "медали" as "меда", "автомобили" as "автомоб"), and a noun in "-ыт" its other forms, from
which Snowball cuts its nominative as a verb's present ("опыт" as "оп", "опыта" as "опыт";
`lexicon_ru_nouns.FLEETING_VOWEL`): shown on small notes written here (no pack's subject), with questions the notes do
not answer still declined."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_ru_nouns import FLEETING_VOWEL
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Часовщик Тихон Ерофеев из Тулы собрал первые в городе часы с плоской стальной пружиной в 1794 году.
Пружину в виде двойной спирали для заводного механизма предложил его ученик Прохор Белых.
Городская управа наградила Ерофеева серебряной медалью за часы на ратуше.
Мастерская Ерофеева стояла на Посольской улице до пожара 1834 года.
Первые автомобили в Туле появились в 1908 году; их привезли из Москвы по железной дороге.
В 1912 году купец Лаптев открыл в Туле гараж и мастерскую по ремонту экипажей.
"""
PACK = Pack(id="chasy", title="Часы", language="ru", cards=(),
            sections=(Section(id="s", title="Тульские часовщики", notes=NOTES),))


CHEMIST_NOTES = """\
Аптекарь Игнат Журов из Костромы в 1832 году описал свой опыт с янтарём и шерстью.
Для этого опыта Журов натирал янтарную палочку куском сукна.
Костяную палочку для порошков Журов натирал маслом.
Свой первый магнит Журов купил у проезжего торговца за три рубля.
Журов держал аптеку на Рыбной улице до 1850 года.
"""
CHEMIST_PACK = Pack(id="zhurov", title="Журов", language="ru", cards=(),
                   sections=(Section(id="s", title="Аптекарь Журов", notes=CHEMIST_NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.fixture(scope="module")
def chemist() -> Tutor:
    return Tutor(CHEMIST_PACK, cache=False)


@pytest.mark.parametrize(("question", "said"), [
    ("чем журов натирал палочку, когда ставил опыт?", "куском сукна"),  # "опыт" / "опыта"
])
def test_a_noun_in_ыт_meets_its_other_forms(chemist, question, said):
    reply = chemist.ask(question)
    assert reply.kind == "answer" and said in reply.text


@pytest.mark.parametrize("question", ["у кого журов купил компас?", "сколько стоил компас журова?"])
def test_what_the_chemist_notes_do_not_say_is_still_declined(chemist, question):
    assert chemist.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "said"), [
    ("кто придумал двойную спираль для заводного механизма?", "Прохор Белых"),  # "спираль" / "спирали"
    ("кто предложил спираль для механизма?", "Прохор Белых"),  # the same word, one case
    ("какие медали получил ерофеев?", "серебряной медалью"),  # "медали" / "медалью"
])
def test_the_noun_meets_its_forms_in_и(tutor, question, said):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and said in reply.text


@pytest.mark.parametrize("question", ["кто придумал спираль для часов на ратуше в москве?",
                                      "какой трамвай ходил по туле?", "кто построил в туле первый автомобиль?"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("word", "key"), [
    ("спираль", "спира"), ("медалью", "меда"), ("магистралями", "магистра"), ("автомобиля", "автомоб"),
    ("профиль", "проф"), ("сталь", None), ("стиль", None), ("начале", None), ("отец", "отц"), ("опыт", "опыт"),
    ("сбыт", "сбыт"), ("опыта", None), ("магнит", None), ("говорит", None)])
def test_the_key_is_the_stem_of_the_form_in_и(word, key):
    found = re.match(FLEETING_VOWEL, word)
    assert ("".join(part for part in found.groups() if part) if found else None) == key
