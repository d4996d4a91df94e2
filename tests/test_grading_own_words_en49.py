"""English answers in a learner's own words, round 49 (issue #11). Invented cards (no pack's words).

A death said by its cause, either way round (`dying`): "typhus killed many weavers" makes "many weavers died of
typhus" and the reverse; another cause, another victim or survival stays wrong.

A noun of action and its verb either way round (`relational`): "the opposition of the miners" makes "the miners
opposed ...", as "the miners opposed" made "the opposition of the miners"; a verb of stopping said by its noun is
still a word of stopping (`contradicted._prevention_dropped`); another verb stays wrong. "-ition" nouns keep a root of
five letters ("tradition" is no "traded").

A point's word said with a negative prefix, as "does not equal" is read "unequal", denies the point made by its
other words (`contradicted._prefix_denied`).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.relational import related
from tests.cards import one_point

CASES = [
    ("many weavers died of typhus", "typhus killed many weavers", True),
    ("many weavers died of typhus", "cholera killed many weavers", False),
    ("many weavers died of typhus", "typhus killed many sailors", False),
    ("typhus killed many weavers", "many weavers died of typhus", True),
    ("typhus killed many weavers", "many weavers died from typhus", True),
    ("typhus killed many weavers", "many weavers died of cholera", False),
    ("typhus killed many weavers", "many weavers survived typhus", False),
    ("the miners opposed the new shift rules", "the opposition of the miners to the new shift rules", True),
    ("the miners opposed the new shift rules", "because of the miners' opposition to the new shift rules", True),
    ("the miners opposed the new shift rules", "the miners supported the new shift rules", False),
    ("the miners opposed the new shift rules", "the support of the miners for the new shift rules", False),
    ("the input power equals the output power", "the input power is equal to the output power", True),
    ("the input power equals the output power", "the input power does not equal the output power", False),
    ("the input power equals the output power", "the input power is unequal to the output power", False),
]


@pytest.mark.parametrize(("point", "answer", "right"), CASES)
def test_own_words_en49(point, answer, right):
    assert Grader(language="en").grade(one_point(point, "Why did it happen?"), answer).correct is right


@pytest.mark.parametrize(("want", "have", "right"), [
    ("opposed", "opposition", True),  # the verb of a point said by its noun
    ("opposition", "opposed", True),
    ("prohibited", "prohibition", True),
    ("decided", "decision", True),
    ("traded", "tradition", False),  # a root of four letters: no noun of action
    ("conducted", "condition", False),
])
def test_noun_of_action_either_way(want, have, right):
    from studybot.core.language import language
    stem = language("en").stem
    assert related("en", stem, want, have) is right
