"""A figure written with a power of ten is the figure it is (issue #11: "a right figure written another way"):
"3.2 × 10^3 km", "3.2x10^3 km", "3.2*10^3", "3.2 × 10³" and "3.2e3 km" answer 3,200 km, "10^3, 10^6" fill the blanks
"1000" and "1000000", "1,6·10⁻¹⁹ Кл" is 1.6e-19 C; another exponent is another figure, and a product without one
("10 × 10") stays a product. Found by probeen18 (an English pack on a cable, 3,200 km) and in a Russian development
pack's labelled answers (a cloze of prefixes). Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec, Pack, Section
from studybot.core.powers_of_ten import powers_written_out

EN, RU = Grader(), Grader(language="ru")


def numeric(value: float, unit: str, answer: str, prompt: str) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, unit, 0.0, False))


def cloze(lang: str, text: str) -> tuple[Grader, Card]:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    card = Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text, blanks=blanks)
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    return Grader.for_pack(pack), card


CANAL = numeric(3200, "km", "3,200 km", "How long is the canal?")
CHARGE = numeric(1.6e-19, "C", "1.6 × 10^-19 C", "What charge does the bead carry?")
ZAPAS = numeric(2.5e6, "т", "2,5 млн т", "Каков запас руды?")


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, CANAL, "3.2 × 10^3 km", True),
    (EN, CANAL, "3.2x10^3 km", True),
    (EN, CANAL, "3.2*10^3 km", True),
    (EN, CANAL, "3.2 × 10³ km", True),
    (EN, CANAL, "3.2e3 km", True),
    (EN, CANAL, "3.2 × 10^4 km", False),
    (EN, CANAL, "3.2 × 10^2 km", False),
    (EN, CHARGE, "1.6 × 10^-19 C", True),
    (EN, CHARGE, "1.6 x 10⁻¹⁹ C", True),
    (EN, CHARGE, "1.6 × 10^19 C", False),
    (RU, ZAPAS, "2,5·10⁶ т", True),
    (RU, ZAPAS, "2,5 · 10^6 т", True),
    (RU, ZAPAS, "2,5·10⁵ т", False),
])
def test_a_figure_with_a_power_of_ten(grader, card, given, right):
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("lang", "text", "given", "right"), [
    ("ru", "Приставка кило- означает {{1000|тысячу}}, мега- {{1000000|миллион}}.", "10^3, 10^6", True),
    ("ru", "Приставка кило- означает {{1000|тысячу}}, мега- {{1000000|миллион}}.", "10^6, 10^3", False),
    ("en", "The prefix kilo- means {{1000|a thousand}}, mega- {{1000000|a million}}.", "10³, 10⁶", True),
])
def test_blanks_filled_with_powers_of_ten(lang, text, given, right):
    grader, card = cloze(lang, text)
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("3.2 × 10^3 km", "3200 km"),
    ("5 x 10^ -2 m", "0.05 m"),
    ("10**6", "1000000"),
    ("10 × 10 = 100", "10 × 10 = 100"),  # no exponent: a product
    ("H2O and A4", "H2O and A4"),
    ("x10^-3", "x10^-3"),  # glued to a word: left as written
])
def test_what_is_written_out(text, read):
    assert powers_written_out(text) == read
