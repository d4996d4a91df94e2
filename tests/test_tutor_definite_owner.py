"""A passage that opens with a definite noun ("The theory was proved in 1931.") speaks of the thing the text last
named by that noun, and of its owner (`given.named_by_description`, English): of Anna Hale after "Anna Hale studied
the dunes. Her theory said ...", though it names no one. And a passage naming a person by a part of the name the text
gave whole before ("Marcus was thrown ...") names them for the choice among candidates too (`Ranker._names`). On
notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.given import named_by_description
from studybot.core.tutor.ranking import Scored
from tests.notes import tutor_on

NOTES = """\
Anna Hale studied the dunes of the Kell estuary for twenty years.
Her theory said that the dunes moved inland with the winter gales.
Each gale carried sand from the beach over the old dunes to build new ones behind them.
The theory was proved in 1931, when surveyors measured the dunes again.

Tom Berg mapped the salt marsh behind the dunes and had a theory of his own.
Anna Hale thought it wrong.
The theory was forgotten after his death.
"""

TUTOR = tutor_on(NOTES, "The Kell estuary")


def _doc(opening: str):  # type: ignore[no-untyped-def]
    return next(d for d in TUTOR.docs if d.text.startswith(opening))


def _person(question: str, name: str):  # type: ignore[no-untyped-def]
    asked = TUTOR.analyser.question(question, normalise(question))
    assert asked is not None
    return asked, next(u for u in asked.units if u.text == name)


@pytest.mark.parametrize(("opening", "question", "name", "spoken_of"), [
    # "Her theory" right after the sentence naming her is the theory "The theory" points back to
    ("The theory was proved", "How was Hale's theory proved?", "hale", True),
    ("The theory was proved", "How was Berg's theory proved?", "berg", False),
    # the nearest theory before is Tom Berg's, named in its own sentence, not Anna Hale's
    ("The theory was forgotten", "Was Berg's theory forgotten?", "berg", True),
    ("The theory was forgotten", "Was Hale's theory forgotten?", "hale", False),
    ("Each gale carried sand", "How did Hale's gale carry sand?", "hale", False),  # no definite noun opens it
])
def test_a_definite_noun_speaks_of_its_owner_named_before(opening: str, question: str, name: str,
                                                         spoken_of: bool) -> None:
    _, unit = _person(question, name)
    assert named_by_description(_doc(opening), unit, TUTOR.library) is spoken_of


FERRY = """\
Marcus Lenk, the younger brother of the mayor, ran the ferry across the Kell.
The old ferryman died in 1840 and left Marcus Lenk the boat.
Marcus was thrown from his horse on the harbour road and died in 1860.
"""


def test_a_part_of_a_name_given_whole_before_names_the_person_for_the_choice() -> None:
    section = Section(id="s", title="The Kell ferry", notes=FERRY)
    tutor = Tutor(Pack(id="t", title="The Kell ferry", sections=(section,), cards=(), language="en",
                       aliases={"Marcus Lenk": ("Lenk",)}), language="en", cache=False)  # one unit of the full name
    asked = tutor.analyser.question("How did Marcus Lenk die?", normalise("How did Marcus Lenk die?"))
    assert asked is not None
    doc = next(d for d in tutor.docs if d.text.startswith("Marcus was thrown"))
    assert tutor.ranker._names(asked, Scored(1.0, 1.0, 1.0, doc))
