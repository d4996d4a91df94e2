"""What someone did after an event, told by a passage of its own that does not name the event: the notes tell a story
in its order, so a deed told after every sentence of the event came after it ("what did Holm do after the war?": "Holm
moved to Lisbon in 1948 ...", `sequels.dated_apart`).
The passage that tells the event itself is still no answer. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES = """\
Holm trained as a glassblower in Kessa and opened a small workshop there in 1931.
The war closed every workshop in Kessa in 1940.
The navy took over the old furnaces for its own lens works.
Anna Holm moved to Lisbon in 1948 to teach at the school of arts.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Glassmakers of Kessa")


def test_a_deed_told_apart_answers(tutor: Tutor) -> None:
    assert says(tutor, "what did anna holm do after the war", "moved to Lisbon")
