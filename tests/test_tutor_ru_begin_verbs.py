"""A Russian verb of beginning before an infinitive only frames the question, in any tense, as its past form did
("стала называться"): "с какого мороза начинает губить сливы?" asks what frost kills the plums, which the notes
say without any "начинать" ("мороз ниже минус 30 °C губит корни молодых слив"). Shown on small notes written here
(no pack's subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Сад Лоренца Кима заложили на северном склоне холма в 1902 году.
Мороз ниже минус 30 °C губит корни молодых слив, поэтому осенью стволы укрывают соломой.
Весной сторож Ким Лори поднимает заслонки пруда, и талая вода заливает нижние грядки.
Урожай слив продавали в соседнем городе Варне по субботам.
Сбор слив начинался в конце августа и длился две недели.
"""
PACK = Pack(id="sad", title="Сад на холме", language="ru", cards=(),
            sections=(Section(id="s", title="Сад Лоренца Кима", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("с какого мороза начинает губить сливы на склоне?", "минус 30"),  # present
    ("с какого мороза начинают губить сливы на склоне?", "минус 30"),  # present plural
])
def test_a_verb_of_beginning_before_an_infinitive_frames_the_question(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", [
    "когда начинает цвести сирень на склоне?",  # the notes name no lilac
    "с какого мороза начинает трескаться кора на склоне?",  # nor say what cracks
])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
