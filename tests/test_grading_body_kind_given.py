"""A body's name whose last word is the kind the question asks for ("the Halden Guild", asked "Which guild paid for
the bridge?"): the kind may be left out ("Halden"), but another word in its place names another body ("the Halden
Navy", "the Halden Company"). An instructor's report (a wrong example naming another body in the question's word's
place was graded right); invented bodies (`grading.given_words.given_head`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

GUILD = short("the Halden Guild", prompt="Which guild paid for the new bridge?")
BODY = short("the Halden Guild", prompt="Who paid for the new bridge?")
NOTES = "A Halden wool merchant gave the stone. The Halden Guild paid for the new bridge."


@pytest.mark.parametrize(("card", "answer", "right"), [
    (GUILD, "the Halden Guild", True),
    (GUILD, "Halden Guild", True),
    (GUILD, "Halden", True),  # the kind the question gives, left out
    (GUILD, "the Halden guild", True),
    (GUILD, "the Halden Navy", False),  # another word in its place: another body
    (GUILD, "the Halden Company", False),
    (GUILD, "the Halden bank", False),
    (BODY, "the Halden Guild", True),
    (BODY, "the Halden Navy", False),
])
def test_a_body_named_with_the_kind_asked(card, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES),), cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
