"""A passage that says where (`tutor.otherwise.says_where`): a verb or phrase of location or of motion to a place
("takes place in", "is located", "carried into", "находится", "у берега", "на севере") gives the kind of answer "where?"
asks, though the place is no name ("in the cytoplasm"); a bare "into" ("develop into") or "стоит" (also "costs") does
not. Shown on a table of sentences and a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, ranking
from studybot.core.tutor.otherwise import says_where

SAYS = [
    "Fermentation of the dough takes place in a warm cupboard.",
    "The press was located in a cellar under the chapel.",
    "The grain is carried into the upper loft by a chain of buckets.",
    "The flour is packed into sacks on the lower floor.",
    "The village lies north of the marsh.",
    "Мельница находится у западного берега пруда.",
    "Склад расположен на севере посёлка.",
    "Брожение происходит в деревянной кадке.",
]
SAYS_NOT = [
    "The larvae develop into adult beetles in three weeks.",  # a bare "into": a change, no place
    "The mill stands idle in winter.",  # "stands" tells a state as often as a place
    "Мука стоит дорого.",  # "стоит": costs
    "The miller sold the flour to the bakers.",
    "Мельник продал муку пекарям.",
]


@pytest.mark.parametrize("sentence", SAYS)
def test_a_verb_or_phrase_of_location_says_where(sentence):
    assert says_where(sentence)


@pytest.mark.parametrize("sentence", SAYS_NOT)
def test_other_sentences_do_not(sentence):
    assert not says_where(sentence)


NOTES = """\
The mill at Harrow Ford grinds rye for the whole valley.
Rye from the upper farms reaches the mill by cart.
The rye is dried for two days.
Damp grain clogs the stones of the mill.
The rye of the valley farms is dried inside a kiln that is located behind the mill.
"""
PACK = Pack(id="mill", title="A mill", cards=(), sections=(Section(id="m", title="The mill", notes=NOTES),))


def test_where_is_answered_by_the_passage_that_says_where(monkeypatch):
    question = "Where is the rye dried?"
    reply = Tutor(PACK, cache=False).ask(question)
    kiln = "The rye of the valley farms is dried inside a kiln"
    assert reply.kind == "answer" and reply.sentences[0].startswith(kiln)
    monkeypatch.setattr(ranking, "says_where", lambda text: False)
    without = Tutor(PACK, cache=False).ask(question)
    assert not (without.kind == "answer" and without.sentences[0].startswith(kiln))  # another comes first


# "where was X found?" asks where X was come upon, told with "found"; "where is X found?" where X is (framing verbs)
FIND = """\
The brass bell is the oldest object in the town museum.
Two fishermen found the brass bell in 1851 near the mouth of the Orle.
The bell weighs about 90 kg.
Bells of that kind are found in the chapels of the coast.
"""
BELL = Pack(id="bell", title="The bell", cards=(), sections=(Section(id="b", title="The bell", notes=FIND),))


@pytest.mark.parametrize(("question", "opening"), [
    ("Where was the brass bell found?", "Two fishermen found"),
    ("where were the bell found", "Two fishermen found"),
    ("Where is the brass bell kept?", "The brass bell is the oldest object"),
])
def test_where_was_it_found_is_the_finding(question, opening):
    reply = Tutor(BELL, cache=False).ask(question)
    assert reply.kind == "answer" and reply.sentences[0].startswith(opening), reply.text
