"""A "why" question is answered by a passage that gives the reason itself ("X because Y") before one that only the
sentence after it gives a reason for (`replies._with_reason`): the sentence after may give the reason of something
else ("The band played, because ..."), while a candidate nearly as good says the question's event and its reason in
one sentence. When no candidate gives one itself, the sentence after still does. English, on notes written here."""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
In the spring the poor weavers of Harwick went on strike against the mill.
The band played on the square, because the mayor wanted music.
The town hall stayed shut.

The poor weavers of Harwick went on strike against the mill because the owners cut their wages by a third.

The Lenby mill closed in 1852.
It had lost its buyers, because the canal brought cheaper cloth from the north.
"""

TUTOR = tutor_on(NOTES, "The Harwick strike")


@pytest.mark.parametrize(("question", "reason", "not_shown"), [
    # the best-ranked passage gives no reason; the sentence after it gives the band's: the second candidate, which
    # gives the strike's own reason, answers
    ("Why did the poor weavers of Harwick go on strike against the mill in the spring?", "cut their wages",
     "the mayor wanted music"),
    # no candidate gives a reason itself: the sentence after the answer goes on with it
    ("Why did the Lenby mill close in 1852?", "the canal brought cheaper cloth", "went on strike"),
])
def test_the_reason_a_passage_gives_itself_comes_first(question: str, reason: str, not_shown: str) -> None:
    reply = TUTOR.ask(question)
    shown = " ".join(reply.sentences)
    assert reply.kind == "answer" and not reply.no_reason and reason in shown and not_shown not in shown, reply.text
