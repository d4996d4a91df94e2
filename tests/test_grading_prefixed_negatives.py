"""An English adjective denied is its WordNet opposite made by a negative prefix (`prefixed_negatives`): "not
relevant" makes "irrelevant" and "not pure" makes "impure", while the adjective alone ("relevant", "pure") stays the
opposite; read in that direction only, so the prefixed word's noun and its use before a noun ("impurities", "an impure
tincture") still make the point; never a verb's form ("not changed"), a word whose prefix no longer negates
("immediate", "independent"), nor a pair the lexicon's complements read ("impossible"). Cards on invented subjects of
no pack (a guild's rules, an apothecary's tincture, a clerk)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.prefixed_negatives import prefixed_negatives

from .cards import one_point

EN = Grader()

RULES = one_point("the old guild rules are not relevant for the new workshops", "What about the old rules?")
TINCTURE = one_point("the tincture was impure", "What was wrong with the tincture?")
CLERK = one_point("the clerk was dishonest", "What was the clerk like?")

ROWS = [
    (RULES, "the old guild rules are irrelevant for the new workshops", True),
    (RULES, "the old guild rules are relevant for the new workshops", False),
    (TINCTURE, "it was not pure", True),
    (TINCTURE, "the tincture was impure", True),
    (TINCTURE, "the impurity of the tincture", True),
    (TINCTURE, "the tincture contained impurities", True),
    (TINCTURE, "an impure tincture", True),
    (TINCTURE, "it was pure", False),
    (TINCTURE, "it was not impure", False),
    (CLERK, "the clerk was not honest", True),
    (CLERK, "the clerk was honest", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_prefixed_negative_is_not_its_opposite(card, given: str, right: bool) -> None:
    assert EN.grade(card, given).correct is right, EN.grade(card, given).trace


@pytest.mark.parametrize(("text", "read"), [
    ("the rules are not relevant", "the rules are irrelevant"),
    ("the protest was not violent", "the protest was nonviolent"),
    ("the clerk was not honest", "the clerk was dishonest"),
    ("the price was not changed", "the price was not changed"),  # a verb's form: the verb denied
    ("the gate was not immediate", "the gate was not immediate"),
    ("he was not able to pay", "he was not able to pay"),  # the lexicon reads "unable" as "cannot"
    ("it was not possible", "it was not possible"),  # a complement the lexicon reads ("impossible")
    ("not only the gate", "not only the gate"),
    ("it was not valuable", "it was not valuable"),  # "invaluable" is no opposite
])
def test_which_words_are_read(text: str, read: str) -> None:
    assert prefixed_negatives(text) == read
