"""Greek letters written as their names, in English and Russian (core/phrases.py `spell_letters`): "λ" is "lambda"
/ "лямбда", "the λ point" is "the lambda point", "α-спираль" is "альфа-спираль"; μ and ω too where they stand as a
word of their own ("the μ-meson", "ω-3 acids", "омега-3"), while after a figure or inside a word they stay units ("5
μm", "10 Ω", "10 kΩ"). Another letter stays another thing. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec
from tests.cards import short

EN = Grader()
RU = Grader(language="ru")


@pytest.mark.parametrize(("grader", "answer", "given", "right"), [
    (EN, "the lambda point", "the λ point", True),
    (EN, "the λ point", "the lambda-point", True),
    (EN, "λ", "lambda", True),
    (EN, "alpha", "α", True),
    (EN, "α-helix", "alpha helix", True),
    (EN, "mu", "μ", True),
    (EN, "the μ-meson", "the mu meson", True),
    (EN, "the omega-3 acids", "ω-3 acids", True),
    (EN, "omega-3", "ω-3", True),
    (EN, "ω", "omega", True),
    (EN, "the μ-meson", "the pi meson", False),
    (EN, "omega-3", "ω-6", False),
    (EN, "the lambda point", "the delta point", False),
    (RU, "лямбда-точка", "λ-точка", True),
    (RU, "λ", "лямбда", True),
    (RU, "альфа-распад", "α распад", True),
    (RU, "омега-3", "ω-3", True),
    (RU, "мю-мезон", "μ-мезон", True),
    (RU, "альфа-распад", "бета-распад", False),
])
def test_a_greek_letter_is_its_name(grader: Grader, answer: str, given: str, right: bool) -> None:
    verdict = grader.grade(short(answer), given)
    assert verdict.correct is right, verdict.trace


@pytest.mark.parametrize(("value", "unit", "answer", "given"), [
    (5, "µm", "5 µm", "5 μm"),
    (10, "ohm", "10 ohms", "10 Ω"),
    (10, "kohm", "10 kΩ", "10 kΩ"),
])
def test_after_a_figure_mu_and_omega_stay_units(value: float, unit: str, answer: str, given: str) -> None:
    card = Card(id="n", section="s", kind="numeric", prompt="How much?", answer=answer,
                number=NumberSpec(value, unit, 0.0, False))
    verdict = EN.grade(card, given)
    assert verdict.correct, verdict.trace
