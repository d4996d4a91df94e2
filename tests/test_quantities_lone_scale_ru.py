"""Russian figures said without digits: a scale alone in the genitive singular after a word that governs it is one of
it ("около миллиона" 1 000 000, "свыше тысячи" 1000), as is the singular alone ("миллиард звёзд"); the plural
counts none ("тысячи лет", "миллионы людей"); a half of a unit in the other cases of the compound ("меньше
полумиллиметра", "в полуметре") is half of that unit, as "полметра" is (`numbers_ru`, `unit_parts`)."""

from __future__ import annotations

import pytest

from studybot.core.quantities import find_quantities, spelled_to_digits


@pytest.mark.parametrize(("text", "value", "kind"), [
    ("около миллиона нервных нитей", 1_000_000, "count"),
    ("состоит примерно из миллиона клеток", 1_000_000, "count"),
    ("свыше тысячи солдат", 1000, "count"),
    ("свыше миллиарда звёзд", 1_000_000_000, "count"),
    ("в ней миллиард звёзд", 1_000_000_000, "count"),  # the singular said alone, as "тысяча" (1 of it)
    ("миллион человек остались без крова", 1_000_000, "count"),
    ("один миллион человек", 1_000_000, "count"),
    ("тонкий, меньше полумиллиметра, слой", 0.0005, "length"),
    ("в полукилометре от берега", 500, "length"),
    ("около полутонны груза", 500, "mass"),
])
def test_a_lone_scale_or_a_half_unit_is_a_figure(text, value, kind):
    found = [q for q in find_quantities(spelled_to_digits(text, "ru"), lang="ru") if q.kind == kind]
    assert [q.value for q in found] == [pytest.approx(value)]


@pytest.mark.parametrize("text", ["тысячи лет назад", "миллионы людей", "к полудню", "около полуострова",
                                  "в полуметровой трубе"])
def test_a_plural_scale_or_a_word_of_another_root_is_no_figure(text):
    assert find_quantities(spelled_to_digits(text, "ru"), lang="ru") == []
