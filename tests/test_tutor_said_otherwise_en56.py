"""English words a question uses where the notes say the same by another word of the language (issue #12, round 56):
what an inquiry concludes is what it found, what a watchman spots he saw, a warning or an admission is said; a
century said by its hundreds ("the early 1700s") is the ordinal one
("the eighteenth century"); "at their height" is no height asked; a cable that comes ashore is landed, and one gets
off a ship by leaving it. Shown on small notes written here, with questions they do not answer, which are still
declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.words import Words

MARROW = """\
The town of Marrow lies on a shingle bank at the mouth of the river Tallow.
The inquiry into the loss of the barge Corvin found that her pilot had kept to the usual channel.
At dawn on 3 March 1851 the watchman Olaf Brenn saw smoke above the tannery and rang the town bell.
In 1874 the harbour master Ivo Strand warned that the old pier would not stand another winter.
In the sixteenth century the weavers of Marrow were selling their cloth in Bruges.
By the first years of the eighteenth century the weavers of Marrow were selling their cloth in Ghent.
At their height, in 1820, the rope walks of Marrow employed about 3,000 people.
The telegraph cable from Ghent was landed at Brisk Cove on 9 May 1870.
The master of the barge got a silver medal from the town.
When the barge sank, her master left in the last of the rowing boats.
The smoke above the tannery came from a fire in its drying loft.
The telegraph cable from Ghent was made in London.
The inquiry into the loss of the barge Corvin heard forty witnesses, the pilot among them.
"""


@pytest.fixture(scope="module")
def tutor():
    pack = Pack(id="said-otherwise-en56", title="Marrow", language="en", cards=(),
                sections=(Section(id="marrow", title="Marrow", notes=MARROW),))
    made = Tutor(pack, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "expected"), [
    ("What did the inquiry conclude about the pilot?", "kept to the usual channel"),  # "found that"
    ("Who spotted the smoke above the tannery?", "Olaf Brenn"),  # "saw"
    ("Who said that the old pier would not stand another winter?", "Ivo Strand"),  # "warned that"
    ("Where did the weavers of Marrow sell their cloth in the early 1700s?", "Ghent"),  # "the eighteenth century"
    ("How many people worked in the rope walks at their height?", "3,000 people"),  # no height asked
    ("Where did the telegraph cable come ashore?", "Brisk Cove"),  # "landed"
    ("How did the master get off the barge?", "last of the rowing boats"),  # "left"
])
def test_the_sentence_saying_it_by_another_word_answers(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0], reply.text


@pytest.mark.parametrize("question", [
    "Who spotted the comet over Marrow?",
    "What did the council conclude about the bridge tolls?",
    "How many people lived in Marrow in the 1500s?",
    "How high was the tannery chimney?",
])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    reply = tutor.ask(question)
    assert reply.kind == "decline", reply.text


@pytest.mark.parametrize(("asked", "said"), [
    ("conclude", "found"), ("concluded", "finds"), ("spotted", "saw"), ("spot", "noticed"), ("warned", "said"),
    ("say", "admitted"),
])
def test_the_words_meet_as_one(asked, said):
    words = Words("en")
    keys = [words.keys(w, words.stem(w))[0] for w in (asked, said)]
    assert keys[0] & keys[1], keys


@pytest.mark.parametrize(("asked", "said"), [("spotted", "said"), ("concluded", "warned"), ("received", "gave")])
def test_other_words_stay_apart(asked, said):
    words = Words("en")
    keys = [words.keys(w, words.stem(w))[0] for w in (asked, said)]
    assert not keys[0] & keys[1], keys
