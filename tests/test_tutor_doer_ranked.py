"""Who did it, weighed in ranking (`doers_en.doer_named`, a cue of `ranking.Ranker._bonus`): to "who built X?" the
passage naming the doer of the question's own verb ("It was built by the Guild of Masons") ranks above one saying the
verb of another ("built for the Mill Company"); a light verb ("who made ...?") or another verb of the doer ("the Guild
raised it") is no such cue. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import place, says, tutor_on

NOTES = """\
The Orsk weir, the first stone weir on the river, was built for the Mill Company to hold back the spring floods.
It was built by the Guild of Masons.
The Lanner bridge, a timber bridge beside the weir, was later rebuilt in stone for the Mill Company.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "The Orsk weir")


def test_the_doer_of_the_verb_asked_ranks_first(tutor: Tutor) -> None:
    assert place(tutor, "Who built the Orsk weir?", "It was built by") == 0
    assert says(tutor, "Who built the Orsk weir?", "Guild of Masons")


@pytest.mark.parametrize(("question", "sentence"), [
    ("Who made the Orsk weir?", "It was built by"),  # a light verb: no cue, the weir asked about ranks first
])
def test_no_cue_without_the_verb_itself(tutor: Tutor, question: str, sentence: str) -> None:
    assert place(tutor, question, sentence) > 0
