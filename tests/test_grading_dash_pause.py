"""A dash with no figure right after it is no span of two figures: a pause in a sentence ("вчетверо больше первого
— около 39 км" gives 39 km, its "вчетверо" no value offered beside it) or a hyphen between letters ("3 links, L-K
has only 2"; `spans.dashed`); "35 - 40 km" and "35-40 km" still offer two values. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section


def track(language: str) -> tuple[Card, Pack]:
    prompt = "Какой путь прошёл второй вездеход?" if language == "ru" else "How far did the second rover drive?"
    card = Card(id="n", section="s", kind="numeric", prompt=prompt, answer="39 km",
                number=NumberSpec(39.0, "km", 1.0, False))
    return card, Pack(id="t", title="t", language=language, sections=(Section(id="s", title="s", notes="x"),),
                      cards=(card,))


ROWS = [
    ("ru", "почти вчетверо больше первого — около 39 км", True),
    ("ru", "около 39 км — почти в 4 раза больше, чем у первого", True),
    ("ru", "вчетверо больше первого — около 45 км", False),
    ("ru", "около 39 - 45 км", False),
    ("ru", "39-45 км", False),
    ("en", "four times as far as the first one — about 39 km", True),
    ("en", "about 39 km — nearly four times as far as the first", True),
    ("en", "about 39 - 45 km", False),
]


LINKS = Card(id="n", section="s", kind="numeric", prompt="How many links join the Q and R rings?", answer="3 links",
             number=NumberSpec(3.0, "", 0.0, False))


@pytest.mark.parametrize(("answer", "right"), [
    ("3 links, L-K has only 2", True),
    ("3 links", True),
    ("2-3 links", False),
    ("3 links, or 2", False),
])
def test_a_hyphen_between_letters_is_no_span(answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(LINKS,))
    assert Grader.for_pack(pack).grade(LINKS, answer).correct is right


@pytest.mark.parametrize(("language", "answer", "right"), ROWS)
def test_a_spaced_dash_before_words_is_no_span(language, answer, right):
    card, pack = track(language)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
