"""A keypoint's noun made of a verb and a particle said as the phrasal verb (core/particle_nouns.py): "an outbreak
of fever" / "fever broke out", "a breakdown of the winch" / "the winch broke down". Cards on invented subjects (a
mill, a quarry, a ferry), so a rule that passes is one of English; each row says what a fair teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.particle_nouns import particle_verb

from .cards import one_point

EN = Grader()

FEVER = one_point("an outbreak of fever in the quarry", "What closed the quarry?")
WINCH = one_point("a breakdown of the winch", "Why did the ferry stop?")
SLUICE = one_point("the sluice prevents backflow of water", "What does the sluice do?")
TERRACES = one_point("terraces cut the runoff from the slopes", "Why were the terraces built?")
MILL = one_point("the mill's output", "What did the merchants buy?")


@pytest.mark.parametrize(("card", "given", "right"), [
    # the noun said as its phrasal verb, in any form (a phrasal verb of one meaning read as that verb: "broke out",
    # "began")
    (FEVER, "fever broke out in the quarry", True),
    (FEVER, "a fever began in the quarry", True),
    (WINCH, "the winch broke down", True),
    (SLUICE, "the sluice stops water flowing back", True),
    (SLUICE, "the sluice keeps water from flowing backwards", True),
    (TERRACES, "terraces cut the water running off the slopes", True),
    # ... negated as the point is, the verb with its own particle, or another verb: no
    (FEVER, "fever did not break out in the quarry", False),
    (FEVER, "fever broke in the quarry", False),
    (WINCH, "the winch did not break down", False),
    (WINCH, "the winch turned down", False),
    (SLUICE, "the sluice stops water flowing forwards", False),
    (SLUICE, "the sluice makes water flow back", False),
    (TERRACES, "terraces cut the water running onto the slopes", False),
])
def test_a_particle_noun_said_as_its_phrasal_verb(card: Card, given: str, right: bool) -> None:
    assert EN.grade(card, given).correct is right, EN.grade(card, given).trace


@pytest.mark.parametrize(("given", "right"), [
    # a verb written with its particle before it takes an object after it, and means another thing: not a noun
    ("the clerks upheld the ruling", True),
    ("the clerks held up the ruling", False),
])
def test_a_verb_of_a_particle_and_a_verb_is_no_noun(given: str, right: bool) -> None:
    card = one_point("the clerks upheld the ruling", "What did the clerks do?")
    assert EN.grade(card, given).correct is right, EN.grade(card, given).trace


@pytest.mark.parametrize(("word", "made"), [
    ("outbreaks", ({"break"}, "out", True)),
    ("breakdown", ({"break"}, "down", False)),
    ("runoff", ({"run"}, "off", False)),
    ("backflow", ({"flow"}, "back", True)),
    ("harvest", None),
    ("outlaw", None),  # "law" is no verb
])
def test_a_noun_split_into_verb_and_particle(word: str, made: tuple[set[str], str, bool] | None) -> None:
    found = particle_verb(word)
    assert (None if found is None else (set(found[0]), found[1], found[2])) == made


def test_a_word_of_the_packs_own_synonyms_is_the_authors() -> None:
    grader = Grader(synonyms=(("outbreak", "epidemic"),))
    assert not grader.grade(FEVER, "fever broke out in the quarry").correct
