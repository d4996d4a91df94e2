"""English doers named by a participle and its noun ("the grazing goats") said with the verb's agent noun ("the
grazers"; `grading.agent_nouns`, issue #11): the answer is read with the pair in the agent noun's place, and the
point is made, negated and directed as for any wording, its other words all checked. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, structured
from tests.cards import explain

MILL = explain("the grazing goats stripped the hedge")
HERD = explain("herding families such as the Korvins and the Dalsets were moved out of the valley")
EELS = explain("many migrating eels were caught in the weir")
BOILER = explain("by heating water in the tank")

ROWS = [
    (MILL, "the grazers stripped the hedge", True),
    (MILL, "grazers had stripped the hedges", True),
    (MILL, "the grazers planted the hedge", False),  # another deed
    (MILL, "the grazers did not strip the hedge", False),  # denied
    (MILL, "the browsers stripped the hedge", False),  # another verb's doers
    (HERD, "the herders were moved out of the valley", True),  # (examples left out: most of a long point's words)
    (HERD, "the herders were allowed to stay in the valley", False),
    (EELS, "many migrators were caught in the weir", True),
    (EELS, "many migrators escaped the weir", False),
    (BOILER, "by heaters in the tank", False),  # a gerund with its object: no doer named
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_agent_noun_names_the_doers(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given"), [(row[0], row[1]) for row in ROWS if row[2]])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(structured, "agent_said", lambda wordings, got, prep, cover: None)
    assert not Grader().grade(card, given).correct


def test_the_trace_gives_the_answers_words():
    said = Grader().grade(MILL, "the grazers stripped the hedge").trace[0].split("←")[1]
    assert "grazers" in said and "grazing" not in said


def test_only_english():
    card = explain("пасущиеся козы объели изгородь")
    assert not Grader(language="ru").grade(card, "пастухи посадили изгородь").correct
