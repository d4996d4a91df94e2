"""A lack said with its article also names a shortage (issue #11): "a lack of weavers", "the lack of salt" make a
point of "a shortage of weavers", "the shortage of salt", "weavers were scarce" (as "few weavers", "little salt" do:
not "a few", "a little"), while they still say "no weavers"
("the famine came from a lack of grain": there was no grain), and "lacks", "lacked" still say "has no". Plenty,
no lack, or a lack of another thing does not make the point. Invented cards (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
from studybot.core.packs import Card, Pack, Section
from tests.cards import one_point

WEAVERS = one_point("a shortage of weavers", "Why did cloth get dearer after the fever?")
SALT = one_point("the shortage of salt drove prices up", "Why did meat cost more that winter?")
SCARCE = one_point("weavers were scarce", "Why did cloth get dearer after the fever?")
WELL = one_point("the fort had no well", "Why did the fort surrender?")
BREAD = one_point("the riots came from a lack of bread", "Why were there riots?")
FEW = one_point("there were few weavers", "Why did cloth get dearer after the fever?")

ROWS = [
    (WEAVERS, "a lack of weavers", True),
    (WEAVERS, "the lack of weavers after the fever", True),
    (WEAVERS, "plenty of weavers", False),
    (WEAVERS, "there was no lack of weavers", False),
    (WEAVERS, "a lack of spinners", False),
    (SALT, "the lack of salt drove prices up", True),
    (SALT, "the lack of salt drove prices down", False),
    (SCARCE, "a lack of weavers", True),
    (SCARCE, "a glut of weavers", False),
    (WELL, "the fort lacked a well", True),
    (WELL, "the fort had a well", False),
    (BREAD, "the riots came because there was no bread", True),
    (BREAD, "the riots came from plenty of bread", False),
    # "little", "few" without the article are too little, too few ("a little", "a few" are some)
    (WEAVERS, "there were few weavers", True), (WEAVERS, "very few weavers were left", True),
    (WEAVERS, "a few weavers", False), (WEAVERS, "few spinners", False),
    (SALT, "there was little salt, which drove prices up", True),
    (SCARCE, "there were very few weavers", True),
    # and the other way round: few of a thing is made by a shortage of it
    (FEW, "there was a shortage of weavers", True), (FEW, "weavers were scarce", True),
    (FEW, "there was a shortage of spinners", False), (FEW, "weavers were not scarce", False),
    (FEW, "there were many weavers", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_lack_is_a_shortage(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS
                                             if right and card in (WEAVERS, SALT, SCARCE, FEW)])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(structured, "lack_as_shortage", lambda *args: None)
    assert not Grader.for_pack(_pack(card)).grade(card, given).correct
