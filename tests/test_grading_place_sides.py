"""A thing placed on the other side of another by a preposition of a pair (`grading.place_sides`, issue #11):
"под мостом" for "над мостом", "после войны" for "до войны", "поперёк дороги" for "вдоль дороги", "under the gate"
for "over the gate" (or "above the gate"). Most prepositions are function words the grader passes over, so without
the rule the opposite place made the point, and a right answer matched a known mistake that says the other side.
The same side, a word the point puts on both sides, and a figure after "до" are left alone. Invented subjects (no
pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, contradicted, other_way
from studybot.core.packs import Card, Keypoint, Mistake, Pack, Section
from tests.cards import explain, one_point

NEST = one_point("гнездо висит над ручьём", "Где гнездятся зимородки?")
FLAG = one_point("флаг подняли над старой башней", "Что сделали после штурма?")
WALL = one_point("стену построили после войны", "Когда построили стену?")
ROAD = one_point("канаву прорыли вдоль дороги", "Где прорыли канаву?")
GATE = one_point("the lamp hung above the gate", "Where was the lamp?")  # ("above": a content word, no rule's)
MINE = one_point("the tunnel ran under the river", "Where did the tunnel go?")
# a point that puts one thing on both sides: either side in the answer is read by the point's other checks
SAIL = explain("ветер над парусом слабее, чем под парусом", prompt="Почему лодка кренится?")
# a known mistake that says the other side: an answer on the point's side that misses the card matches no mistake
HERBS = Card(id="m", section="s", kind="explain", prompt="Как готовят травы?", need=2,
             answer="травы сушат под навесом; травы собирают утром",
             keypoints=(Keypoint("травы сушат под навесом"), Keypoint("травы собирают утром")),
             mistakes=(Mistake(("травы сушат над навесом",), "Не над навесом."),))
WELL = one_point("воду брали до 100 метров глубины", "Откуда брали воду?")

ROWS = [
    (NEST, "гнездо висит над ручьём", True),
    (NEST, "гнездо висит под ручьём", False),
    (NEST, "над ручьём висит гнездо", True),
    (FLAG, "флаг подняли над башней", True),
    (FLAG, "флаг подняли под старой башней", False),
    (WALL, "стену построили после войны", True),
    (WALL, "стену построили до войны", False),
    (WALL, "стену построили перед войной", False),
    (ROAD, "канаву прорыли вдоль дороги", True),
    (ROAD, "канаву прорыли поперёк дороги", False),
    (GATE, "the lamp hung above the gate", True),
    (GATE, "the lamp hung under the gate", False),
    (MINE, "the tunnel ran under the river", True),
    (MINE, "the tunnel ran over the river", False),
    (MINE, "the tunnel ran above the river", False),
    (SAIL, "ветер над парусом слабее, чем под парусом", True),
]


def _pack(card: Card, lang: str) -> Pack:
    return Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)


def _lang(card: Card) -> str:
    return "en" if card.prompt.isascii() else "ru"


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_the_other_side_is_another_place(card, given, right):
    assert Grader.for_pack(_pack(card, _lang(card))).grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS
                                             if not right and card is not GATE])
def test_without_the_rule_the_other_side_made_the_point(card, given, monkeypatch):
    monkeypatch.setattr(contradicted, "place_flipped", lambda *args: False)
    monkeypatch.setattr(other_way, "place_flipped", lambda *args: False)
    assert Grader.for_pack(_pack(card, _lang(card))).grade(card, given).correct


@pytest.mark.parametrize("rule", [True, False])
def test_the_point_s_side_is_no_mistake_of_the_other(rule, monkeypatch):
    if not rule:
        monkeypatch.setattr(other_way, "place_flipped", lambda *args: False)
    verdict = Grader.for_pack(_pack(HERBS, "ru")).grade(HERBS, "травы сушат под навесом")
    assert not verdict.correct  # one point of two
    assert ("Не над навесом." in verdict.feedback) is not rule


def test_a_figure_after_do_is_no_side():
    assert Grader.for_pack(_pack(WELL, "ru")).grade(WELL, "воду брали до 100 метров глубины").correct
