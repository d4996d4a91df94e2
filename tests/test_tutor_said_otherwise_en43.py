"""Plain English words a question says of what the notes say in others (`lexicon_paraphrase.TUTOR_GROUPS`): the bad
sides of a thing ("drawbacks", "disadvantages", "downsides", "shortcomings") and what came to an end ("end", "stop",
"cease", "halt"). Invented notes; each row: the question and the fact a teacher expects in the reply, or None when the
notes do not answer it."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

NOTES = """\
The Harwick Bridge was built by the Orm Iron Company between 1861 and 1864.

A swing bridge was cheaper to build than a lifting bridge, but it had several disadvantages: it blocked the river
whenever it turned, and its gears needed constant care.

Tolls on the Harwick Bridge were stopped in 1899, after a long campaign by the town's carters.

The Vell Tunnel was dug in 1880 and opened to trains in 1882.
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("What were the drawbacks of a swing bridge?", "blocked the river"),
    ("what are the downsides of swing bridges", "blocked the river"),
    ("What were the shortcomings of a swing bridge?", "blocked the river"),
    ("What were the disadvantages of a swing bridge?", "blocked the river"),  # the notes' own word: as before
    ("What were the drawbacks of the Vell Tunnel?", None),  # the notes tell of none
    ("When did the tolls end?", "1899"),
    ("When did the Harwick Bridge tolls cease?", "1899"),
    ("When did the Vell Tunnel's tolls end?", None),
])
def test_said_in_other_words(question: str, fact: str | None) -> None:
    tutor = tutor_on(NOTES, "Bridges and tunnels")
    reply = tutor.ask(question)
    assert (reply.kind == "decline") if fact is None else says(tutor, question, fact), reply.text
