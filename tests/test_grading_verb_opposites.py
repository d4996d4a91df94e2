"""Verbs of opposite outcome (`lexicon_verb_opposites`): a thing under strain that held did not break, burst or
collapse, and a gate opened was not shut; said in place of the point's verb, inside a condition or not, the other
one contradicts the point, while the opposite denied agrees with it ("the rope did not hold" makes "the rope
broke"; `meaning.opposed`). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import one_point

EN, RU = Grader(language="en"), Grader(language="ru")

ROPE = one_point("the sledge slid into the crevasse if the rope broke", "What happened to the rescue sledge?")
DAM = one_point("the valley flooded when the dam burst", "When did the valley flood?")
HELD = one_point("the old harbour wall withstood the great winter storm of 1923", "What did the harbour wall do?")
GATE = one_point("the keeper shut the sluice gate at high tide", "What did the keeper do at high tide?")
CABLE_RU = one_point("трос порвался, когда баржу подняли", "Что случилось с тросом?")
WALL_RU = one_point("старая портовая стена выдержала удар большой волны в 1923 году", "Что было со стеной?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, ROPE, "the sledge slid into the crevasse if the rope held", False),
    (EN, ROPE, "it slid into the crevasse whenever the rope held", False),
    (EN, ROPE, "if the rope broke, the sledge slid into the crevasse", True),
    (EN, ROPE, "the sledge slid into the crevasse if the rope did not hold", True),
    (EN, DAM, "the valley flooded when the dam held", False),
    (EN, DAM, "the dam burst and the valley flooded", True),
    (EN, HELD, "the old harbour wall collapsed in the great winter storm of 1923", False),
    (EN, HELD, "the old harbour wall broke in the great winter storm of 1923", False),
    (EN, GATE, "the keeper opened the sluice gate at high tide", False),
    (EN, GATE, "the keeper closed the sluice gate at high tide", True),
    (EN, GATE, "the keeper did not open the sluice gate at high tide", True),
    (RU, CABLE_RU, "трос выдержал, когда баржу подняли", False),
    (RU, CABLE_RU, "когда баржу подняли, трос порвался", True),
    (RU, WALL_RU, "старая портовая стена рухнула от удара большой волны в 1923 году", False),
    (RU, WALL_RU, "старая портовая стена лопнула от удара большой волны в 1923 году", False),
])
def test_verb_of_opposite_outcome(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
