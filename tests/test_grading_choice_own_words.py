"""A choice answer that names its option by a word of its own and a word the question says, which other options
share ("the drug agency" for "Which US agency ...?", where "Agency" is also the CIA's), picks the option its own word
names; the question's word alone picks none. Found driving the app as a learner on the bundled pack ("the drug
agency" was "no single option recognised"). Invented cards, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

AGENCY = Card(id="c", section="s", kind="choice", prompt="Which agency signed the treaty of Arlen in 1871?",
              options=("Bureau of Harbour Works", "Central Mapping Agency", "Office of Grain Supply", "River Board"),
              answer="Office of Grain Supply")
AGENCY_B = Card(id="c", section="s", kind="choice", prompt=AGENCY.prompt, options=AGENCY.options,
                answer="Bureau of Harbour Works")
RU = Card(id="c", section="s", kind="choice", prompt="Какое ведомство подписало договор в 1871 году?",
          options=("Управление речных путей", "Ведомство морских карт", "Управление зерна", "Городской совет"),
          answer="Управление речных путей")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (AGENCY_B, "the harbour agency", True),
    (AGENCY_B, "the agency for the harbour", True),
    (AGENCY_B, "the mapping agency", False),
    (AGENCY, "the grain agency", True),
    (AGENCY, "the harbour agency", False),
    (RU, "речное ведомство", True),
    (RU, "ведомство карт", False),
    (RU, "морское ведомство", False),
])
def test_an_option_named_by_its_own_word(card, answer, right):
    grader = Grader(language="ru" if card is RU else "en")
    assert grader.grade(card, answer).correct is right
