"""A "why" question asks the motive of its own subject (`tutor.subjects_en`): "Why did Tarrow want closer ties with
Orvia?" is not answered by "Orvia knows Tarrow cannot leave the league, so it wants ...", a passage whose subject is
the question's other name; a name said as an owner ("Orvia's plan") or only qualifying a noun ("The Orvia treaty")
is no such subject. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.subjects_en import others_motive
from tests.notes import tutor_on

NOTES = """\
Tarrow is a river town of the Osk valley, and Orvia is its larger neighbour downstream.
Orvia knows Tarrow cannot leave the river league, so it wants closer ties with Tarrow.
The Orvia treaty angered Tarrow, because it doubled the tolls on the river.
Tarrow sent its plan for a new weir to the league, but the league turned down Tarrow's plan because of its cost.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The Osk valley")


def _others(tutor: Tutor, question: str, sentence: str) -> bool:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    doc = next(d for d in tutor.docs if d.text.startswith(sentence))
    return others_motive(doc, asked, tutor.library)


@pytest.mark.parametrize(("question", "sentence", "others"), [
    ("Why did Tarrow want closer ties with Orvia?", "Orvia knows", True),  # Orvia's motive, not Tarrow's
    ("Why did Orvia want a foothold in Tarrow?", "Orvia knows", False),  # its own subject
    ("Why did Tarrow resent Orvia?", "The Orvia treaty", False),  # "Orvia" qualifies a noun: no subject
    ("Why did the league turn down Tarrow's plan?", "Tarrow sent", False),  # Tarrow owns the plan asked about
    ("Why did the tolls double?", "Orvia knows", False),  # no name is the question's subject
])
def test_the_subject_of_the_reason(tutor: Tutor, question: str, sentence: str, others: bool) -> None:
    assert _others(tutor, question, sentence) is others


def test_anothers_motive_does_not_answer(tutor: Tutor) -> None:
    reply = tutor.ask("Why did Tarrow want closer ties with Orvia?")
    assert not reply.sentences or "Orvia knows" not in reply.sentences[0]
