"""A short answer whose last word is the question's own noun is read again with a right wording's head in its place
("the secondary ones" for "secondary waves", grading.heads) only when the rest of it is the
wording's own: "the plant and the Velm reactor" says nothing of "cadmium sheets", and "естественный отбор" nothing
of "домашних голубей". Found as validate's warning that a section's title answers a card of its section it does not
name (an instructor's "Раскол льдины" for "шестидневный шторм"). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

REACTOR = Card(id="r", section="s", kind="short",
               prompt="In the Velm reactor, what metal lined the core, slowing the neutrons?",
               answer="Cadmium", accept=("cadmium sheets",))
BIRDS = Card(id="p", section="s", kind="short", prompt="Каких птиц разводил сам Орлин, изучая искусственный отбор?",
             answer="Канареек", accept=("домашних канареек", "канарейки"))


def grader(language: str = "en") -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language=language, sections=(Section("s", "S", "notes"),),
                                cards=()))


@pytest.mark.parametrize(("card", "given", "right"), [
    (REACTOR, "The plant and the Velm reactor", False),
    (REACTOR, "the cadmium reactor", True),
    (REACTOR, "cadmium", True),
])
def test_the_question_noun_in_place_of_the_head(card: Card, given: str, right: bool) -> None:
    verdict = grader().grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("given", "right"), [("Естественный отбор", False), ("канареек", True),
                                              ("домашних канареек", True)])
def test_in_russian(given: str, right: bool) -> None:
    verdict = grader("ru").grade(BIRDS, given)
    assert verdict.correct is right, verdict.trace
