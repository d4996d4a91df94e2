""""Where is X based / located / situated / headquartered?" asks where X is: the participle only frames the "where",
and the text may say the place with a noun or verb of its own ("Fennick is the headquarters of X"), which answers.
Small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.unsaid_verbs import _WHERE_FRAMED
from tests.notes import tutor_on

NOTES = """\
The Harn Rowing Board was founded in 1840.
Fennick, on the east bank, is the headquarters of the Harn Rowing Board, the body that runs the regattas.
The old boathouse stands by the Saltmere bridge.
"""


@pytest.mark.parametrize("question", ["Where is the Harn Rowing Board based?",
                                      "where is the Harn Rowing Board headquartered"])
def test_a_place_said_otherwise_answers(question):
    reply = tutor_on(NOTES, "Harn").ask(question)
    assert reply.kind == "answer" and "Fennick" in " ".join(reply.sentences)


@pytest.mark.parametrize(("text", "framed"), [
    ("where is the board based?", "based"), ("where's the mill located", "located"),
    ("where were the archives housed?", "housed"), ("where was the board founded?", None),
    ("when was the board based in fennick?", None),
])
def test_the_participle_framing_where(text, framed):
    found = _WHERE_FRAMED.match(text)
    assert (found.group(1) if found else None) == framed
