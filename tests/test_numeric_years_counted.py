"""A duration given with the years it runs between, in brackets ("45 years (1891-1936)", "45 лет (1891–1936)"), is
one figure and its working, when the years between the ends are the duration; years that make another duration
("45 years (1881-1936)") are a second figure offered, and the span alone is no duration given. Reported by an
instructor (a right example refused as two figures). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN = Card(id="e", section="s", kind="numeric", prompt="For how many years did Vik run the Harwick yard?",
          answer="45 years", number=NumberSpec(45, "years"))
RU = Card(id="r", section="s", kind="numeric", prompt="Сколько лет Коврин руководил верфью?", answer="45 лет",
          number=NumberSpec(45, "years"))

ROWS = [
    ("en", EN, "45 years (1891-1936)", True),
    ("en", EN, "45 years (1891–1936)", True),
    ("en", EN, "45 years (from 1891 to 1936)", True),
    ("en", EN, "about 45 years (1891-1936)", True),
    ("en", EN, "45 years (1881-1936)", False),
    ("en", EN, "44 years (1891-1936)", False),
    ("en", EN, "1891-1936", False),
    ("en", EN, "45 or 55 years", False),
    ("ru", RU, "45 лет (1891–1936)", True),
    ("ru", RU, "45 лет (1891-1935)", True),  # counted as the years it began and ended in: one either way
    ("ru", RU, "45 лет (1871–1936)", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_duration_with_its_years(lang: str, card: Card, answer: str, right: bool) -> None:
    verdict = Grader(language=lang).grade(card, answer)
    assert verdict.correct is right, verdict.trace
