""""How wide / how high is X?" is answered by a figure of that measure or by the measure's own word beside a figure
("9 metres wide"), not by its adverb: "vary widely", "highly valued" say no width or height (another sense), so a
passage with some other figure and such an adverb gives no answer. Small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import tutor_on

NOTES = """\
The Saltmere canal was opened in 1852.
Some 3,000 men dug the canal, and estimates of their pay vary widely.
The towpath, used by 200 barges a year, is highly valued by walkers.

The Fennick lock is 9 metres wide.
"""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Saltmere")


@pytest.mark.parametrize("question", ["How wide is the canal?", "How high is the towpath?"])
def test_an_adverb_of_the_measure_is_no_measure(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_the_measure_word_beside_a_figure_answers(tutor):
    reply = tutor.ask("how wide is the Fennick lock")
    assert reply.kind == "answer" and "9 metres wide" in " ".join(reply.sentences)
