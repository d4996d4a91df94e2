"""A point whose accepted wordings say one of its words the other way round ("cheap tools let them hire more" accepted
for "dear tools made them hire fewer"): the instructor took that word as right, so an answer that uses it is not
contradicted by it, whichever wording made the point ("cheap tools mean they could hire more", made by "they could
hire more"). An answer that turns round a word of that wording too still is. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import accepting

EN = Grader()


TOOLS = accepting("dear tools forced the guilds to hire fewer apprentices",
              "cheap tools would let them hire more apprentices", "they could hire more apprentices",
              prompt="Why did the guilds want the tool tax lifted?")
TOOLS_ALONE = accepting("dear tools forced the guilds to hire fewer apprentices", "they could hire more apprentices",
                    prompt="Why did the guilds want the tool tax lifted?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (TOOLS, "cheap tools mean they could hire more apprentices", True),
    (TOOLS, "they could hire more apprentices", True),
    (TOOLS, "cheap tools mean they could hire fewer apprentices", False),  # the accepted wording's word turned too
    (TOOLS_ALONE, "cheap tools mean they could hire more apprentices", False),  # no wording takes "cheap" as right
])
def test_accepted_opposite_word(card: Card, answer: str, right: bool) -> None:
    assert EN.grade(card, answer).correct is right
