""""How did X boost the amount of Y?" asks by what means, not for a figure (`tutor.means_asked`): a question in the
form that asks how a thing is done, whose figure noun ("the amount of", "the number of", "the rate of") is what its
verb of change acts on. "How much ...?", "what was the number of ...?", "how did the number of X change?" still ask
a figure or a change; a verb of no direction ("count the number of") is no change made. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Wants
from tests.notes import says, tutor_on

NOTES = """\
The millers of Arlo ground more flour each year after the new weir was built.
The millers of Arlo raised the output by fitting a second wheel that turned in the fast water below the weir.
By 1750 the Arlo mills produced about 900 sacks of flour a week.
The monks of Vell counted the number of pilgrims at the gate every evening.
The herders of Tarn cut the number of wolves in the valley with traps of oak and iron.
The Brell salt works made about 40 tonnes of salt a year.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Trades of the valley")


def wants(tutor: Tutor, question: str) -> Wants:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return asked.wants


@pytest.mark.parametrize(("question", "numeric", "manner"), [
    ("How did the millers of Arlo boost the amount of flour?", False, True),
    ("How did the millers raise the output of the mills?", False, True),
    ("How can a farmer cut the number of wolves?", False, True),
    ("How did the herders of Tarn reduce the number of wolves?", False, True),
    ("How did they increase the rate of grinding?", False, True),
    ("How much flour did the Arlo mills produce?", True, False),  # a figure
    ("What was the amount of flour the mills produced?", True, False),
    ("How many sacks of flour did the mills produce a week?", True, False),
    ("How did the monks count the number of pilgrims?", True, False),  # no verb of change: as before
    ("How did the number of wolves change?", True, False),  # a change, as before
    ("By how much did the millers raise the amount of flour?", True, False),  # "by how much": a figure
])
def test_question_forms(tutor: Tutor, question: str, numeric: bool, manner: bool) -> None:
    got = wants(tutor, question)
    assert (got.numeric, got.manner) == (numeric, manner)


@pytest.mark.parametrize(("question", "fact"), [
    ("How did the millers of Arlo boost the amount of flour?", "second wheel"),
    ("How did the herders of Tarn reduce the number of wolves?", "traps of oak"),
])
def test_the_means_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", ["How did the weavers of Sorn boost the amount of cloth?",
                                      "How did the millers of Arlo cut the price of bread?"])
def test_what_the_notes_do_not_say_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"
