""""How fast did X go?" asks for a speed or a rate: a passage whose figures of the kinds asked are lengths said of a
dimension ("40 metres tall", "12 km long") gives a size, not a speed, and the tutor declines; a length said as a rate
("moves 30 metres a year") or a speed still answers, and "how long is X?" is met by the size. Invented notes."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

NOTES = ("The Tarn rocket was about 40 metres tall and weighed 300 tonnes.\n\n"
         "The Orm rocket reached 8 km per second two minutes after launch.\n\n"
         "The glacier of Vell is 12 km long and 2 km wide.\n\n"
         "The glacier of Vell moves about 30 metres a year.")
TUTOR = tutor_on(NOTES, "Rockets and glaciers")

ROWS = [
    ("how fast did the Tarn rocket go?", None),  # a size only
    ("What was the speed of the Tarn rocket?", None),
    ("How fast did the Orm rocket go?", "8 km per second"),
    ("How fast does the glacier of Vell move?", "30 metres a year"),
    ("how quickly does the glacier of Vell move", "30 metres a year"),
    ("How long is the glacier of Vell?", "12 km long"),
]


@pytest.mark.parametrize(("question", "fact"), ROWS, ids=[q for q, _ in ROWS])
def test_a_size_is_no_speed(question, fact):
    assert TUTOR.ask(question).kind == "decline" if fact is None else says(TUTOR, question, fact)
