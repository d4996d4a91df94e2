"""An English verb said in two words is the one verb it means: "the merchants postponed the voyage" is made by
"the merchants held off the voyage", "the guild was established" by "the guild was set up", "the abbot resigned"
by "the abbot stepped down", "the war began" by "the war broke out", "the herons returned" by "the herons came
back", "the mill continued grinding" by "the mill kept on grinding", "so the pumps could continue" by "so the
pumps could keep going / keep running", and a pronoun may stand between ("called it off" / "called off the
fair"); another verb, a negation or a phrasal verb of two meanings is judged as before. Invented subjects
(`lexicon_phrasal`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import one_point, short

VOYAGE = one_point("the merchants postponed the voyage to the islands", "What did the merchants do after the storm?")
GUILD = one_point("the weavers established a guild in the town", "What did the weavers do?")
ABBOT = one_point("the abbot resigned in the spring", "What did the abbot do?")
WAR = one_point("the war began in 1652", "What happened in 1652?")
HERONS = one_point("the herons returned to the marsh", "What happened after the drainage stopped?")
MILL = one_point("the mill continued grinding through the drought", "What did the mill do in the drought?")
PUMPS = one_point("so that the pumps could continue", "Why was the reservoir refilled?")
FAIR = short("He cancelled the fair", "he called it off", prompt="What did the duke do about the fair?")

ROWS = [
    (VOYAGE, "the merchants held off the voyage to the islands", True),
    (VOYAGE, "the merchants did not hold off the voyage to the islands", False),
    (VOYAGE, "the merchants held on to the voyage to the islands", False),
    (GUILD, "the weavers set up a guild in the town", True),
    (GUILD, "the weavers broke up a guild in the town", False),
    (ABBOT, "the abbot stepped down in the spring", True),
    (ABBOT, "the abbot stepped in during the spring", False),
    (FAIR, "he called off the fair", True),
    (FAIR, "he called it off", True),
    (FAIR, "he called it back", False),
    (WAR, "the war broke out in 1652", True),
    (WAR, "the war broke up in 1652", False),
    (HERONS, "the herons came back to the marsh", True),
    (HERONS, "the herons never came back to the marsh", False),
    (HERONS, "the herons came out of the marsh", False),
    (MILL, "the mill kept on grinding through the drought", True),
    (MILL, "the mill stopped grinding through the drought", False),
    (MILL, "the mill never kept on grinding through the drought", False),
    (PUMPS, "so the pumps could keep going", True),
    (PUMPS, "the pumps would keep running", True),
    (PUMPS, "so the pumps could stop", False),
    (PUMPS, "so the pumps could not keep going", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_verb_said_in_two_words(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
