"""What someone said about a topic, asked in English (issue #12, round 38, `tutor.about_topic`): "what did the mayor
say about the toll?" is answered by a sentence telling of the toll, not by the mayor's words on something else in a
section whose title names the toll; with none such, the question is declined. Shown on small notes written here."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

BRIDGE = """\
In March 1880 the mayor Olga Brandt called the new bridge over the Wend "a waste of the town's money".
The council voted to build it anyway, by nine votes to four.
The bridge opened in 1884; its iron came from the foundries of Kell.
"""
TOLL = """\
A toll of one penny was charged on the bridge until 1901.
Carters paid twice as much, and the toll keeper lived in a lodge at the eastern end.
"""
MARKET = """\
The mayor Olga Brandt said the new market hall would bring trade back to the old town.
The market hall opened in 1886 on the site of the old wool store.
"""


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="about-topic", title="Wend", language="en", cards=(),
                sections=(Section(id="bridge", title="The bridge and its toll", notes=BRIDGE),
                          Section(id="toll", title="Paying to cross", notes=TOLL),
                          Section(id="market", title="The market hall", notes=MARKET)))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("what did Brandt say about the bridge?", "a waste of the town's money"),
    ("what did the mayor say about the market hall?", "bring trade back"),
])
def test_what_was_said_of_the_topic_answers(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "what did Brandt say about the toll?",  # her words are on the bridge, under a title naming the toll
    "what did Olga Brandt think about the toll?",
])
def test_words_on_another_topic_do_not_answer(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "decline", reply.text
