"""A card whose answer is a name with its qualifier ("the Velm Regatta") and that accepts the name without it ("the
Regatta Week") is not answered by the name with another qualifier in capitals: "the Winter Regatta Week" names
another one when no right wording nor the prompt has that word (grading
qualified_heads `_name_qualified`). Reported by an instructor ("the Winter Olympics in Garmisch" was right for a card
whose accept is "the Olympic Games"). English word order: a qualifier stands before its name. Invented events."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

CARD = Card(id="r", section="s", kind="short", prompt="Which race did the Orrin crew win in 1936?",
            answer="the Velm Regatta", accept=("the Regatta Week",))
PLAIN = Card(id="p", section="s", kind="short", prompt="Which race did the Orrin crew win in 1936?",
             answer="the Regatta Week")


def grader(**kw: object) -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language="en", sections=(Section("s", "S", "notes"),),
                                cards=(CARD, PLAIN), **kw))  # type: ignore[arg-type]


@pytest.mark.parametrize(("card", "given", "right"), [
    (CARD, "the Velm Regatta", True),
    (CARD, "the Regatta Week", True),
    (CARD, "the Velm Regatta Week", True),
    (CARD, "the Winter Regatta Week", False),
    (CARD, "the Orrin Regatta Week", True),  # the prompt's own name
    (CARD, "the great Regatta Week", True),  # lower case qualifies nothing of a name
    (PLAIN, "the Winter Regatta Week", True),  # (no right wording qualifies it: left to the other rules)
])
def test_another_qualifier_of_a_name(card: Card, given: str, right: bool) -> None:
    verdict = grader().grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("given", "right"), [
    ("the Regatta", True),
    ("the Winter Regatta", False),
    ("the Summer Regatta Week", False),
    ("the Velm Regatta", True),
])
def test_with_the_packs_synonyms(given: str, right: bool) -> None:
    verdict = grader(synonyms=(("Regatta", "Regatta Week"),)).grade(CARD, given)
    assert verdict.correct is right, verdict.trace
