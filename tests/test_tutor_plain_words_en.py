"""Plain words a learner asks with in English that the notes say otherwise or not at all: a reflexive pronoun
stressing the doer ("do it herself") and the learner's own pronouns ("different from ours") say no fact; "turn X into
Y" is to make X into Y; "look for" is to search for; "throw (kick) X out" is to expel X; "dad" and "mum" are "father"
and "mother"; and "hibernate" is no word for winter (Snowball stems it as "hibernal", the Latinate adjective of
winter). A question whose other words the notes do not say is still declined. Invented notes (a lighthouse, a forge,
a stud farm, a goat farm), never a pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = ("The Skerry light was built in 1821 on a reef off Calder Point.\n"
         "Ada Venn, the first keeper, could not mend the great lens, because its glass had cracked in a frost.\n"
         "The lens of the Skerry light is made of ninety prisms, while a ship's lantern has a single plain glass.\n"
         "The smiths at Calder could not make the bog ore into good iron, because it held too much sulphur.\n"
         "In spring the herders of Calder search for fresh grazing on the high slopes.\n"
         "The foal Ember was born in 1830; her father was a grey stallion from Harlow and her mother a bay mare.\n"
         "In winter the moor is under snow and the ponies are brought down to the farms.\n"
         "The dormouse stores nuts for the winter in a hollow tree.\n"
         "The dormouse does not hibernate; it wakes every few days to eat.\n"
         "Each autumn the farmers expel the goats from the high pastures, because the grass stops growing.\n")


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Calder Point")


@pytest.mark.parametrize(("question", "fact"), [
    ("Why couldn't Ada Venn mend the lens herself?", "glass had cracked"),  # the doer stressed: no fact of it
    ("How is the lens of the Skerry light different from ours?", "ninety prisms"),  # the learner's own pronoun
    ("Why couldn't the smiths turn the bog ore into good iron?", "too much sulphur"),  # "turn X into Y": make
    ("What do the herders look for in spring?", "fresh grazing"),  # "look for": search for
    ("Who was Ember's dad?", "grey stallion"),  # "dad": father
    ("Who was Ember's mum?", "bay mare"),
    ("Does the dormouse hibernate in winter?", "does not hibernate"),  # not the sentence that only says "winter"
    ("Why do the farmers throw the goats out each autumn?", "grass stops growing"),  # "throw X out": expel
])
def test_a_plain_word_is_read_as_the_notes_say_it(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact), tutor.ask(question).text


@pytest.mark.parametrize("question", [
    "Why couldn't the weavers mend the boats themselves?",  # no weavers, no boats
    "How are the keeper's boats different from ours?",  # no boats
    "Why couldn't the herders turn the ponies into foals?",  # nothing of the herders' ponies
    "What do the fishermen look for in autumn?",  # no fishermen
    "Who was the keeper's dad?",  # the notes name no keeper's father
    "Who was Ember's uncle?",
    "Does the keeper hibernate in winter?",
    "Why do the weavers kick the apprentices out?",
])
def test_what_the_notes_do_not_say_is_still_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline", tutor.ask(question).text


def _units(tutor: Tutor, question: str) -> dict[str, frozenset[str]]:
    """A question's units: each word and its strong keys."""
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return {u.text: u.strong for u in asked.units}


@pytest.mark.parametrize(("question", "word", "unit"), [
    ("Why couldn't Ada Venn mend the lens herself?", "herself", False),  # a stress the notes never write
    ("Why did the smiths make the ore into iron themselves?", "themselves", False),
    ("How is the lens different from ours?", "ours", False),
    ("How is the lens different from yours?", "yours", False),
    ("Why couldn't the smiths turn the bog ore into iron?", "make", True),  # "turn X into Y": make X into Y
    ("Why couldn't the smiths turn the bog ore into iron?", "turn", False),
    ("When did the herders turn back?", "turn", True),  # no "into": turning is turning
    ("When did the herders turn down the offer?", "make", False),
    ("What did the herders look for?", "search", True),
    ("What did the herders look at?", "look", True),  # only "look for" is searching
    ("Why do the farmers throw the goats out?", "expel", True),  # "throw (kick) X out": expel X
    ("Why did the farmers kick out the goats?", "expel", True),
    ("Why do the farmers throw the goats out?", "throw", False),
    ("What did the farmers throw into the pond?", "throw", True),  # no "out": throwing is throwing
])
def test_a_plain_word_is_read_as_its_unit(tutor: Tutor, question: str, word: str, unit: bool) -> None:
    assert (word in _units(tutor, question)) is unit


def test_hibernating_is_no_word_for_winter(tutor: Tutor) -> None:
    units = _units(tutor, "Does the dormouse hibernate in winter?")
    assert not units["hibernate"] & units["winter"]
