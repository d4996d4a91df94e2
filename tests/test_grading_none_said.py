"""A keypoint that says "no" of a thing ("the old well contains no salt") made by an answer that says "none" in its
place, the thing named by the question ("Why did the town trust the old well for salt-free water?": "it contains
none"); "none of" and an answer that says the thing is there do not make it. An instructor's report ("... has none"
needed an `accept` entry for "it contains no oxygen"); invented points (`grading.none_said`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.none_said import none_wordings
from tests.cards import point_made

PROMPT = "Why did the dyers think that every mordant needs salt?"


@pytest.mark.parametrize(("point", "answer", "made"), [
    ("alum contains no salt", "alum contains none", True),
    ("alum contains no salt", "alum contains no salt", True),
    ("alum contains no salt", "alum contains salt", False),
    ("alum contains no salt", "alum contains none of the dyes", False),  # a part of a group: no "none" of the salt
    ("alum contains no salt", "alum contains some", False),
    ("the vat held no copper", "the vat held none", True),
])
def test_none_for_no_thing(point: str, answer: str, made: bool) -> None:
    assert point_made(PROMPT, point, answer) is made


def test_the_wordings_tried() -> None:
    prep = Grader(language="en").prep
    assert none_wordings(("alum contains no salt", "there is no salt at all in alum", "no 2 vats"),
                         prep("alum contains none")) == ("alum contains none", "there is none at all in alum")
    assert none_wordings(("alum contains no salt",), prep("none of it")) == ()
