"""A Russian past passive participle whose root's consonant alternates meets the verb's other forms
(`tutor.mutations_ru`): "изображён" / "изобразил", "награждён" / "наградила", "запрещено" / "запретили"; shown on
small notes written here (no pack's subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.mutations_ru import mutated_stems

NOTES = """\
Фонтан на Соборной площади построил инженер Карпов в 1887 году.
На чаше фонтана мастер изобразил двух львов и старый герб города.
Городская дума наградила Карпова золотой медалью в 1888 году.
Купаться в фонтане запретили в 1895 году после несчастного случая.
Насос фонтана запустили в мае 1887 года, и вода пошла по трубам из реки.
В 1910 году фонтан украсили бронзовыми фигурами рыб.
"""
PACK = Pack(id="fontan", title="Фонтан", language="ru", cards=(),
            sections=(Section(id="s", title="Фонтан на Соборной площади", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("кто изображен на чаше фонтана", "львов"),
    ("чем был награжден карпов", "золотой медалью"),
    ("когда было запрещено купаться в фонтане", "1895"),
    ("когда был запущен насос фонтана", "в мае 1887"),
    ("когда фонтан был украшен фигурами", "1910"),
])
def test_the_participle_meets_the_verb(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["когда был запущен первый трамвай", "чем был награжден архитектор Петров",
                                      "кем был запрещен городской театр", "кто изображен на гербе губернии"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("participle", "stem"), [("изображен", "изобраз"), ("награждена", "наград"),
                                                  ("запрещено", "запрет"), ("запущенный", "запуст"),
                                                  ("приглашены", "приглас"), ("украшен", "украс"),
                                                  ("заплачен", "заплат")])
def test_the_participle_has_the_stem_of_the_verb(participle, stem):
    assert stem in mutated_stems(participle)


@pytest.mark.parametrize("word", ["изображали", "изобразил", "обнаружил", "брошен", "прощен", "ученый", "держал",
                                  "изображение", "сражался"])
def test_no_stem_for_other_words(word):
    assert mutated_stems(word) == frozenset()
