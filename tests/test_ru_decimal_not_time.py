"""Russian: a decimal after a preposition of approximation or bound ("около 1.33", "до 2.45") is a figure, as "1.33"
alone is, not the time 1:33: a dotted "h.mm" is a time after "в" / "к" ("в 9.30"), with a word of the time of day
("около 1.33 ночи"), or written with a colon ("около 1:33"). Reported by an instructor: a numeric card of 1.33 failed
"около 1.33" ("figures given: 1:33"). Invented glass."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section

INDEX = Card(id="n", section="s", kind="numeric", prompt="Каков показатель преломления стекла Верна?", answer="1.33",
             number=NumberSpec(1.33, None, 0.01, False))
SHARE = Card(id="m", section="s", kind="numeric", prompt="Какую долю занимала вода?", answer="0.45",
             number=NumberSpec(0.45, None, 0.01, False))


@pytest.mark.parametrize(("card", "given", "right"), [
    (INDEX, "около 1.33", True),
    (INDEX, "до 1.33", True),
    (INDEX, "около 1.35", False),
    (INDEX, "около 1.5", False),
    (INDEX, "в 1.33 ночи", False),
    (SHARE, "около 0.45", True),
])
def test_a_decimal_after_a_preposition(card: Card, given: str, right: bool) -> None:
    grader = Grader.for_pack(Pack(id="p", title="p", language="ru", sections=(Section("s", "S", "notes"),),
                                  cards=()))
    verdict = grader.grade(card, given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("text", "time"), [("в 9.30", True), ("около 1.33 ночи", True), ("около 1:33", True),
                                            ("около 1.33", False), ("до 2.45", False)])
def test_what_is_read_as_a_time(text: str, time: bool) -> None:
    from studybot.core.quantities import find_quantities

    assert any(q.kind == "time" for q in find_quantities(text, lang="ru")) is time
