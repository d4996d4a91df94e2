"""An adverb of doing apart in place of one of doing together, or the other way round, turns a point made in part
(issue #11): "small workshops were better apart" does not make "small workshops were stronger together", nor "малые
мастерские сильнее поодиночке" "... сильнее вместе"; a synonym ("jointly", "сообща") or the word left out still
does. Read only in place of the point's word (`joint_words`), never as the lexicon's opposites. Invented cards; each
row says what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

GUILD = one_point("the guild taught its members that small workshops were stronger together",
                  "What did the guild teach?")
TURNS = one_point("the two crews rowed the barge separately in turns", "How was the barge moved?")
RU_GUILD = one_point("гильдия учила мастеров, что малые мастерские сильнее вместе", "Чему учила гильдия?")

ROWS = [
    (GUILD, "the guild taught its members that small workshops were stronger together", "en", True),
    (GUILD, "the guild taught its members that small workshops were stronger jointly", "en", True),
    (GUILD, "the guild taught its members that small workshops were stronger", "en", True),
    (GUILD, "the guild taught its members that small workshops were better apart", "en", False),
    (GUILD, "the guild taught its members that small workshops were stronger separately", "en", False),
    (GUILD, "the guild taught its members that small workshops did better alone", "en", False),
    (TURNS, "the two crews rowed the barge together in turns", "en", False),
    (RU_GUILD, "гильдия учила мастеров, что малые мастерские сильнее вместе", "ru", True),
    (RU_GUILD, "гильдия учила мастеров, что малые мастерские сильнее сообща", "ru", True),
    (RU_GUILD, "гильдия учила мастеров, что малые мастерские сильнее поодиночке", "ru", False),
    (RU_GUILD, "гильдия учила мастеров, что малые мастерские сильнее по отдельности", "ru", False),
]


@pytest.mark.parametrize(("card", "given", "code", "right"), ROWS)
def test_apart_is_not_together_in_place_of_it(card, given, code, right):
    assert Grader(language=code).grade(card, given).correct is right
