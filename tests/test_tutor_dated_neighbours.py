"""A "when was the X?" question that names an event by its noun is answered by the sentence that names that event with
the sentence next to it that dates it (issue #12, round 57; `tutor.opening_dates`): the next sentence opening with a
date ("... led the first great flood of the valley. On 3 March 1851, ...") or the sentence before, which the answer
goes on from by its pronoun ("On 9 June 1862 ... set off from Brisk. It was the first crossing of the bay by
steamer."). A question with a verb of its own ("When was Olaf Brenn born?") is not answered so: the next sentence's
date is another event's. Shown on small notes written here."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.opening_dates import asks_event_noun, opens_with_date

NOTES = """\
The engineer Olaf Brenn planned the first great dam of the Tallow valley.
On 3 March 1851, after a week of rain, the dam gave way and the water swept through the mill town of Orvel.
Olaf Brenn had been born a farmer's son and had taught himself to draw.
In 1860 the council of Orvel made him its surveyor.
The ferryman Ivo Strand built a small paddle boat in his yard at Brisk.
On 9 June 1862 Ivo Strand and his brother set off from Brisk in the boat and reached Marrow by night.
It was the first crossing of the bay by steamer.
"""


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="dated-neighbours", title="Orvel", language="en", cards=(),
                sections=(Section(id="orvel", title="The Tallow valley", notes=NOTES),))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("When was the first great dam failure?", "3 March 1851"),  # the sentence after dates it
    ("When was the first crossing of the bay by steamer?", "9 June 1862"),  # the sentence before, by "It"
])
def test_the_sentence_next_to_the_event_dates_it(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in " ".join(reply.sentences), reply.text


def test_a_verb_of_the_question_is_not_dated_by_the_next_sentence(tutor):
    reply = tutor.ask("When was Olaf Brenn born?")
    assert "1860" not in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize(("question", "asks"), [
    ("when was the first gas attack?", True), ("when were the riots", True), ("when was the tank built?", False),
    ("when was olaf brenn born?", False), ("when was the bridge opened?", False), ("when did the war end?", False),
])
def test_a_question_asks_of_an_event_by_its_noun(question, asks):
    assert asks_event_noun(question, "en") is asks


@pytest.mark.parametrize(("sentence", "opens"), [
    ("On 22 April 1915, near the town, soldiers opened the cylinders.", True), ("In 1915 the war went on.", True),
    ("In the spring of 1912 she left.", True), ("On the night of 14 April 1912 the ship sank.", True),
    ("The war went on in 1915.", False), ("In the town 1915 people lived.", False), ("On Monday it rained.", False),
])
def test_a_sentence_opens_with_its_date(sentence, opens):
    assert opens_with_date(sentence, "en") is opens
