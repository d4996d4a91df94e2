"""A "why" question answered by a passage naming a motive with its content (`tutor.motive_nouns`): "the guilds had a
common motive in 1410: to keep the Hansa out of the river trade" answers "why did the guilds want closer ties with the
Board?" when the sentences before it in its paragraph say what the question says was wanted ("closer ties": "improve
their relationship"); a motive of others, or one whose paragraph says nothing of it, leaves the decline. Shown on a
small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.motive_nouns import names_motive

NOTES = """\
In 1410 the Verden Guild and the Harbour Board were determined to improve their relationship.
They met four times that year in the town hall.
The Verden Guild and the Harbour Board had a common motive in 1410: to keep foreign merchants out of the river trade.

The Salt Company sold salt from the coast to the inland towns.
Its carts crossed the river at the old ford.
"""
PACK = Pack(id="verden", title="River trade", cards=(), sections=(Section(id="s", title="The guild", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("text", "named"), [
    ("They had a common motive in 1410: to keep merchants out.", True),
    ("The aim was to keep merchants out.", True),
    ("Their main goal is that prices stay low.", True),
    ("The motive of the crime is unknown.", False),  # no content said
    ("They aimed high.", False),
])
def test_a_motive_with_its_content(text: str, named: bool) -> None:
    assert names_motive(text) is named


@pytest.mark.parametrize("question", [
    "why did the Verden Guild want closer ties with the Harbour Board?",
    "why did the Harbour Board want closer ties with the Verden Guild?",
])
def test_a_motive_answers_why(tutor: Tutor, question: str) -> None:
    reply = tutor.ask(question)
    assert reply.kind == "answer"
    assert not reply.no_reason
    assert "common motive" in reply.text


@pytest.mark.parametrize("question", [
    "why did the Salt Company want closer ties with the Harbour Board?",  # the motive is not the company's
    "why did the Verden Guild want cheaper salt?",  # its paragraph says nothing of salt prices
])
def test_no_motive_of_it(tutor: Tutor, question: str) -> None:
    assert "common motive" not in tutor.ask(question).text
