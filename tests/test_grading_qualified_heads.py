"""A body named by its kind alone in `accept` ("дума" for "городская дума", "the Commission" for "the Northern
Lights Commission"): the bare kind and the card's own name are right; another qualifier in the place of the name's
own ("Государственная дума", "Боярская дума", "the European Commission") names another body. A qualifier is a
Russian adjective or an English word in capitals; a card whose name is the kind alone is not judged so
(grading.qualified_heads). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import short

EN, RU = Grader(language="en"), Grader(language="ru")

DUMA = short("городская дума", "дума", prompt="Какой орган решил снести рынок?")
ASSEMBLY = short("Земское собрание", "собрание", prompt="Кто открыл училище?")
COMMISSION = short("the Northern Lights Commission", "the Commission", prompt="Which body ran the lighthouses?")
BARE = short("the Commission", prompt="Which body ran the lighthouses?")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, DUMA, "городская дума", True),
    (RU, DUMA, "дума", True),
    (RU, DUMA, "Дума", True),
    (RU, DUMA, "в городской думе", True),
    (RU, DUMA, "Государственная дума", False),
    (RU, DUMA, "Государственная Дума", False),
    (RU, DUMA, "боярская дума", False),
    (RU, ASSEMBLY, "собрание", True),
    (RU, ASSEMBLY, "земское собрание", True),
    (RU, ASSEMBLY, "Дворянское собрание", False),
    (RU, ASSEMBLY, "Учредительное собрание", False),
    (EN, COMMISSION, "the Commission", True),
    (EN, COMMISSION, "Commission", True),
    (EN, COMMISSION, "the Northern Lights Commission", True),
    (EN, COMMISSION, "the European Commission", False),
    (EN, COMMISSION, "the Royal Commission", False),
    (EN, COMMISSION, "the Trade Commission", False),
    (EN, BARE, "the Commission", True),
])
def test_another_qualifier_names_another_body(grader: Grader, card, answer: str, right: bool) -> None:
    verdict = grader.grade(card, answer)
    assert verdict.correct is right, (answer, verdict.trace)
