""""Who was (the) queen when ...?" asks for the holder of a post at a time, not what the post is; and a passage that
says the post only as an owner after "the" ("the Queen's government", "the pope's palace") tells nothing of who held
it ("King's College" is a name, and "Queen Anne's bounty" names her). Invented notes (no pack's subject)."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_tutor import ENGLISH_TUTOR
from studybot.core.tutor.posts import owner_only
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("text", "define"), [
    ("who was queen when the mill act was repealed", False), ("who was the pope during the flood", False),
    ("who was king while the war went on", False),
    ("who was the pope", True), ("who is queen mara", True), ("what was the mill act", True),
    ("what was the price when the mill closed", True),  # "what": not the holder of a post
])
def test_a_post_at_a_time_asks_for_its_holder(text, define):
    assert bool(re.search(ENGLISH_TUTOR.asks["define"], text)) is define


@pytest.mark.parametrize(("text", "role", "owner"), [
    ("Lord Tarn, who thought the Queen's government more important, carried the bill.", "queen", True),
    ("The pope's palace stood by the river.", "pope", True),
    ("He studied at King's College in Vell.", "king", False),
    ("Queen Mara's bounty paid for the school.", "queen", False),
    ("The queen's guard met Queen Mara at the gate.", "queen", False),
    ("The queen signed the act.", "queen", False),
])
def test_a_post_said_only_as_an_owner(text, role, owner):
    words = Words("en")
    assert owner_only(text, words.stem(role), words) is owner


NOTES = ("Lord Tarn, who thought the mill laws worth keeping but the Queen's government more important, "
         "persuaded the Lords to repeal the mill laws in 1846.\n"
         "The mill laws had taxed flour since 1815.\n")


def test_a_queens_government_names_no_queen() -> None:
    tutor = tutor_on(NOTES, "Mill laws", section_title="Mill laws")
    assert tutor.ask("who was queen when the mill laws were repealed").kind == "decline"
    assert says(tutor, "who persuaded the lords to repeal the mill laws", "Lord Tarn")
