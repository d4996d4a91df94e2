"""The grader, check by check: each row is (card, answer, expected correct, expected reason)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studybot.core.grading import Grader
from studybot.core.packs import load_pack_text

PACK = """\
format: 1
id: g
title: Grading table
aliases:
  Vladimir Makei: [Makei, Makey, Uladzimir Makei]
  Alexander Lukashenko: [Lukashenko, Lukashenka]
  Iran: [Tehran]
  Russia: [Moscow, Kremlin]
  United States: [US, USA, America, Washington]
  secretary: [sec]  # this text's abbreviation (general English keeps "sec" for a second)
sections:
  - id: s
    title: S
    notes: Notes.
cards:
  - id: exports
    section: s
    kind: numeric
    prompt: What were exports to the US in January-November 2019?
    answer: USD 176 million
    number: {value: 176000000, unit: USD}
    mistakes:
      - match: ["217 million"]
        feedback: That was 2018.
  - id: share
    section: s
    kind: numeric
    prompt: What share of US foreign trade does Belarus account for?
    answer: 0.015%
    number: {value: 0.015, unit: "%"}
  - id: moratorium
    section: s
    kind: numeric
    prompt: For how long was the moratorium extended?
    answer: a year and a half
    number: {value: 18, unit: months}
  - id: trips
    section: s
    kind: numeric
    prompt: How many times did Kravchenko visit the US in 2019?
    answer: five times
    number: {value: 5}
  - id: direction
    section: s
    kind: short
    prompt: How did Belarusian exports to the US change in 2019?
    answer: They fell by 19%
    accept: [down 19%]
  - id: minister
    section: s
    kind: short
    prompt: Who was the Belarusian foreign minister?
    answer: Vladimir Makei
  - id: partner
    section: s
    kind: short
    prompt: Which country's cooperation with Minsk raises questions in Washington, besides China?
    answer: Iran
  - id: sanctions
    section: s
    kind: short
    prompt: What did the White House do with the moratorium on sanctions?
    answer: It extended the moratorium
  - id: date
    section: s
    kind: date
    prompt: On what date in 2019 did Lukashenko meet his security chiefs?
    answer: October 28, 2019
    date: "2019-10-28"
  - id: year
    section: s
    kind: date
    prompt: In what year did the Soviet Union absorb the Baltic states?
    answer: "1939"
    date: "1939"
  - id: scenarios
    section: s
    kind: list
    prompt: What are the three scenarios for Belarus?
    answer: Anschluss; satellite; status quo
    keypoints:
      - point: Anschluss
        accept: [annexation, absorption]
      - point: satellite
        accept: [puppet, loss of independence]
      - point: status quo
        accept: [no change]
    need: 3
  - id: trade
    section: s
    kind: explain
    prompt: Why does the US see no economic reason to engage with Belarus?
    answer: A tiny share of trade, raw materials that are easily replaced, an unreformed economy.
    keypoints:
      - point: tiny share of US trade
        accept: ["0.015%", negligible share]
      - point: raw materials easily replaced
        accept: [raw materials, commodities]
      - point: the economy is unreformed
        accept: [no reforms, not reformed]
    need: 2
  - id: pick
    section: s
    kind: choice
    prompt: Which agency signed a memorandum?
    options: [FBI, Drug Enforcement Administration, CIA]
    answer: Drug Enforcement Administration
  - id: blanks
    section: s
    kind: cloze
    text: Imports grew by {{46%}} to {{USD 580 million}}.
  - id: title
    section: s
    kind: short
    prompt: What post did David Hale hold?
    answer: Under Secretary of State for Political Affairs
  - id: oil
    section: s
    kind: short
    prompt: What did Belarus hope to buy?
    answer: American crude oil
    accept: [US crude oil, crude oil]
  - id: tone
    section: s
    kind: choice
    prompt: How did the Belarusian side see the outlook?
    options: [They are unlikely to reach a new level, They will soon reach a new level]
    answer: They are unlikely to reach a new level
  - id: sequence
    section: s
    kind: order
    prompt: Order the visits.
    items: [John Bolton visits Minsk, David Hale visits Minsk, the November elections]
