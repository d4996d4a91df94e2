"""A passage taken in place of one that does not tell of the event asked about (`tutor.events.telling_event`) may
leave a name the question gives to the sentences around it or to its section's title: "Кто руководил посевами у
Ракитного?" is answered by "Посевами руководил агроном Иван Брыкин" in the section on the field at Ракитное. Shown
on small notes written here (no pack's subject); a leader the notes do not name is still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

FIELD = """\
План опытных посевов у Ракитного составил профессор Пётр Лунин, но посевы часто гибли от засухи.
Посевами руководил агроном Иван Брыкин.
Пруды у Ракитного вырыли в 1903 году.
"""
MILL = """\
Паровую мельницу в Ольховке построили в 1908 году.
Муку с неё возили в Самару на подводах.
"""
PACK = Pack(id="rakitnoe", title="Опытные поля", language="ru", cards=(), sections=(
    Section(id="field", title="Опытное поле у Ракитного", notes=FIELD),
    Section(id="mill", title="Мельница в Ольховке", notes=MILL)))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


def test_the_leader_is_told_by_a_sentence_that_leaves_the_place_to_its_section(tutor):
    reply = tutor.ask("Кто руководил посевами у Ракитного?")
    assert reply.kind == "answer" and "Брыкин" in reply.text


def test_a_leader_the_notes_do_not_name_is_declined(tutor):
    assert tutor.ask("Кто руководил мельницей в Ольховке?").kind == "decline"
