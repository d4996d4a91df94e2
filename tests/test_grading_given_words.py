"""A word the question gives, left out of a term of the answer and replaced by another word ("хлорид калия" for
"хлорид натрия" when the question names "гидроксид натрия"), makes another thing; but a word that begins a new
clause after the term ("helium, giving off an electron") only says more (`grading.short._put_in_place`).
Invented cards, English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


DECAY = short("Helium-3", "Into what does tritium-3 decay?")
SALT = short("хлорид натрия", "Что образуется при реакции гидроксида натрия с соляной кислотой?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, DECAY, "helium, giving off an electron", True),
    (EN, DECAY, "into helium, emitting a beta particle", True),
    (EN, DECAY, "helium-3", True),
    (EN, DECAY, "helium-4, giving off an electron", False),
    (EN, DECAY, "lithium, giving off an electron", False),
    (RU, SALT, "хлорид натрия", True),
    (RU, SALT, "хлорид калия", False),
    (RU, SALT, "хлорид калия, и вода", False),
])
def test_a_word_in_place_of_one_the_question_gives(grader, card, given, right):
    assert grader.grade(card, given).correct is right


# a term the wording writes closed, the answer open or hyphenated ("field hall" for "fieldhall"): the word beside
# the given one is a half of the term, not another word in its place
MARKET = Card(id="c", section="s", kind="short", prompt="What did the villagers call their summer market?",
              answer='Fieldhall, the "field market"', accept=("fieldhall", "field market"))


@pytest.mark.parametrize(("card", "given", "right"), [
    (MARKET, "fieldhall", True),
    (MARKET, "field hall", True),
    (MARKET, "field-hall", True),
    (MARKET, "the field market", True),
    (MARKET, "field fair", False),
    (MARKET, "the town market", False),
])
def test_a_closed_term_written_open(card, given, right):
    assert EN.grade(card, given).correct is right
