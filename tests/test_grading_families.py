"""A family said for its members (round 60, the lead's own pack): "the Montgolfier brothers", "the Montgolfiers",
"братья Черепановы", "Моторины, отец и сын" name each person of that surname the card wants; a bare surname does
not, nor does a family where the pack names another person of that surname whom the card does not want. Invented
packs, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.families import family_named, relatives_named
from studybot.core.packs import Card, Keypoint, Pack, Section

POINTS_EN = ("Joseph Marlow", "Etienne Marlow")
POINTS_RU = ("Ефим Черепанов", "Мирон Черепанов")


def _pack(notes: str, cards: tuple[Card, ...], language: str) -> Pack:
    return Pack(id="p", title="t", sections=(Section(id="s", title="S", notes=notes),), cards=cards,
                language=language)


def _list(points: tuple[str, ...], prompt: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer=", ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=2)


EN_LIST = _list(POINTS_EN, "Who flew the first balloon?")
EN_SHORT = Card(id="s", section="s", kind="short", prompt="Who flew the first balloon?",
                answer="Joseph and Etienne Marlow")
EN = Grader.for_pack(_pack("Joseph Marlow and his brother Etienne Marlow flew the first balloon in 1783.",
                           (EN_LIST, EN_SHORT), "en"))
# the father, Pierre Marlow, bears the name too: "the Marlows" might mean him
EN_FATHER = Grader.for_pack(_pack("Joseph Marlow and his brother Etienne Marlow flew the first balloon in 1783. "
                                  "Their father Pierre Marlow made paper.", (EN_LIST,), "en"))
RU_LIST = _list(POINTS_RU, "Кто построил первый паровоз?")
RU = Grader.for_pack(_pack("Ефим Черепанов и его сын Мирон Черепанов построили первый паровоз в 1834 году. Отец и "
                           "сын служили механиками на заводе.", (RU_LIST,), "ru"))


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (EN, EN_LIST, "the Marlow brothers", True), (EN, EN_LIST, "the Marlows", True),
    (EN, EN_LIST, "brothers Marlow", True), (EN, EN_LIST, "Marlow", False), (EN, EN_LIST, "the Wright brothers", False),
    (EN, EN_SHORT, "the Marlow brothers", True), (EN, EN_SHORT, "Marlow", False),
    (EN_FATHER, EN_LIST, "the Marlows", False),
    (RU, RU_LIST, "Черепановы, отец и сын", True), (RU, RU_LIST, "отец и сын Черепановы", True),
    (RU, RU_LIST, "братьями Черепановыми", True), (RU, RU_LIST, "Черепанов", False),
    (RU, RU_LIST, "братья Райт", False),
])
def test_a_family_names_each_of_its_members_a_card_wants(grader, card, answer, right):
    assert grader.grade(card, answer).correct is right


def test_the_family_is_written_as_its_members():
    people = frozenset({"joseph marlow", "etienne marlow"})
    assert family_named("the Marlow brothers", POINTS_EN, people, frozenset(), "en") == \
        "Etienne Marlow and Joseph Marlow"
    assert family_named("the Marlow brothers", POINTS_EN, people, frozenset(), "fr") is None
    assert family_named("Marlow", POINTS_EN, people, frozenset(), "en") is None
    assert family_named("the Marlow brothers", POINTS_EN, people, frozenset({"pierre marlow"}), "en") is None


# round 61, the lead's own pack: a relative said with a kin noun after a named person bears the person's surname
# ("Ефим Черепанов с сыном Мироном" names both), unless the card says another relation ("с братом" for "его сын")
RU_SON = _list(("Ефим Черепанов", "его сын Мирон Черепанов"), "Кто построил первый паровоз?")
RU_KIN = Grader.for_pack(_pack("Ефим Алексеевич Черепанов и его сын Мирон Ефимович Черепанов построили первый паровоз "
                               "в 1834 году.", (RU_LIST, RU_SON), "ru"))
EN_BROTHER = _list(("Joseph Marlow", "his brother Etienne Marlow"), "Who flew it?")
EN_KIN = Grader.for_pack(_pack("Joseph Marlow and his brother Etienne Marlow flew the first balloon in 1783.",
                               (EN_LIST, EN_BROTHER), "en"))


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU_KIN, RU_LIST, "Ефим Черепанов с сыном Мироном", True),
    (RU_KIN, RU_LIST, "Ефим Алексеевич Черепанов вместе с сыном Мироном", True),
    (RU_KIN, RU_LIST, "Ефим Черепанов со своим сыном Мироном", True),
    (RU_KIN, RU_LIST, "Ефим Черепанов с братом Мироном", True),  # the card names no kinship
    (RU_KIN, RU_LIST, "Ефим Черепанов с сыном Петром", False),  # another given name
    (RU_KIN, RU_LIST, "Ефим Черепанов", False),
    (RU_KIN, RU_SON, "Ефим Черепанов с сыном Мироном", True),
    (RU_KIN, RU_SON, "Ефим Черепанов с братом Мироном", False),  # the card says son, the answer brother
    (EN_KIN, EN_LIST, "Joseph Marlow with his brother Etienne", True),
    (EN_KIN, EN_LIST, "Joseph Marlow and his son Etienne", True),
    (EN_KIN, EN_LIST, "Joseph Marlow with his son Pierre", False),
    (EN_KIN, EN_BROTHER, "Joseph Marlow with his brother Etienne", True),
    (EN_KIN, EN_BROTHER, "Joseph Marlow with his son Etienne", False),
])
def test_a_relative_said_by_a_kin_noun_bears_the_surname(grader, card, answer, right):
    assert grader.grade(card, answer).correct is right


def test_the_relative_is_written_with_the_surname():
    names = frozenset({"ефим алексеевич черепанов", "мирон ефимович черепанов", "ефим черепанов"})
    assert relatives_named("Ефим Черепанов с сыном Мироном", (), names, "ru") == "Ефим Черепанов и Мирон Черепанов"
    assert relatives_named("Ефим Черепанов с сыном Мироном", ("отец и сын",), names, "ru") is not None
    assert relatives_named("Ефим Черепанов с братом Мироном", ("отец и сын",), names, "ru") is None
    assert relatives_named("Ефим Черепанов с сыном Мироном", (), names, "fr") is None
    assert relatives_named("Ефим Черепанов с сыном Петром", (), names, "ru") is None
