""""How long ..." asks a length or a time: a passage giving a time ("kept burning for about six weeks") answers it
though it also says a word of another dimension ("high up"); the check that a length is of the dimension asked
(`tutor.otherwise.other_dimension`) reads only passages with no figure of another kind asked. Shown on a small text
written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.otherwise import other_dimension

NOTES = """\
In 1871 lightning set fire to the peat bog of Harrow Moss.
The heather was out by the next morning, but the peat below kept burning for about six weeks, carrying ash high up.
The bog is about 4 metres deep and 3 kilometres long.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(Pack(id="moss", title="Moss", cards=(), sections=(Section(id="s", title="The fire", notes=NOTES),)),
                 cache=False)


def test_a_time_answers_how_long(tutor: Tutor) -> None:
    reply = tutor.ask("how long did the peat keep burning?")
    assert reply.kind == "answer"
    assert "six weeks" in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "other"), [
    ("how long did the peat keep burning?", False),  # a time of burning, whatever "high" says
    ("how deep is the peat?", True),  # a depth: "high up" with the weeks is a height, no depth
])
def test_the_dimension_checked(tutor: Tutor, question: str, other: bool) -> None:
    doc = next(d for d in tutor.docs if "six weeks" in d.text)
    asked = tutor.analyser.question(question, question)
    assert asked is not None
    assert other_dimension(doc, asked, tutor.library.words) is other
