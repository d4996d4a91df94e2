"""A question's noun said otherwise by the notes, as one meaning in the tutor's general groups (`lexicon_verb_pairs`,
round 42): "test" / "experiment", "tax" / "revenue", "plot" / "conspiracy" (and "conspirators"), "germ" / "bacterium",
and the present said by its adjective: "what is X called now?" is "X is the modern town of Y"
(`lexicon_tutor.present_words`). Invented notes, of no pack; questions about what they do not tell are still
declined ("now" still asks of the present: not "Vellmar had 4,000 inhabitants")."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The glassworks at Vellmar was founded by Otto Brandl in 1761.
In 1790 the Vellmar team carried out a key experiment on twelve furnaces fired with peat.
Nine of the twelve furnaces held their heat through the night.
Before the war Vellmar had roughly 4,000 inhabitants.
Duties raising revenue for the prince had to be paid at the toll house of Hanau.
Carts for the prince had to be checked at the bridge of Fulda.
About 60 workers took part in the conspiracy against Brandl.
The conspiracy against Brandl was led by his cousin Anton Reil.
Reil led the workers of the east wing.
Grenzdorf is the modern town of Lindau an der Fulda.
In 1820 the firm Weiss & Sohn bought the glassworks.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The glassworks of Vellmar")


@pytest.mark.parametrize(("question", "fact"), [
    ("How many of the furnaces survived the night in the Vellmar test?", "Nine of the twelve furnaces"),
    ("Where did tax have to be paid?", "toll house of Hanau"),
    ("How many conspirators were there?", "About 60 workers"),
    ("Who led the plot against Brandl?", "Anton Reil"),
    ("What is Grenzdorf called now?", "Lindau an der Fulda"),
    ("What is Grenzdorf called today?", "Lindau an der Fulda"),
])
def test_a_word_said_otherwise_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", [
    "How many people live in Vellmar now?",
    "What is Vellmar called now?",
    "What is the current tax at the bridge of Fulda?",
])
def test_what_the_notes_do_not_tell_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


GERMS = """\
Glanders is caused by the bacterium Burkholderia mallei; it is a bacterium, not a virus.
Glanders spread among the horses of the post stations.
In 1780 glanders killed half the horses of Kassel.
"""


def test_a_germ_is_a_bacterium() -> None:
    assert says(tutor_on(GERMS, "Horse diseases"), "What germ causes glanders?", "Burkholderia mallei")
