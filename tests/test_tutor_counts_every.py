"""A "how many X" question whose X is said in several words ("how many rescue voyages") prefers, of the passages whose
figures count what it asks, one whose figure counts each of the words ("there were five rescue voyages") to one
counting only some of them, through a name's number or a figure of another thing ("Rescue Voyage 3A ... replaced all
six lanterns"), when that one answers (`tutor.counts.counting_first`). Shown on a small text written here (no pack's
subject)."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.counts import counting_first

from .notes import tutor_on

NOTES = """\
The Orvane guild kept watch over the river from its hall in Tessel.
The planned third voyage was split in two: Rescue Voyage 3A in June 1819 replaced all six lanterns, and Rescue \
Voyage 3B in March 1822 installed the bell.
In all, seven barge crews visited the weirs: there were five rescue voyages.
The guild's hall had twelve windows.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The Orvane guild")


def _tried(tutor: Tutor, question: str, first: str) -> list[str]:
    """The passages `counting_first` keeps for a question, the one opening with `first` ranked first."""
    q = tutor.analyser.question(question, normalise(question))
    assert q is not None
    ranked = tutor.ranker.rank(q)
    ranked.sort(key=lambda r: not r.doc.text.startswith(first))
    return [r.doc.text for r in counting_first(q, ranked, lambda r: tutor.ranker.answers(r, q))]


@pytest.mark.parametrize(("question", "kept", "left"), [
    # "voyages" is counted by both ("Rescue Voyage 3A", "five rescue voyages"), "rescue" by one
    ("How many rescue voyages were there?", "In all, seven barge crews", "The planned third voyage"),
])
def test_a_figure_counting_every_word_asked_comes_first(tutor, question, kept, left):
    tried = _tried(tutor, question, left)
    assert any(t.startswith(kept) for t in tried) and not any(t.startswith(left) for t in tried)


def test_a_figure_of_one_word_asked_still_answers(tutor):
    tried = _tried(tutor, "How many windows did the hall have?", "The guild's hall")
    assert tried[0].startswith("The guild's hall")
