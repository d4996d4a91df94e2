""""Сколько X?" with X in the genitive singular ("сколько места", "сколько торфа") asks an amount of a mass, which
any figure of it answers (a share, a thickness), not a count of things, which Russian asks in the genitive plural
("сколько мест", "сколько станций") and a figure counting them answers (`nouns_ru.mass_genitive`). Shown on small
notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
Запятые в старых вельских книгах занимали много места: на них приходилось около 3% всех печатных знаков.
На болоте у Вельска слой торфа обычно имеет толщину 2–4 метра.
В Вельске работали четыре типографии и две переплётные мастерские.
"""
PACK = Pack(id="velsk", title="Вельск", language="ru", cards=(),
            sections=(Section(id="s", title="Книги и болота", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("Сколько места занимали запятые в старых книгах?", "3%"),
    ("скока места занимали запятые", "3%"),
    ("сколько торфа на болоте у вельска", "2–4 метра"),
    ("Сколько типографий работало в Вельске?", "четыре типографии"),
])
def test_an_amount_of_a_mass_is_answered_by_its_figure(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "counted"), [
    ("Сколько места занимали запятые?", set()),
    ("сколько торфа на болоте", set()),
    ("Сколько типографий работало в Вельске?", {"типограф"}),
])
def test_what_is_counted(tutor, question, counted):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and set(asked.counted) == counted
