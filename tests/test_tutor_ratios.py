""""How fast / how heavy / насколько быстро" answered by how many times another's (`tutor.ratios`): "вдвое медленнее",
"three times heavier" supply the measure a property's word asks; the property said without how many times ("slowly"),
or how many times of another property, does not. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

EN = """\
The Arlo millstone turns in the lower mill by the weir.
The upper wheel of the Arlo mill turns three times slower than the millstone.
The Vell cart crossed the marsh slowly on a road of logs.
The Brell bell is three times older than the Brell tower.
"""

RU = """\
Жернов мельницы Арво вращается у нижней плотины.
Верхнее колесо мельницы Арво вращается втрое медленнее жернова.
Телега из Вельска медленно шла по гати через болото.
Колокол Брела втрое старше башни Брела.
"""


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN, "Mills of the valley"), "ru": tutor_on(RU, "Мельницы долины", language="ru")}


@pytest.mark.parametrize(("code", "question", "fact"), [
    ("en", "How fast does the upper wheel of the Arlo mill turn?", "three times slower"),
    ("ru", "Насколько быстро вращается верхнее колесо мельницы Арво?", "втрое медленнее"),
])
def test_a_ratio_of_the_property_answers(tutors: dict[str, Tutor], code: str, question: str, fact: str) -> None:
    assert says(tutors[code], question, fact)


@pytest.mark.parametrize(("code", "question"), [
    ("en", "How fast did the Vell cart cross the marsh?"),  # the property, no figure
    ("en", "How fast does the Brell bell ring?"),  # how many times of another property (age)
    ("ru", "Насколько быстро шла телега из Вельска?"),
    ("ru", "Насколько быстро звонит колокол Брела?"),
])
def test_no_ratio_of_the_property_is_declined(tutors: dict[str, Tutor], code: str, question: str) -> None:
    assert tutors[code].ask(question).kind == "decline"
