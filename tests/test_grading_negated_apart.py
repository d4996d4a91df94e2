"""A short answer that gives the wording and then a reason with a negation in a clause of its own ("the north slope,
since no wind reaches it") is read on the wording's clause; a negation of the wording itself, a bare "no" and a
wrong answer with a reason are judged as before. Invented cards of no pack (`grading.negated_apart`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def short(answer: str, prompt: str) -> Card:
    return Card(id="s", section="s", kind="short", prompt=prompt, answer=answer)


SLOPE = short("the north slope", "Which slope of the hill is overgrown first?")
SKLON = short("северный склон", "Какой склон холма зарастает первым?")

ROWS = [
    ("en", SLOPE, "the north slope, since no wind reaches it", True),
    ("en", SLOPE, "the north slope because the sheep never graze there", True),
    ("en", SLOPE, "the north slope, not the south one", True),
    ("en", SLOPE, "not the north slope, the south one", False),
    ("en", SLOPE, "it is not the north slope", False),
    ("en", SLOPE, "the south slope, since no wind reaches it", False),
    ("en", SLOPE, "the north slope? no", False),
    ("en", SLOPE, "no, the north slope", False),
    ("ru", SKLON, "северный склон, потому что там не бывает ветра", True),
    ("ru", SKLON, "северный, туда овцы не ходят", True),
    ("ru", SKLON, "не северный склон", False),
    ("ru", SKLON, "южный склон, там не бывает ветра", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_negation_in_a_clause_of_its_own(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
