"""An English question asking a figure of a place ("how many people died in Vell?": a name after a preposition of
place) is not answered by a reply whose every figure is said in a clause naming another place ("In Orla about 400
people died every day"): the tutor declines (`tutor.figure_places`). A figure in the clause that names the place asked
answers, and so does one said in a clause naming no place (English often names a figure's place in another clause:
"In the plague about 2,000 people died; in Orla 400 ..."). Each row: invented notes, a question, the fact a teacher
expects in the reply, or None when the notes do not answer it.
"""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

PORT = "The plague reached the port of Vell in 1348.\n\n{}\n\nThe port of Vell traded in salt and wool."
ASKED = "How many people died in Vell during the plague?"

ROWS = [
    (PORT.format("In Orla about 400 people died every day at the height of the plague."), ASKED, None),
    (PORT.format("In Orla about 400 people died every day at the height of the plague."),
     "How many people died in Orla during the plague?", "400 people"),  # the place asked
    (PORT.format("In Vell about 2,000 people died of the plague, while in Orla 400 died."), ASKED, "2,000"),
    (PORT.format("The chronicle of Vell says that about 2,000 people died of the plague; in Orla 400 died."), ASKED,
     "2,000"),  # the clause of the figure names Vell
    (PORT.format("In the plague about 2,000 people died; in Orla 400 died every day."), ASKED, "2,000"),  # no place
]


@pytest.mark.parametrize(("notes", "question", "fact"), ROWS, ids=[f"{n[45:75]}|{q}" for n, q, _ in ROWS])
def test_figure_of_a_place(notes, question, fact):
    tutor = tutor_on(notes, "Notes", language="en")
    assert tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)
