"""English phrasal verbs and idioms a question uses where the notes say the thing in plain words (issue #12, round
40): "end up doing" frames an outcome (why did they end up doing it: why did they do it), "bounce back" is recover,
"get off lightly" is suffer little. Shown on small notes written here, with
questions they do not answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.words import Words

TOWN = """\
The weavers of Dunmore opposed the new canal at first.
The weavers of Dunmore soon became the canal's busiest users, because it cut the cost of carrying wool to the coast.
The port of Wendel suffered few deaths in the fever of 1831, reportedly because its harbour master closed the quays.
The fever killed a third of the people of Ostby, the market town upriver.
"""
FIELDS = """\
A burnt heath can recover in 8 to 12 years where sheep are kept off it.
The cast-iron plough of Jon Marten was cheaper and lighter to pull than the wooden one, so it came into wide use in
the 1840s.
The seed drill was first built in the county in 1851 by the smith Ada Frey.
"""


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="phrasal-en40", title="Dunmore", language="en", cards=(),
                sections=(Section(id="town", title="The town", notes=TOWN),
                          Section(id="fields", title="The fields", notes=FIELDS)))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("why did the weavers end up using the canal?", "cut the cost"),  # "became its busiest users, because"
    ("why did the Dunmore weavers end up using the canal so much if they opposed it?", "cut the cost"),
    ("how long does a heath take to bounce back after a fire?", "8 to 12 years"),  # "can recover in"
    ("why did Wendel get off lightly in the fever?", "closed the quays"),  # "suffered few deaths"
])
def test_the_plain_words_of_the_notes_answer(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "how long does a forest take to bounce back after a storm?",  # the notes tell of a heath only
    "why did Ostby get off lightly in the fever?",  # a third of its people died
    "why did the weavers end up striking?",  # no strike is told
])
def test_what_the_notes_do_not_tell_is_declined(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "decline" or reply.no_reason, reply.text


@pytest.mark.parametrize(("text", "said", "unsaid"), [
    ("Why did the town end up selling the mill?", {"selling"}, {"end"}),
    ("Why did the town end up in debt?", {"end"}, set()),  # no verb after it: "end up in" is left as it is
    ("How fast did the crops bounce back?", {"recover"}, {"bounce"}),
    ("Did the village get off lightly?", {"suffer", "little"}, {"lightly"}),
])
def test_the_phrase_is_read_in_plain_words(text, said, unsaid):
    words = Words("en").prepare(text).words
    assert said <= set(words) and not unsaid & set(words), words
