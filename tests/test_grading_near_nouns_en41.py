"""English nouns of one meaning that WordNet does not pair in a sense the grader reads (`lexicon.SYNONYMS`, issue
#11): "space" is "the universe" (and "the cosmos"), the "space" between two things a "gap". The two senses of
"space" are never joined: "the universe" is no "gap". Invented cards (a lamp's light, a row of tiles)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from tests.cards import explain

ROWS = [
    ("the light spread through the universe", "the light spread through space", True),
    ("the light spread through space", "the light spread through the universe", True),
    ("the tiles fit together without gaps", "the tiles fit together with no spaces in between", True),
    ("the tiles fit together without gaps", "the tiles fit together with spaces in between", False),
    ("the light spread through the universe", "the light spread through the gap", False),
    ("the tiles fit together without gaps", "the tiles fit together with no universe", False),
]


@pytest.mark.parametrize(("said", "given", "right"), ROWS)
def test_nouns_of_one_meaning(said: str, given: str, right: bool) -> None:
    assert Grader().grade(explain(said, prompt="Why?"), given).correct is right


def test_the_two_senses_of_space_stay_apart() -> None:
    en = language("en")
    assert not en.group(en.stem("space")).isdisjoint(en.group(en.stem("universe")))
    assert not en.group(en.stem("space")).isdisjoint(en.group(en.stem("gap")))
    assert en.group(en.stem("universe")).isdisjoint(en.group(en.stem("gap")))
