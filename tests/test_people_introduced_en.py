"""An English name after a noun for people ("the miller Thomas Ashcroft", "the astronomer Johann Galle") is a
person's, as a Russian one after such a noun is ("штурман Ник Ридли"), though the texts never write the surname
alone: then its surname alone answers a card, a cloze blank too (found by a blind author: a blank "Samuel Homfray"
answered "Homfray"). A name after another word in lower case is not made a person's so."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import load_pack_text
from studybot.core.people import person_names


def canonicals(text: str) -> frozenset[str]:
    lang = language("en")
    return person_names((text,), (), {}, lang.lex, lambda w: w).canonicals


@pytest.mark.parametrize(("text", "person"), [
    ("The run won a bet for the miller Thomas Ashcroft.", "thomas ashcroft"),
    ("The planet was found by the astronomer Johann Galle in Berlin.", "johann galle"),
    ("It was paid for by the ironmaster Samuel Pennock.", "samuel pennock"),
    ("The chemist Ada Merrow weighed the gas.", "ada merrow"),
])
def test_a_name_after_a_noun_for_people(text, person):
    assert person in canonicals(text)


@pytest.mark.parametrize("text", [
    "The ship sailed past the river Stour Valley.",
    "They walked from the village Green Lane to the mill.",
])
def test_a_name_after_another_word_is_not_made_a_persons(text):
    assert not canonicals(text)


PACK = """\
format: 1
id: mills
title: Mills
language: en
sections:
  - id: s
    title: The wager
    notes: |
      In 1790 the run won a bet for the miller Thomas Ashcroft.
cards:
  - id: cz
    section: s
    kind: cloze
    prompt: Fill in the blanks.
    text: The run of {{1790}} won a bet for the miller {{Thomas Ashcroft}}.
    explanation: So the notes say.
    examples:
      right: ["1790, Thomas Ashcroft"]
      wrong: ["1790, John Smith"]
"""


@pytest.mark.parametrize(("given", "right"), [("1790, Ashcroft", True), ("1790, Thomas Ashcroft", True),
                                              ("1790, T. Ashcroft", True), ("1790, Thomas", False),
                                              ("1790, Ashton", False)])
def test_a_blank_answered_by_the_surname_alone(given, right):
    pack = load_pack_text(PACK, "mills.yaml")
    assert Grader.for_pack(pack).grade(pack.cards[0], given).correct is right
