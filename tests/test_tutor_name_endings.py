"""A Russian noun name in "-ий" keeps its "и" in every case (`tutor.name_endings`): "Аркадий", "Аркадия",
"Аркадием" are one name, so "кто вёл аркадий?" finds "... вёл «Аркадия» ..."; an adjective in "-ий" still drops it
("Великий", "Великого"). Shown on small notes written here (no pack's subject), with questions the notes do not
answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.lexicon_ru_tutor import RUSSIAN_TUTOR
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.name_endings import strip_ending

NOTES = """\
Баржа «Святой Аркадий» вышла из Твери весной 1850 года с грузом соли.
Лоцман Касьян Рябов вёл «Аркадия» вниз по Волге три недели.
У Рыбинска баржа села на мель, и половина соли намокла.
Купец Лопатин продал остаток соли в Ярославле с большой выгодой.
"""
PACK = Pack(id="barzha", title="Баржа", language="ru", cards=(),
            sections=(Section(id="s", title="Баржа с солью", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("кто вел аркадий по волге", "Касьян Рябов"),
    ("откуда вышел святой аркадий", "из Твери"),
])
def test_the_name_is_met_in_every_case(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["кто построил аркадий", "когда аркадий пришел в астрахань",
                                      "сколько стоил святой аркадий"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def _stem(word: str) -> str:
    return strip_ending(word, RUSSIAN_TUTOR.name_endings, RUSSIAN_TUTOR.name_kept)


@pytest.mark.parametrize("forms", [("дмитрий", "дмитрия", "дмитрию", "дмитрием", "дмитрии"),
                                   ("георгий", "георгия", "георгием"), ("великий", "великого", "великому"),
                                   ("тихий", "тихого"), ("нижний", "нижнего", "нижнем")])
def test_every_form_of_a_name_has_one_stem(forms):
    assert len({_stem(f) for f in forms}) == 1
