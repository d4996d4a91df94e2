"""A short keypoint's wording made but for one word the answer leaves out, with nothing in its place
(`grading.all_but_one`, issue #11): "the small lamp of the keeper" for "the keeper had a small oil lamp". A word said
otherwise in its place, an opposite, a negation, a word of degree, a verb that opens the wording or the object of a
final preposition is never left out so. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.mostly_related import MostlyRelatedGrading
from studybot.core.packs import Card, Keypoint, Pack, Section


def _card(point: str, prompt: str, *accept: str, lang: str = "en") -> Card:
    # accepted wordings given: the point's own rule for a modifier left out (`modifiers`) is for bare points only
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


LAMP = _card("the keeper had a small oil lamp", "Why was the light so weak?", "a small oil lamp was all he had")
POSTED = _card("the hour the letter was posted", "What does the stamp show?", "when the letter went")
FLINT = _card("flint blades cut the hide", "How was the leather worked?", "hides cut with flint")
SAILORS = _card("sailors refused salted meat", "What happened on the voyage?", "they would not eat salted meat")
WELL = _card("a deep well supplied the village", "Where did the water come from?", "water from a deep well")
WAGONS = _card("wagons carried rock salt", "How did the trade work?", "salt went by wagon")
BREAD = _card("ask for more bread", "What did the crew do?", "they wanted more bread")
MILL = _card("the miller ground grain by hand", "How was the flour made?", "flour ground by hand")
GUARDS = _card("стражники схватили Сомова", "Чем закончился побег?", "Сомова поймали")
PORRIDGE = _card("a daily porridge ration", "What kept the garrison alive?", "porridge every day")
RYBA = _card("вяленая морская рыба", "Чем питался гарнизон?", "вяленая рыба")
LAMPA = _card("сторож зажигал масляную лампу", "Чем освещали маяк?", "масляная лампа")

ROWS = [
    (LAMP, "the small lamp of the keeper", True),
    (LAMP, "the keeper had a small gas lamp", False),  # another word in its place
    (LAMP, "the keeper had a small lamp of gas", False),  # ... past its neighbour
    (LAMP, "the keeper had no small lamp", False),
    (LAMP, "the keeper had a large lamp", False),
    # a word inside the wording left out: a word before all those found qualifies the first, it is not in its place
    (LAMP, "the old keeper had a small lamp", True),
    (LAMPA, "старый сторож зажигал лампу", True),
    (POSTED, "the hour it was posted", True),  # a pronoun (a function word) where the noun was
    (POSTED, "the hour the parcel was posted", False),
    (POSTED, "the hour it was not posted", False),
    (FLINT, "the blades cut the hide", True),
    (FLINT, "bronze blades cut the hide", False),
    (FLINT, "flint blades tanned the hide", False),  # the verb said otherwise
    (SAILORS, "sailors ate salted meat", False),
    (BREAD, "more bread", False),  # the verb that opens a wording is its claim
    (WELL, "a well supplied the village", False),  # "deep" has an opposite: a word of degree is its claim
    (MILL, "the miller ground grain", False),  # the object of a final preposition: how
    (WAGONS, "carried rock salt", True),  # the subject left out, nothing in its place
    (WAGONS, "they carried rock salt", False),  # a pronoun for it says nothing of who
    (LAMPA, "сторож зажигал лампу", True),
    (GUARDS, "Сомов схватил стражников", False),  # the roles swapped: no word left out makes it
    (LAMPA, "сторож зажигал газовую лампу", False),
    (LAMPA, "сторож гасил лампу", False),
    # the first word left out, the answer's clause going on past the last word found, not where it stood
    (PORRIDGE, "a porridge ration kept the garrison alive", True),
    (PORRIDGE, "a weekly porridge ration kept the garrison alive", False),
    (PORRIDGE, "they ate a porridge ration", False),  # "ate" stands where "daily" would
    (RYBA, "морская рыба кормила гарнизон всю зиму", True),
    (RYBA, "свежая морская рыба кормила гарнизон", False),
    # Russian orders its words freely: only an adjective left out is told by its place ("освобождение" is the claim)
    (_card("освобождение пленных купцов", "Чего добилось посольство?", "купцов отпустили"), "пленных купцов казнили",
     False),
]


def _pack(card: Card, lang: str) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)


def _lang(card: Card) -> str:
    return "ru" if any("а" <= ch <= "я" for ch in card.prompt.lower()) else "en"


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_short_wording_made_but_for_one_word_left_out(card, given, right):
    verdict = Grader.for_pack(_pack(card, _lang(card))).grade(card, given)
    assert verdict.correct is right
    if right:
        assert verdict.typo  # at reduced weight: rated Hard


class _Without(Grader):
    """The grader without the rule."""

    def _cover(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return MostlyRelatedGrading._cover(self, *args, **kwargs)


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given):
    assert not _Without.for_pack(_pack(card, _lang(card))).grade(card, given).correct
