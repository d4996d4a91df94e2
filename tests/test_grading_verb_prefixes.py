"""Two Russian verbs that differ only by their prefix are two verbs, never a slip of one ("втекает" / "вытекает",
"ввозит" / "вывозит"), whether the pack names the verb among its synonyms or not; a slip inside the root stays a
slip ("вытикает"). Invented subjects (`ru_families.other_prefix`, `grading.prefixes`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section
from studybot.core.ru_families import other_prefix

PAIRS = [
    ("втекает", "вытекает", True),
    ("ввозит", "вывозит", True),
    ("приходит", "уходит", True),
    ("вытикает", "вытекает", False),
    ("вытекает", "вытекает", False),
    ("вход", "выход", False),  # (no verb)
]


@pytest.mark.parametrize(("a", "b", "other"), PAIRS)
def test_one_verb_under_two_prefixes(a, b, other):
    assert other_prefix(a, b) is other


ROWS = [
    ("вытекает, Заречный", True),
    ("вытикает, Заречный", True),
    ("втекает, Заречный", False),
]


@pytest.mark.parametrize("synonyms", [(), (("вытекает", "берёт начало"),)])
@pytest.mark.parametrize(("answer", "right"), ROWS)
def test_a_blank_with_another_prefix_is_wrong(answer, right, synonyms):
    card = Card(id="c", section="s", kind="cloze", prompt="Заполните пропуски.", answer="вытекает, Заречный",
                text="Река Мшанка {{вытекает}} из озера у посёлка {{Заречный}}.", blanks=(("вытекает",), ("Заречный",)))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="Река Мшанка вытекает из озера."),),
                cards=(card,), language="ru", synonyms=synonyms)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
