"""The README's "Questions instructors ask" on names with a particle, alias keys, English thousands,
money in slang and a month-and-year cloze blank: what it promises, on a pack of our own (a made-up
canal company, a father and his son who share a surname)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs.checker import load_pack_text

PACK = """
format: 1
id: kelby
title: A made-up canal company
language: en
aliases:
  Henri de Vallon: [Vallon]
  Morrow Cut: [the Cut]
sections:
  - id: works
    title: The works
    notes: |
      The canal company was led by Henri de Vallon, and later by his son Paul de Vallon.
      The Morrow Cut was dug through the hills in 1911.
      The works killed 5,609 workers, and the company spent 40 million dollars.
      The governor visited in November 1906.
cards:
  - {id: henri, section: works, kind: short, prompt: Who led the company first?, answer: Henri de Vallon}
  - {id: paul, section: works, kind: short, prompt: Who led the company later?, answer: Paul de Vallon}
  - {id: cut, section: works, kind: short, prompt: What was dug through the hills in 1911?, answer: the Morrow Cut}
  - {id: deaths, section: works, kind: numeric, prompt: How many workers did the works kill?, answer: "5,609",
     number: {value: 5609}}
  - {id: spent, section: works, kind: numeric, prompt: How much did the company spend?, answer: 40 million dollars,
     number: {value: 40000000, unit: USD}}
  - {id: visit, section: works, kind: cloze, text: "The governor visited in {{November 1906}}."}
"""


def graded(pack_text: str, card_id: str, answer: str) -> bool:
    pack = load_pack_text(pack_text)
    card = next(card for card in pack.cards if card.id == card_id)
    return Grader.for_pack(pack).grade(card, answer).correct


@pytest.mark.parametrize(("card", "answer", "right"), [
    ("henri", "Vallon", True),  # the alias
    ("henri", "Henri de Vallon", True),
    ("henri", "H. de Vallon", True),
    ("paul", "Vallon", False),  # another person's alias, on a card of the son
    ("paul", "de Vallon", False),
    ("paul", "Paul de Vallon", True),
    ("cut", "the Cut", True),  # an alias keyed without the article the card's answer has
    ("cut", "Morrow Cut", True),
    ("deaths", "5 609", True),
    ("deaths", "5609", True),
    ("deaths", "5 609 workers", True),
    ("deaths", "5 690", False),
    ("spent", "40 million bucks", True),
    ("spent", "14 million bucks", False),
    ("visit", "November 1906", True),
    ("visit", "12 November 1906", True),
    ("visit", "November", True),
    ("visit", "1906", False),
    ("visit", "October 1906", False),
])
def test_what_the_readme_answers(card, answer, right):
    assert graded(PACK, card, answer) is right


@pytest.mark.parametrize(("answer", "right"), [("Vallon", True), ("de Vallon", True)])
def test_a_surname_alone_is_right_while_no_one_else_has_it(answer, right):
    alone = PACK.replace(", and later by his son Paul de Vallon", "").replace("  Henri de Vallon: [Vallon]\n", "")
    alone = "\n".join(line for line in alone.splitlines() if "id: paul" not in line)
    assert graded(alone, "henri", answer) is right


@pytest.mark.parametrize("answer", ["Vallon", "de Vallon"])
def test_a_surname_father_and_son_share_is_wrong_without_an_alias(answer):
    shared = PACK.replace("  Henri de Vallon: [Vallon]\n", "")
    assert graded(shared, "henri", answer) is False
    assert graded(shared, "paul", answer) is False


RU_PACK = """
format: 1
id: zavod
title: Придуманный завод
language: ru
sections:
  - id: s
    title: Завод
    notes: |
      Вход на завод стоил алтын, то есть три копейки.
cards:
  - {id: fee, section: s, kind: numeric, prompt: Сколько стоил вход?, answer: три копейки,
     number: {value: 0.03, unit: RUB}, accept: [алтын]}
"""


@pytest.mark.parametrize(("answer", "right"), [("алтын", True), ("3 копейки", True), ("0,03 рубля", True),
                                               ("один алтын", False), ("5 копеек", False)])
def test_a_sum_without_a_figure_is_taken_from_the_cards_accept(answer, right):
    assert graded(RU_PACK, "fee", answer) is right


def test_without_the_accept_a_sum_needs_a_figure():
    assert graded(RU_PACK.replace(", accept: [алтын]", ""), "fee", "алтын") is False
