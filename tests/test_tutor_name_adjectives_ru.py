"""A Russian adjective made from a place name whose stem keeps the soft sign ("Ревель": "ревельский") is keyed
with the name's stem, which the stemmer gives without it ("ревел"): "сколько барж было в мирвеле?" finds "... в
Мирвельском затоне", not the barges of another town; shown on small notes written here (no pack's subject, an
invented town), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Артель речников основали в 1884 году на Верхней Вятке.
Зимой 1889 года в Котельничском затоне зимовало девять барж артели.
Зимой 1890 года в Мирвельском затоне зимовало семнадцать барж артели.
Старостой артели был Нил Коробов, бывший бурлак.
Весной баржи уходили вниз по реке с лесом и смолой.
Артель распалась в 1911 году, когда по берегу провели железную дорогу.
"""
PACK = Pack(id="artel", title="Артель", language="ru", cards=(),
            sections=(Section(id="s", title="Артель речников", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def test_the_place_name_meets_its_adjective_with_a_soft_sign(tutor):
    reply = tutor.ask("сколько барж было в мирвеле")
    assert reply.kind == "answer" and "семнадцать" in reply.text and "девять" not in reply.text


@pytest.mark.parametrize("question", ["кто построил затон в мирвеле", "сколько жителей в мирвеле",
                                      "какая погода в мирвеле летом"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_the_adjectives_key_is_the_names_stem(tutor):
    words = tutor.ranker.library.words
    assert words.lang.stem("мирвеле") in words.keys("мирвельском", words.lang.stem("мирвельском"))[0]
