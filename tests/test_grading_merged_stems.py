"""A known mistake that is another word of a right wording's stem (`grading.merged_stems`): Snowball stems
"tribunal" and "tribune" alike, so with the answer "tribune of the guilds" and the mistake "tribunal", "the tribunal
of the guilds" is that mistake, while "tribune", "tribunes of the guilds" and "a guild tribune" stay right; and
"the universe of the guilds" is no "university of the guilds" where "universe" is the known mistake. Invented
offices."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section

NOTES = "In 1402 Hanne Rudd was elected tribune of the guilds. The guilds met in the university of the guilds."
TRIBUNE = Card(id="t", section="s", kind="short", prompt="What office did Hanne Rudd hold?",
               answer="tribune of the guilds", accept=("tribune", "guild tribune"),
               mistakes=(Mistake(("tribunal",), "A tribunal is a court."),))
SCHOOL = Card(id="u", section="s", kind="short", prompt="Where did the guilds meet?",
              answer="the university of the guilds", mistakes=(Mistake(("universe",), "Not the universe."),))

ROWS = [
    (TRIBUNE, "the tribunal of the guilds", False),
    (TRIBUNE, "tribunal", False),
    (TRIBUNE, "tribune of the guilds", True),
    (TRIBUNE, "tribunes of the guilds", True),
    (TRIBUNE, "a guild tribune", True),
    (SCHOOL, "the universe of the guilds", False),
    (SCHOOL, "the university of the guilds", True),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_mistake_of_the_same_stem(card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(TRIBUNE, SCHOOL), language="en")
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
