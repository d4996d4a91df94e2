"""General English nouns for money given for a purpose ("money", "funds", "funding", "cash") are one word for a
fair teacher: "the guild gave funding" makes a point "the guild gave money". Invented cards; the traps: another
thing given ("ships", "grain") stays another thing, and "no money" still denies it."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section
from tests.cards import point_made

ROWS = [
    ("What did the guild give the hospital?", "the guild gave money", "the guild gave funding", True),
    ("What did the guild give the hospital?", "the guild gave money", "it gave funds", True),
    ("What did the guild give the hospital?", "the guild gave funding", "the guild gave cash", True),
    ("Why did the canal stall?", "the investors withdrew their funds", "the investors withdrew their money", True),
    # another thing given, or the money denied
    ("What did the guild give the hospital?", "the guild gave money", "the guild gave grain", False),
    ("What did the guild give the hospital?", "the guild gave money", "the guild gave no funding", False),
]


@pytest.mark.parametrize(("prompt", "point", "given", "made"), ROWS)
def test_money_words(prompt: str, point: str, given: str, made: bool) -> None:
    assert point_made(prompt, point, given) is made


def test_a_list_item_by_another_money_word() -> None:
    card = Card(id="l", section="s", kind="list", prompt="What did the two cities give the fleet?",
                answer="the Hansa sent ships; the Lombards gave money",
                keypoints=(Keypoint("the Hansa sent ships"), Keypoint("the Lombards gave money")))
    pack = Pack(id="p", title="p", cards=(card,), sections=(Section(id="s", title="Notes", notes="x"),))
    grader = Grader.for_pack(pack)
    assert grader.grade(card, "the Hansa sent ships, the Lombards gave funding").correct
    assert not grader.grade(card, "the Hansa sent ships, the Lombards gave timber").correct