"""

pack = load_pack_text(PACK, "grading.yaml")
grader = Grader.for_pack(pack)

ROWS = [
    # numbers: words, symbols, magnitudes; wrong figures never pass
    ("exports", "USD 176 million", True, ""),
    ("exports", "$176m", True, ""),
    ("exports", "one hundred seventy-six million dollars", True, ""),
    ("exports", "176 mln usd", True, ""),
    ("exports", "176,000,000 dollars", True, ""),
    ("exports", "167 million", False, "quantity"),
    ("exports", "$1.76 billion", False, "quantity"),
    ("exports", "217 million", False, "quantity"),
    ("exports", "about 176 million, down from 217 million", True, ""),
    ("share", "0.015%", True, ""),
    ("share", "0,015%", True, ""),
    ("share", "0.015 per cent", True, ""),
    ("share", "zero point zero one five percent", True, ""),
    ("share", "0.15%", False, "quantity"),
    ("share", "1.5%", False, "quantity"),
    ("moratorium", "18 months", True, ""),
    ("moratorium", "a year and a half", True, ""),
    ("moratorium", "one and a half years", True, ""),
    ("moratorium", "1.5 years", True, ""),
    ("moratorium", "a year", False, "quantity"),
    ("moratorium", "18 years", False, "quantity"),
    ("trips", "five", True, ""),
    ("trips", "5 times", True, ""),
    ("trips", "four", False, "quantity"),
    ("trips", "fifteen", False, "quantity"),
    # direction and negation
    ("direction", "they fell by 19%", True, ""),
    ("direction", "dropped 19 per cent", True, ""),
    ("direction", "declined by nineteen percent", True, ""),
    ("direction", "they rose by 19%", False, "direction"),
    ("direction", "grew 19%", False, "direction"),
    ("direction", "fell by 91%", False, "quantity"),
    ("direction", "they did not fall", False, ""),
    ("sanctions", "extended it", True, ""),
    ("sanctions", "it did not extend the moratorium", False, "negation"),
    # names: aliases and typos, but not near-miss names
    ("minister", "Makei", True, ""),
    ("minister", "Makey", True, ""),
    ("minister", "Uladzimir Makei", True, ""),
    ("minister", "Vladimir Makie", True, ""),
    ("minister", "Lukashenko", False, "mismatch"),
    ("partner", "Iran", True, ""),
    ("partner", "Tehran", True, ""),
    ("partner", "Iraq", False, "mismatch"),
    # dates
    ("date", "October 28", True, ""),
    ("date", "28 Oct 2019", True, ""),
    ("date", "28th of October", True, ""),
    ("date", "2019-10-28", True, ""),
    ("date", "October 29", False, "date"),
    ("date", "28 November", False, "date"),
    ("date", "October 28, 2018", False, "date"),
    ("date", "the 28th of October", True, ""),
    ("year", "1939", True, ""),
    ("year", "nineteen thirty-nine", True, ""),
    ("year", "in '39", True, ""),
    ("year", "1940", False, "date"),
    # keypoints: need, subsets, flipped points
    ("scenarios", "annexation, puppet state, status quo", True, ""),
    ("scenarios", "Anschluss; satellite; no change", True, ""),
    ("scenarios", "annexation and status quo", False, "keypoints"),
    ("trade", "Belarus is only 0.015% of US trade and sells raw materials", True, ""),
    ("trade", "the economy is not reformed and it exports commodities", True, ""),
    ("trade", "the economy is reformed and it exports commodities", False, "keypoints"),
    ("trade", "raw materials", False, "keypoints"),
    # choice by letter or text
    ("pick", "b", True, ""),
    ("pick", "B)", True, ""),
    ("pick", "drug enforcement administration", True, ""),
    ("pick", "a", False, "choice"),
    ("pick", "the FBI", False, "choice"),
    # cloze per blank
    ("blanks", "46%, USD 580 million", True, ""),
    ("blanks", "46 per cent; $580m", True, ""),
    ("blanks", "64%, USD 580 million", False, "cloze"),
    ("blanks", "46%", False, "cloze"),
    # order: text or the numbers shown
    ("sequence", "Bolton, Hale, elections", True, ""),
    ("sequence", "Hale, Bolton, elections", False, "order"),
    # titles: a changed rank or region is a different post; abbreviations are not
    ("title", "under secretary of state for political affairs", True, ""),
    ("title", "Under Sec. of State for Political Affairs", True, ""),
    ("title", "Deputy Under Secretary of State for Political Affairs", False, "mismatch"),
    ("title", "Under Secretary of State for Economic Affairs", False, ""),
    # another country named in place of the card's
    ("oil", "crude oil from the US", True, ""),
    ("oil", "American oil, crude", True, ""),
    ("oil", "crude oil from Russia", False, "mismatch"),
    # a paraphrase that negates the option is not that option
    ("tone", "unlikely to reach a new level", True, ""),
    ("tone", "not likely to get to a new level", True, ""),
    ("tone", "likely to reach a new level", False, "choice"),
    # empty
    ("minister", "", False, "empty"),
    ("minister", "   \t ", False, "empty"),
]


@pytest.mark.parametrize(("card_id", "answer", "correct", "reason"), ROWS)
def test_table(card_id, answer, correct, reason):
    verdict = grader.grade(pack.card(card_id), answer)
    assert verdict.correct == correct, (answer, verdict)
    if reason:
        assert verdict.reason == reason, (answer, verdict)


def test_order_by_the_numbers_shown():
    card = pack.card("sequence")
    shown = card.shown_items
    numbers = " ".join(str(shown.index(item) + 1) for item in card.items)
    assert grader.grade(card, numbers).correct
    reversed_numbers = " ".join(reversed(numbers.split()))
    verdict = grader.grade(card, reversed_numbers)
    assert not verdict.correct and verdict.score == 0


def test_order_numbers_against_the_pack_listing():
    """A sheet written from the pack file numbers the items as the pack lists them."""
    card = pack.card("sequence")
    in_order = " ".join(str(i) for i in range(1, len(card.items) + 1))
    assert grader.grade(card, in_order, shown=card.items).correct
    assert not grader.grade(card, in_order).correct  # the scrambled display is never already in order
    assert not grader.grade(card, " ".join(reversed(in_order.split())), shown=card.items).correct


def test_partial_credit_on_lists():
    verdict = grader.grade(pack.card("scenarios"), "annexation and status quo")
    assert verdict.score == pytest.approx(2 / 3)
    assert [k.covered for k in verdict.keypoints] == [True, False, True]


def test_typo_accepted_is_flagged_for_a_hard_rating():
    verdict = grader.grade(pack.card("minister"), "Vladimir Makie")
    assert verdict.correct and verdict.typo


def test_mistake_feedback_is_given():
    verdict = grader.grade(pack.card("exports"), "217 million")
    assert verdict.feedback == "That was 2018."


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(sorted(pack.cards_by_id)), st.text(max_size=300))
def test_grading_never_raises(card_id, answer):
    verdict = grader.grade(pack.card(card_id), answer)
    assert 0.0 <= verdict.score <= 1.0


@pytest.mark.parametrize("answer", [
    "🙂" * 50, "x" * 10_000, "\x1b[31mred\x1b[0m", "\u202eevil", "\x00\x01\x02", "1" * 5000, "[/]", "9" * 400 + "%",
])
def test_grading_odd_input(answer):
    for card in pack.cards:
        verdict = grader.grade(card, answer)
        assert isinstance(verdict.correct, bool)
