""""How long did X last / take?" is met by the passage naming X with a span of time, which need not say "last" ("the
Brell pump wore out after only forty hours"), as "how long" itself is met by a span (`tutor.duration_verbs`). The
verb keeps its sense elsewhere, and a passage naming X without any span is still no answer. Invented notes, of no
pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
The Brell pump was built at Kessa to drain the lower gallery.
A Brell pump wore out after only forty hours, because the foundry lacked good bronze for its valves.
The crossing to Dunmore took eleven days in calm weather.
The Arlo wheel turned the bellows of the forge.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Machines of the valley")


@pytest.mark.parametrize(("question", "fact"), [
    ("How long did a Brell pump at Kessa last?", "forty hours"),
    ("how long did the Brell pumps of Kessa last", "forty hours"),
    ("How long did the crossing to Dunmore take?", "eleven days"),  # said with its own verb, as before
])
def test_a_span_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


def test_no_span_no_answer(tutor: Tutor) -> None:
    assert tutor.ask("How long did the Arlo wheel last?").kind == "decline"
