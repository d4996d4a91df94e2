"""A correction of a denied clause ("the flap does not rise but sinks", "заслонка не поднимается, а опускается"): what
the first clause denies of its subject, the second says of it, so a point "the flap sinks" is made though its word of
direction stands in the second clause and its subject in the first; and it is no contrast of two things ("stone was
plentiful but money was short" still makes no "stone was short"). The correction turned round makes no point.
Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import explain

EN = Grader()
RU = Grader(language="ru")


FLAP = explain("the weir flap sinks", prompt="What happens when the river floods?")
STONE = explain("stone was short", prompt="What held the builders back?")
ZASLONKA = explain("заслонка плотины опускается", prompt="Что происходит при паводке?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (FLAP, "the weir flap sinks", True),
    (FLAP, "the weir flap does not rise but sinks", True),
    (FLAP, "the weir flap does not sink but rises", False),  # turned round
    (FLAP, "the weir flap rises", False),
    (STONE, "stone was not plentiful but short", True),
    (STONE, "stone was plentiful but money was short", False),  # two things, no correction
    (ZASLONKA, "заслонка плотины опускается", True),
    (ZASLONKA, "заслонка плотины не поднимается, а опускается", True),
    (ZASLONKA, "заслонка плотины не опускается, а поднимается", False),
    (ZASLONKA, "заслонка плотины поднимается", False),
])
def test_correction_of_a_denied_clause(card: Card, answer: str, right: bool) -> None:
    grader = EN if card.prompt.isascii() else RU
    assert grader.grade(card, answer).correct is right
