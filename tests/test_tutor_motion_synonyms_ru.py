"""A synonym of a Russian question's verb that is a prefixed verb of going meets all its forms (`tutor.motion_ru`,
`stem_motion_keys`): "прибыл" is given "прийти" / "пришли" by the synonym table, and meets "пришёл", "приходил";
shown on small notes written here (no pack's subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.motion_ru import stem_motion_keys

NOTES = """\
Паром «Ласточка» построили в 1911 году на верфи в Сормове для переправы через Каму.
Летом 1912 года паром пришёл в Пермь и стал возить подводы с одного берега на другой.
За день он делал до сорока рейсов и перевозил около трёхсот подвод.
Капитаном парома был Аким Сысоев, бывший лоцман с Волги.
Весной паром стоял у пристани, пока по реке шёл лёд.
Паром списали в 1936 году, когда через Каму построили мост.
"""
PACK = Pack(id="parom", title="Паром", language="ru", cards=(),
            sections=(Section(id="s", title="Паром «Ласточка» на Каме", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def test_a_synonym_that_is_a_verb_of_going_meets_its_past(tutor):
    reply = tutor.ask("когда паром прибыл в пермь")
    assert reply.kind == "answer" and "1912" in reply.text


@pytest.mark.parametrize("question", ["когда паром прибыл в казань", "кто встречал паром когда он прибыл",
                                      "сколько стоил билет на паром"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_only_an_infinitive_or_a_past_of_going_gets_the_key():
    assert stem_motion_keys(frozenset({"прийт"})) == stem_motion_keys(frozenset({"приш"})) == {"zmпри"}
    assert stem_motion_keys(frozenset({"приеха", "достав"})) == frozenset()
