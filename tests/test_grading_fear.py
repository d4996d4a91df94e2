"""Fear said by an adjective ("afraid of", "worried about") is the verb "fear": a rule of English, on made-up
cards of no pack. Seen in the app: "they were both worried about russia" failed where "they both feared
russia" passed."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN = Grader()


def short(answer: str, *accept: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt="Why did the guilds unite?", answer=answer,
                accept=accept)


CARD = short("Resisting the duke's expansion", "fear of the duke")


@pytest.mark.parametrize(("given", "right"), [
    ("they both feared the duke", True),
    ("both guilds were afraid of the duke", True),
    ("they were scared of the duke", True),
    ("they were worried about the duke", True),
    ("the guilds were terrified of the duke", True),
    # still wrong: the fear denied, another object, another feeling
    ("they were not afraid of the duke", False),
    ("they were afraid of the bishop", False),
    ("they were fond of the duke", False),
])
def test_fear_said_by_an_adjective(given, right):
    assert EN.grade(CARD, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("the duke scared them both", True),
    ("the duke frightened them", True),
    ("the duke worried them", True),
    ("the duke alarmed everyone", True),
    # still wrong: the roles the other way, another one feared, the fear denied
    ("they scared the duke", False),
    ("the bishop scared them", False),
    ("the duke did not scare them", False),
])
def test_fear_said_by_a_verb_whose_subject_is_feared(given, right):
    """Seen in the app: "russia scared them both" failed where "they both feared russia" passed."""
    assert EN.grade(CARD, given).correct is right
