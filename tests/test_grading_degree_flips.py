"""A word said with "more" where the point says it with "less", or the other way round (`grading.degree_flips`,
issue #11): "the more ..., the more believable" does not make "the more ..., the less believable", and "grew less
wary" does not make "grew more wary", though the clause has a word of either direction and so no one direction.
An answer that says the word both ways ("ours were lighter, theirs heavier") is judged as before. Invented
subjects (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section
from tests.cards import explain, one_point

TOLLS = one_point("the more tolls on the road, the less profitable the carriers' trade", "What did the guild see?")
TRIBE = one_point("the herders grew more wary of the salt traders", "How did the herders change?")
FERRY = explain("the old ferry was slow", "the new ferry carried more passengers and fewer carts", need=2)
WINGS = one_point("the northern mills had heavier stones", "Why did the northern mills grind faster?")


def _ru(point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="Что изменилось?", answer=point,
                keypoints=(Keypoint(point, ()),))


DUTY = _ru("чем больше пошлина, тем менее выгодна торговля")
SERFS = _ru("после реформы ремесленники стали менее зависимы от гильдии")
CARTS = one_point("fast carts", "What ran on the new road?")
SMOKE = one_point("the river got dirtier", "What did the tannery do to the river?")
BARGES = _ru("быстрые баржи")

ROWS = [
    (TOLLS, "the more tolls there were, the more profitable the carriers' trade became", False),
    (TOLLS, "the more tolls there were, the less profitable the carriers' trade became", True),
    (TOLLS, "more tolls made the carriers' trade less profitable", True),
    (TRIBE, "the herders grew less wary of the salt traders", False),
    (TRIBE, "the herders grew more wary of the salt traders", True),
    (TRIBE, "the herders became more wary of the traders of salt", True),
    (FERRY, "the old ferry was slow; the new one carried fewer passengers and more carts", False),
    (FERRY, "the old ferry was slow; the new one carried more passengers and fewer carts", True),
    (WINGS, "the southern mills had lighter stones and the northern mills had heavier stones", True),
    (WINGS, "the southern mills had less heavy stones, the northern mills more heavy stones", True),
    (DUTY, "чем больше пошлина, тем более выгодна торговля", False),
    (DUTY, "чем выше пошлина, тем менее выгодна торговля", True),
    (SERFS, "после реформы ремесленники стали более зависимы от гильдии", False),
    (SERFS, "ремесленники стали менее зависимыми от гильдии после реформы", True),
    # a quality the point says plainly, said with "less" (or by the comparative of its opposite): the opposite
    (CARTS, "slower carts", False),
    (CARTS, "less fast carts", False),
    (CARTS, "faster carts", True),
    (CARTS, "fast carts", True),
    (BARGES, "более медленные баржи", False),
    (BARGES, "менее быстрые баржи", False),
    (BARGES, "баржи стали медленнее", False),
    (BARGES, "более быстрые баржи", True),
    (BARGES, "быстрые баржи", True),
    # an English comparative said as "less" and its opposite: "less clean" is "dirtier"
    (SMOKE, "the river got less clean", True), (SMOKE, "the river got dirtier", True),
    (SMOKE, "the river got less dirty", False), (SMOKE, "the river got cleaner", False),
]


def _pack(card: Card) -> Pack:
    lang = "ru" if card in (DUTY, SERFS, BARGES) else "en"
    return Pack(id="t", title="t", language=lang, sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_word_said_with_the_other_degree_turns_the_point_round(card, given, right):
    assert Grader.for_pack(_pack(card)).grade(card, given).correct is right
