"""A point about a part of a thing is not made by an answer that says the whole thing in its place (issue #11;
`grading/parts_left_out.py`): "the volume of the boat" for "the volume of the submerged part of the boat", "паводок
унёс песок" for "паводок унёс верхний слой песка". Invented points; the part said in other words still makes it."""

from __future__ import annotations

import pytest

from tests.cards import point_made

_FLOAT = "the upthrust equals the weight of water in the volume of the submerged part of the boat"
_SAND = "the spring flood carried off the upper layer of the sand from the dunes"
_TAX = "the guilds paid the new levy on their net income every winter"
_RU_FLOAT = "подъёмная сила равна весу воды в объёме погружённой части лодки"
_RU_SAND = "весенний паводок унёс верхний слой песка с дюн"


@pytest.mark.parametrize(("prompt", "point", "given", "made"), [
    # the whole in the part's place
    ("What is the upthrust?", _FLOAT, "the upthrust equals the weight of water in the volume of the boat", False),
    ("What did the flood do?", _SAND, "the spring flood carried off the sand from the dunes", False),
    ("What did the guilds pay?", _TAX, "the guilds paid the new levy on their income every winter", False),
    # the part said, or a word that tells which part
    ("What is the upthrust?", _FLOAT, "the upthrust equals the weight of water in the volume of the submerged part",
     True),
    ("What did the flood do?", _SAND, "the spring flood carried off the top layer of sand from the dunes", True),
    ("What did the flood do?", _SAND, "the spring flood carried off the upper sand from the dunes", True),
    ("What did the guilds pay?", _TAX, "the guilds paid the new levy on net income every winter", True),
])
def test_english_whole_for_part(prompt, point, given, made):
    assert point_made(prompt, point, given) is made


@pytest.mark.parametrize(("prompt", "point", "given", "made"), [
    ("Чему равна подъёмная сила?", _RU_FLOAT, "подъёмная сила равна весу воды в объёме лодки", False),
    ("Что сделал паводок?", _RU_SAND, "весенний паводок унёс песок с дюн", False),
    ("Чему равна подъёмная сила?", _RU_FLOAT, "подъёмная сила равна весу воды в объёме погружённой части лодки",
     True),
    ("Чему равна подъёмная сила?", _RU_FLOAT, "сила равна весу воды в объёме погружённой лодки", True),
    ("Что сделал паводок?", _RU_SAND, "паводок унёс верхний слой песка", True),
    ("Что сделал паводок?", _RU_SAND, "весенний паводок унёс с дюн верхний песок", True),
])
def test_russian_whole_for_part(prompt, point, given, made):
    assert point_made(prompt, point, given, "ru") is made


def _listed(language: str, points: tuple[str, ...], prompt: str, given: str) -> bool:
    from studybot.core.grading import Grader
    from studybot.core.packs import Card, Keypoint, Pack, Section

    card = Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p) for p in points))
    pack = Pack(id="p", title="p", language=language, cards=(card,),
                sections=(Section(id="s", title="s", notes=". ".join(points)),))
    return Grader.for_pack(pack).grade(card, given).correct


_EN_LIST = ("the upper layer of the sand", "the reed beds", "the wooden jetty")
_RU_LIST = ("объём погружённой части лодки", "плотность воды", "ускорение свободного падения")


@pytest.mark.parametrize(("language", "points", "prompt", "given", "right"), [
    # an item of a list named by the thing a part of the point is of: the whole, not the part
    ("en", _EN_LIST, "What did the flood carry off?", "the sand, the reed beds, the wooden jetty", False),
    ("ru", _RU_LIST, "От чего зависит подъёмная сила?", "объём лодки, плотность воды, ускорение свободного падения",
     False),
    # named by the part, or by the point's head alone, as before
    ("en", _EN_LIST, "What did the flood carry off?", "the upper sand, the reed beds, the wooden jetty", True),
    ("en", _EN_LIST, "What did the flood carry off?", "the upper layer of sand, the reed beds, the jetty", True),
    ("ru", _RU_LIST, "От чего зависит подъёмная сила?", "объём, плотность воды, ускорение свободного падения", True),
    ("ru", _RU_LIST, "От чего зависит подъёмная сила?",
     "объём погружённой части, плотность воды, ускорение свободного падения", True),
])
def test_a_list_item_named_by_the_whole(language, points, prompt, given, right):
    assert _listed(language, points, prompt, given) is right


@pytest.mark.parametrize(("point", "given"), [
    # a part told by how much of the thing it is, not which part: said of the whole loosely, as before
    ("the greater part of the garrison deserted to the rebels in the spring", "the garrison deserted to the rebels in "
                                                                               "the spring"),
])
def test_an_amount_of_the_whole_is_no_part_told(point, given):
    assert point_made("What did the garrison do?", point, given) is True
