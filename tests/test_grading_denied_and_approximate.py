"""A date the answer denies is not given ("not in 1799", "it wasn't 1799"), unless "until" says then and no earlier
("not until 1799"); and words of approximation are no alternatives ("760 kg or so", "give or take", "more or less",
"или около того"), while two figures offered still are ("760 or 800 kg"). Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section

FOUND = Card(id="d", section="s", kind="date", prompt="When was the hoard found?", answer="July 1799",
             date="1799-07", precision="year")
WEIGHT = Card(id="n", section="s", kind="numeric", prompt="How heavy is the bell?", answer="about 760 kg",
              number=NumberSpec(760, "kg", 0.05, relative=True))
WEIGHT_RU = Card(id="n", section="s", kind="numeric", prompt="Сколько весит колокол?", answer="около 760 кг",
                 number=NumberSpec(760, "кг", 0.05, relative=True))

ROWS = [
    ("en", FOUND, "in 1799", True),
    ("en", FOUND, "not in 1799", False),
    ("en", FOUND, "it wasn't 1799", False),
    ("en", FOUND, "not until 1799", True),
    ("en", FOUND, "it was not found until July 1799", True),
    ("en", FOUND, "1799, not 1798", True),
    ("en", WEIGHT, "760 kg or so", True),
    ("en", WEIGHT, "760 kg, give or take a few", True),
    ("en", WEIGHT, "760 kg more or less", True),
    ("en", WEIGHT, "760 or 800 kg", False),
    ("ru", WEIGHT_RU, "760 кг или около того", True),
    ("ru", WEIGHT_RU, "760 или 800 кг", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_denied_date_and_an_approximate_figure(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
