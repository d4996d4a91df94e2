"""A thing split into parts, or parts joined or turned into a whole, said the other way round: "fine dust is ground
into large grains" does not make "large grains are ground into fine dust", nor "расщепление коротких цепочек на
длинные" (or "соединение коротких цепочек в длинные") "расщепление длинных цепочек на короткие": the words before
"into" / "на" / "в" are what was, those after it what it became (`grading.becoming`). An instructor's report (a
cracking point turned round was graded right); invented points."""

from __future__ import annotations

import pytest

from tests.cards import point_made

ROWS = [
    ("en", "large grains are ground into fine dust", "fine dust is ground into large grains", False),
    ("en", "large grains are ground into fine dust", "the large grains are ground into fine dust", True),
    ("en", "large grains are ground into fine dust", "they grind large grains into fine dust", True),
    ("en", "long chains are split into short pieces", "short pieces are split into long chains", False),
    ("en", "long chains are split into short pieces", "splitting long chains into short pieces", True),
    ("en", "long chains are split into short ones", "short chains are split into long ones", False),
    ("en", "small sugars are joined into long chains", "long chains are joined into small sugars", False),
    ("ru", "расщепление длинных цепочек на короткие", "расщепление коротких цепочек на длинные", False),
    ("ru", "расщепление длинных цепочек на короткие", "соединение коротких цепочек в длинные при нагревании", False),
    ("ru", "расщепление длинных цепочек на короткие", "длинные цепочки расщепляются на короткие", True),
    ("ru", "расщепление длинных цепочек на короткие", "расщепление длинных цепочек на короткие", True),
    ("ru", "длинные цепочки расщепляются на короткие", "короткие цепочки расщепляются на длинные", False),
    ("ru", "мелкие зёрна соединяются в крупные", "крупные зёрна соединяются в мелкие", False),
    ("ru", "мелкие зёрна соединяются в крупные", "мелкие зёрна соединяются в крупные", True),
    ("ru", "превращение воды в лёд", "превращение льда в воду", False),  # ("льда": a form the stemmer keeps apart)
    ("ru", "превращение воды в лёд", "превращение воды в лёд", True),
]


@pytest.mark.parametrize(("language", "point", "answer", "made"), ROWS)
def test_split_into_turned_round(language: str, point: str, answer: str, made: bool) -> None:
    prompt = "Что происходит при нагревании?" if language == "ru" else "What happens in the mill?"
    assert point_made(prompt, point, answer, language) is made
