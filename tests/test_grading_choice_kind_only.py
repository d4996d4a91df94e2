"""A choice answer that only names the kind of thing the question asks ("an agency" for "Which agency signed the
memorandum?") picks no option, though one option's name holds that word (grading.asked_kind). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN, RU = Grader(language="en"), Grader(language="ru")

AGENCY = Card(id="c", section="s", kind="choice", prompt="Which river agency signed the memorandum in 1931?",
              answer="the Dredging Board",
              options=("the Dredging Board", "the Tarrow Water Agency", "the Harbour Trust"))
NAMED = Card(id="n", section="s", kind="choice",
             prompt="Which body, the Water Agency or the Dredging Board, signed it?",
             answer="the Dredging Board", options=("the Dredging Board", "the Tarrow Water Agency"))
PARTY = Card(id="p", section="s", kind="choice", prompt="Какая партия победила на выборах 1912 года?",
             answer="Партия свободы", options=("Партия свободы", "Крестьянская партия", "Союз городов"))


@pytest.mark.parametrize(("grader", "card", "answer", "right", "reason"), [
    (EN, AGENCY, "an agency", False, "no single option recognised"),
    (EN, AGENCY, "a river agency", False, "no single option recognised"),
    (EN, AGENCY, "the water agency", False, "chose b) the Tarrow Water Agency"),
    (EN, AGENCY, "the dredging board", True, "chose a) the Dredging Board"),
    (EN, NAMED, "the Dredging Board", True, "chose a) the Dredging Board"),
    (RU, PARTY, "партия", False, "no single option recognised"),
    (RU, PARTY, "партия свободы", True, "chose a) Партия свободы"),
])
def test_the_kind_asked_picks_no_option(grader: Grader, card: Card, answer: str, right: bool, reason: str) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right and reason in verdict.trace, verdict.trace
