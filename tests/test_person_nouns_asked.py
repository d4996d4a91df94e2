"""A question that asks for a person by a general noun for one ("Which cabin boy ...?", "Which crewman ...?", "Which
fourteen-year-old girl ...?") asks who, so its answer is a person's name whose surname alone and initials answer it
(grading.person_asks): the nouns of young people and of crews are the lexicon's nouns for people, a hyphenated
adjective ("fourteen-year-old", "14-year-old") stands before the noun like any other, and a hyphenated noun is one by
its last word ("crew-member", "vice-president"). Reported by an instructor ("Werner Franz" was not read as a person's
name for "Which fourteen-year-old cabin boy survived ...?"). Invented ships and people."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.person_asks import asks_for_person
from studybot.core.language import language
from studybot.core.packs import Card, Pack, Section


@pytest.mark.parametrize(("prompt", "asks"), [
    ("Which fourteen-year-old cabin boy survived the Orrin wreck?", True),
    ("Which 14-year-old boy survived the Orrin wreck?", True),
    ("Which cabin boy survived?", True),
    ("Which young girl carried the message?", True),
    ("Which crewman raised the alarm?", True),
    ("Which crew-member raised the alarm?", True),
    ("Which vice-president resigned?", True),
    ("Which seaman was lost overboard?", True),
    ("Which US official signed the Velm accord?", True),
    ("Which year-long war ended in 1931?", False),
    ("Which 19th-century treaty ended it?", False),
    ("Which fishing boat sank first?", False),
    ("Which ship sank first?", False),
])
def test_a_noun_for_a_person_asks_who(prompt: str, asks: bool) -> None:
    lang = language("en")
    assert asks_for_person(prompt, "en", lang.stem) is asks


CARDS = (Card(id="a", section="s", kind="short", prompt="Which fourteen-year-old cabin boy survived the Orrin wreck?",
              answer="Tobias Klee"),
         Card(id="b", section="s", kind="short", prompt="Which crewman raised the alarm on the Orrin?",
              answer="Piet Vance"),
         Card(id="c", section="s", kind="short", prompt="Which ship sank off Velm?", answer="Harwick Star"))


@pytest.mark.parametrize(("card", "given", "right"), [
    ("a", "Klee", True),
    ("a", "T. Klee", True),
    ("a", "Tom Klee", False),
    ("b", "Vance", True),
    ("b", "Piet", False),
    ("c", "Star", False),
])
def test_the_surname_alone_answers(card: str, given: str, right: bool) -> None:
    pack = Pack(id="p", title="p", language="en", sections=(Section("s", "S", "The Orrin sailed from Velm."),),
                cards=CARDS)
    verdict = Grader.for_pack(pack).grade(pack.card(card), given)
    assert verdict.correct is right, verdict.trace
