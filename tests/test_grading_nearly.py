"""A keypoint's wording made but for one word, said with a word related to it in a rarer sense, or its hypernym or
hyponym (`grading.nearly`, issue #11): "cancelled the spring vote" for "cancelled the spring election". The other
words must all be there, negated, directed and counted as the point is; a wording of two words is made by one of them
and a relative of the other only as one phrase, no content word between them ("the spring vote", not "the spring
brought a vote"). Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.structured import StructuredGrading
from studybot.core.packs import Card, Pack, Section
from studybot.core.related_words import related_en
from tests.cards import one_point

ELECTION = one_point("the mayor cancelled the spring election", "Why were the townsfolk angry?")
BARGES = one_point("the barges carried salt to the coast", "How did the works send out its goods?")
WEIR = one_point("the weir raised the water level", "What did the builders change?")
TWO = one_point("spring election", "What did the mayor cancel?")
VOYAGE = one_point("the traders postponed the voyage to the islands", "What did the guild decide?")
QUAY = one_point("the traders loaded the vehicles at the river quay", "What did the traders do at dawn?")

ROWS = [
    (ELECTION, "the mayor cancelled the spring vote", True),
    (ELECTION, "the mayor called the spring vote", False),  # another verb: two words lacking
    (ELECTION, "the mayor cancelled the autumn vote", False),
    (ELECTION, "the mayor did not cancel the spring vote", False),
    (ELECTION, "the bishop cancelled the spring vote", False),
    (BARGES, "the barges transported salt to the coast", True),
    (BARGES, "the barges did not transport salt to the coast", False),
    (BARGES, "the barges transported sand to the coast", False),
    (BARGES, "carts transported salt to the coast", False),
    (WEIR, "the weir raised the water height", True),
    (WEIR, "the weir lowered the water height", False),
    (WEIR, "the weir raised the water temperature", False),
    (WEIR, "the dam raised the water height", False),
    # of two words, the relative and the other one phrase: nothing said between them
    (TWO, "the spring vote", True),
    (TWO, "the spring of that year brought a vote", False),  # "spring" and "vote" apart: no "spring vote"
    (TWO, "the autumn vote", False),
    (TWO, "the spring vote, then a festival", True),
    (TWO, "the spring popular vote", True),  # an adjective between: one phrase still
    (VOYAGE, "the traders held on to the voyage to the islands", False),  # a verb with its particle: another verb
    # a noun two steps down: a wagon is a wheeled vehicle, which is a vehicle
    (QUAY, "the traders loaded the wagons at the river quay", True),
    (QUAY, "the traders did not load the wagons at the river quay", False),
    (QUAY, "the traders loaded the wagons at the mountain quay", False),
    (QUAY, "the traders loaded the horses at the river quay", False),
]


def _pack(card: Card) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_all_but_one_word_and_a_relative_of_it_make_the_point(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right


class _Without(Grader):
    """The grader without the rule: its wordings as they are."""

    def _cover(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        return StructuredGrading._cover(self, *args, **kwargs)


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS if right])
def test_without_the_rule_these_answers_fail(card, given):
    assert not _Without.for_pack(_pack(card)).grade(card, given).correct


def test_a_point_made_so_is_rated_as_with_a_slip():
    verdict = Grader.for_pack(_pack(ELECTION)).grade(ELECTION, "the mayor cancelled the spring vote")
    assert verdict.correct and verdict.typo  # rated Hard, not Good


def test_relatives_are_synsets_hypernyms_and_hyponyms_never_sisters_or_opposites():
    assert related_en("election", "vote") and related_en("carried", "transported") and related_en("earned", "paid")
    for a, b in (("rise", "fall"), ("buy", "sell"), ("win", "lose"), ("import", "export"), ("increase", "decrease")):
        assert not related_en(a, b) and not related_en(b, a)


@pytest.mark.parametrize(("a", "b", "related"), [
    ("wagons", "vehicle", True), ("car", "vehicle", True), ("barn", "building", True),  # a noun's two steps one way
    ("cat", "dog", False), ("oak", "pine", False), ("wheat", "barley", False), ("gold", "silver", False),  # never
    ("buy", "spend", False), ("makes", "breaks", False), ("walk", "run", False),  # sisters or cousins
])
def test_relatives_are_a_noun_s_hypernyms_and_hyponyms_two_steps_the_same_way(a, b, related):
    assert related_en(a, b) is related and related_en(b, a) is related


def test_the_table_carries_wordnet_s_licence_notice():
    from importlib.resources import files
    head = files("studybot.core").joinpath("data/lexical_en.tsv").read_text(encoding="utf-8").split("\n# Lines:")[0]
    assert "Princeton University" in head and "tools/build_wordnet_related.py" in head
