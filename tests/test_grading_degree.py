"""A degree said from either end of its scale: "too thin" is "not thick enough" (and "insufficiently
thick"), "слишком мала" is "недостаточно велика"; the other end, or "enough" of the same, is not.
Invented subjects, en and ru (`lexicon_degree.DEGREE_PAIRS`, `phrases.rewrite_phrases`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import explain

ROWS = [
    ("en", "the walls were too thin", "the walls were not thick enough", True),
    ("en", "the walls were too thin", "the walls weren't thick enough", True),
    ("en", "the walls were too thin", "the walls were insufficiently thick", True),
    ("en", "the walls were too thin", "the walls were not sufficiently thick", True),
    ("en", "the walls were too thin", "the walls were too thick", False),
    ("en", "the walls were too thin", "the walls were thick enough", False),
    ("en", "the walls were too thin", "the walls were not thin enough", False),
    ("en", "the sample was too small", "the sample was not large enough", True),
    ("en", "the sample was too small", "the sample was not big enough", True),
    ("en", "the sample was too small", "the sample was not small enough", False),
    ("en", "the dose was not high enough", "the dose was too low", True),
    ("en", "the dose was not high enough", "the dose was too high", False),
    ("en", "the soil was too dry", "the soil was not wet enough", True),
    ("en", "the army was too weak", "the army was not strong enough", True),
    ("en", "the army was too weak", "the army was strong enough", False),
    ("en", "the bridge was too narrow", "the bridge was not wide enough", True),
    ("en", "the crew had not enough water", "the crew had not enough water", True),
    ("ru", "стены были слишком тонкими", "стены были недостаточно толстыми", True),
    ("ru", "стены были слишком тонкими", "стены были слишком толстыми", False),
    ("ru", "стены были слишком тонкими", "стены были достаточно толстыми", False),
    ("ru", "выборка была слишком мала", "выборка была недостаточно велика", True),
    ("ru", "доза была недостаточно высокой", "доза была слишком низкой", True),
    ("ru", "доза была недостаточно высокой", "доза была слишком высокой", False),
    ("ru", "мост был слишком узким", "мост был недостаточно широким", True),
    ("ru", "у экипажа было недостаточно воды", "у экипажа было недостаточно воды", True),
]


@pytest.mark.parametrize(("lang", "point", "answer", "right"), ROWS)
def test_a_degree_is_read_from_either_end_of_its_scale(lang, point, answer, right):
    card = explain(point)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
