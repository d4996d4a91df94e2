"""A choice whose options are pairs of figures (a vote, a score) is not picked by its pair the other way round: "29 to
71" is not the option "71 to 29" (the vote lost, not won), as a cloze or short answer's pair is not
(`score_pairs.pair_reversed`). Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

VOTE = Card(id="v", section="s", kind="choice", prompt="By what vote did the council pass the charter?",
            answer="64 to 36", options=("64 to 36", "50 to 49", "210 to 205", "67 to 33"))


@pytest.mark.parametrize(("answer", "right"), [
    ("64 to 36", True),
    ("64-36", True),
    ("a", True),
    ("36 to 64", False),  # the vote the other way round
    ("36-64", False),
    ("67 to 33", False),
])
def test_a_pair_the_other_way_round_picks_no_option(answer: str, right: bool) -> None:
    grader = Grader()
    assert grader.grade(VOTE, answer).correct is right, grader.grade(VOTE, answer).trace
