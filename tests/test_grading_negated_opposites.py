"""A verb said as the negation of its opposite ("did not disobey" is "obeyed", "не нарушал правила" is "соблюдал
правила"): one negation flips the polarity once, two cancel, and a negated opposite never makes the point it
denies ("did not ignore the warning" is no "disregarded the warning"). `lexicon_negative`. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

from .cards import one_point

EN, RU = Grader(language="en"), Grader(language="ru")

WARNING = one_point("the council disregarded the warning", "What did the council do about the flood warning?")
REPORT = one_point("the guild ignored the report", "What did the guild do about the report?")
RULES = one_point("the keeper obeyed the rules", "How did the keeper treat the lighthouse regulations?")
BROKE = one_point("the ferryman broke the rules", "Why was the ferryman dismissed?")
COUNCIL_RU = one_point("совет проигнорировал предупреждение", "Как совет поступил с письмом инспектора?")
KEEPER_RU = one_point("смотритель соблюдал правила", "Как смотритель маяка относился к инструкциям?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, WARNING, "the council ignored the warning", True),
    (EN, WARNING, "the council did not heed the warning", True),
    (EN, WARNING, "the council did not ignore the warning", False),
    (EN, WARNING, "the council heeded the warning", False),
    (EN, REPORT, "the guild took no notice of the report", True),
    (EN, REPORT, "the guild paid no attention to the report", True),
    (EN, REPORT, "the guild did not disregard the report", False),
    (EN, REPORT, "the guild took notice of the report", False),
    (EN, RULES, "the keeper did not disobey the rules", True),
    (EN, RULES, "the keeper did not break the rules", True),
    (EN, RULES, "the keeper disobeyed the rules", False),
    (EN, RULES, "the keeper broke the rules", False),
    (EN, RULES, "the keeper did not obey the rules", False),
    (EN, BROKE, "the ferryman did not obey the rules", True),
    (EN, BROKE, "the ferryman violated the rules", True),
    (EN, BROKE, "the ferryman obeyed the rules", False),
    (EN, BROKE, "the ferryman did not break the rules", False),
    # only a rule is obeyed: breaking a thing is no disobeying
    (EN, one_point("the storm broke the glass", "What happened?"), "the storm did not obey the glass", False),
    (RU, COUNCIL_RU, "совет не обратил внимания на предупреждение", True),
    (RU, COUNCIL_RU, "совет пренебрёг предупреждением", True),
    (RU, COUNCIL_RU, "совет не прислушался к предупреждению", True),
    (RU, COUNCIL_RU, "совет не проигнорировал предупреждение", False),
    (RU, COUNCIL_RU, "совет прислушался к предупреждению", False),
    (RU, COUNCIL_RU, "совет обратил внимание на предупреждение", False),
    (RU, KEEPER_RU, "смотритель не нарушал правила", True),
    (RU, KEEPER_RU, "смотритель не нарушал правил", True),
    (RU, KEEPER_RU, "смотритель нарушал правила", False),
    (RU, KEEPER_RU, "смотритель не соблюдал правила", False),
])
def test_negated_opposite(grader: Grader, card: Card, given: str, right: bool) -> None:
    assert grader.grade(card, given).correct is right, grader.grade(card, given).trace
