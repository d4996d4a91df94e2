"""A body's weight gained or lost said with everyday verbs (`body_weight.weight_said`): "поправился на 10 кг" and "he
put on 10 kg" are gains, so they do not answer how much weight was lost, while "сбросил 10 кг", "he lost 10 kg" do;
"поправился" without a figure (got well) and "put on a coat" are read as written. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.body_weight import weight_said
from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import numeric


def graded(lang: str, prompt: str, given: str) -> bool:
    card = numeric(8.0, "kg", "8 kg", prompt=prompt)
    pack = Pack(id="p", title="p", language=lang, cards=(card,), sections=(Section(id="s", title="s", notes="x."),))
    return bool(Grader.for_pack(pack).grade(card, given).correct)


LOST_RU = "На сколько похудел капитан за время экспедиции?"
LOST_EN = "How much weight did the captain lose on the expedition?"


@pytest.mark.parametrize(("lang", "prompt", "given", "right"), [
    ("ru", LOST_RU, "он поправился на восемь килограммов", False),
    ("ru", LOST_RU, "поправился на 8 кг", False),
    ("ru", LOST_RU, "прибавил в весе 8 кг", False),
    ("ru", LOST_RU, "похудел на 8 кг", True),
    ("ru", LOST_RU, "сбросил 8 кг", True),
    ("en", LOST_EN, "he put on 8 kg", False),
    ("en", LOST_EN, "he put on weight, about 8 kg", False),
    ("en", LOST_EN, "he lost 8 kg", True),
])
def test_a_weight_gained_is_no_weight_lost(lang, prompt, given, right):
    assert graded(lang, prompt, given) is right


@pytest.mark.parametrize(("text", "code", "read"), [
    ("она поправилась на 5 кг", "ru", "она потолстела на 5 кг"),
    ("он поправился после болезни", "ru", "он поправился после болезни"),  # got well: no weight
    ("он поправил ошибку на 5 странице", "ru", "он поправил ошибку на 5 странице"),
    ("сбросила вес", "ru", "похудела"),
    ("he put on a coat", "en", "he put on a coat"),
    ("they put on three stone", "en", "they gained three stone"),
])
def test_the_rewrite(text, code, read):
    assert weight_said(text, code) == read
