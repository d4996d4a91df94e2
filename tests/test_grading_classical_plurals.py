"""English nouns with a Latin or Greek plural: a fair teacher takes "the nucleus" for "the nuclei", "the criteria"
for "the criterion", as "cell" for "cells". Cards on invented subjects; then the traps: the wrong noun stays
wrong, and words that only look like such a plural ("comma", "bases", "data") keep their own stems."""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.classical_plurals import classical_singular
from studybot.core.grading import Grader
from studybot.core.language import language
from tests import cards

EN = Grader()
short = partial(cards.short, prompt="What did the study look at?")

ROWS = [
    ("the nuclei of the reed cells", "the nucleus of the reed cells", True),
    ("the nucleus of the reed cell", "the nuclei of the reed cell", True),
    ("three criteria of ripeness", "three criterion of ripeness", True),
    ("the criterion of ripeness", "the criteria of ripeness", True),
    ("strange phenomena of the marsh", "strange phenomenon of the marsh", True),
    ("the soil fungi", "the soil fungus", True),
    ("visual stimuli", "visual stimulus", True),
    ("two price indices", "two price index", True),
    ("the crises of the guild", "the crisis of the guild", True),
    ("the hypothesis of the miller", "the hypotheses of the miller", True),
    ("the marsh larvae", "the marsh larva", True),
    ("the genera of moss", "the genus of moss", True),
    # the wrong noun stays wrong
    ("the nuclei of the reed cells", "the walls of the reed cells", False),
    ("visual stimuli", "visual signals of fear", False),
    ("the soil fungi", "the soil worms", False),
]


@pytest.mark.parametrize(("answer", "typed", "right"), ROWS)
def test_classical_plurals(answer: str, typed: str, right: bool) -> None:
    assert EN.grade(short(answer), typed).correct is right


SINGULARS = [
    ("nuclei", "nucleus"), ("criteria", "criterion"), ("phenomena", "phenomenon"), ("stimuli", "stimulus"),
    ("indices", "index"), ("vertebrae", "vertebra"), ("theses", "thesis"), ("strata", "stratum"),
    ("genera", "genus"), ("automata", "automaton"),
    # not such plurals: a word of its own, a regular plural, a shape alone
    ("data", None), ("taxi", None), ("area", None), ("bases", None), ("axes", None), ("comma", None),
    ("series", None), ("indexes", None), ("via", None),
]


@pytest.mark.parametrize(("word", "singular"), SINGULARS)
def test_classical_singular(word: str, singular: str | None) -> None:
    assert classical_singular(word) == singular


def test_stems_meet() -> None:
    en = language("en")
    assert en.lemma_stem("nuclei") == en.lemma_stem("nucleus")
    assert en.lemma_stem("bases") != en.lemma_stem("basis")
    assert en.stem("nuclei") != en.stem("nucleus")  # the tutor's stems are left as they were
