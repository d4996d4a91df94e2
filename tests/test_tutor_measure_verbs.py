"""A measure adjective with a verb's ending is the question's verb, not a figure asked (`frames.measure_kinds`,
`lexicon_measures.MEASURE_VERB_ENDINGS`): "what slows the wheel?" asks what does it, while "how slow", "what speeds"
and "the costs" still ask a figure. Notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.frames import measure_kinds
from studybot.core.tutor.words import Words

NOTES = """\
The mill wheel of Hartley turns about twelve times a minute in an ordinary spring.
A wooden brake on the axle slows the mill wheel when the stream is in flood.
The miller, Ann Hartley, greased the axle with tallow every week.
In a dry summer the stream warmed and the wheel turned only six times a minute.
"""
PACK = Pack(id="mill", title="The mill", language="en", cards=(),
            sections=(Section(id="s", title="The mill", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("word", "figure"), [
    ("slows", False), ("slowed", False), ("slowing", False), ("warmed", False), ("lowered", False),
    ("slow", True), ("deeper", True), ("speeds", True), ("costs", True), ("heights", True), ("lengths", True),
])
def test_a_measure_word_with_a_verb_ending_asks_no_figure(word, figure):
    assert bool(measure_kinds(Words("en"), word)) is figure


def test_russian_measure_words_keep_their_forms():
    assert measure_kinds(Words("ru"), "высоты") and measure_kinds(Words("ru"), "скоростью")


@pytest.mark.parametrize(("question", "fact"), [
    ("What slows the mill wheel?", "wooden brake"),
    ("How fast does the mill wheel turn?", "twelve times a minute"),
])
def test_what_does_it_is_answered_by_the_act_not_a_figure(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text
