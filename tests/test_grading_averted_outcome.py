"""A reason in the conditional ("the goats would strip the saplings") made by a purpose that it not happen ("so
that the goats don't strip the saplings", "чтобы козы не объедали саженцы"); a negation with no purpose ("the goats
don't strip the saplings"), a purpose of the outcome itself, or a point not in the conditional is judged as
before. Invented subjects (`grading.averted`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def card(point: str, *accept: str, prompt: str = "Why are the goats fenced in?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


GOATS = card("the goats would strip the young saplings", "strip the saplings")
PLAIN = card("the goats strip the young saplings", "strip the saplings")
KOZY = card("козы объедали бы молодые саженцы", "объедали саженцы", prompt="Зачем коз держат за оградой?")

ROWS = [
    ("en", GOATS, "so that they don't strip the saplings", True),
    ("en", GOATS, "so that the goats do not strip the young saplings", True),
    ("en", GOATS, "in order that the goats never strip the saplings", True),
    ("en", GOATS, "the goats don't strip the saplings", False),
    ("en", GOATS, "so that they don't eat the grass", False),
    ("en", PLAIN, "so that they don't strip the saplings", False),
    ("ru", KOZY, "чтобы козы не объедали саженцы", True),
    ("ru", KOZY, "козы не объедали саженцы", False),
    ("ru", KOZY, "чтобы козы не ели траву", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_an_outcome_avoided_said_as_a_purpose(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
