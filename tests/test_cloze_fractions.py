"""A cloze blank that is a fraction ("two thirds", "две трети") is filled by that fraction in any of its forms: in
words, in figures ("2/3") or as the percentage it rounds to ("67%"), though its numerator and denominator are read as
figures of their own; another fraction, another percentage or the numerator alone is not. Blanks typed apart by
spaces keep the sign of a figure ("13.5 10.5 67%"). Invented subjects (`grading.cloze`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

EN = [
    ("13.5, 10.5, two thirds", True),
    ("13.5, 10.5, 2/3", True),
    ("13.5, 10.5, two-thirds", True),
    ("13.5, 10.5, 67%", True),
    ("13.5, 10.5, 2/3 of it", True),
    ("13.5 10.5 two thirds", True),
    ("13.5, 10.5, one third", False),
    ("13.5, 10.5, 3/4", False),
    ("13.5, 10.5, 2/5", False),
    ("13.5, 10.5, 60%", False),
    ("13.5, 10.5, 2", False),
    ("13.5, 10.5, half", False),
    ("10.5, 13.5, 3/4", False),
    ("13.5 10.5 3/4", False),
]
RU = [
    ("две трети, Испании", True),
    ("2/3, в Испании", True),
    ("67%, Испания", True),
    ("две трети Испании", True),
    ("одна треть, Испании", False),
    ("три четверти, Испании", False),
    ("2, Испании", False),
    ("половина, Испании", False),
    ("две трети, Италии", False),
]


def _grade(language: str, text: str, blanks: tuple[tuple[str, ...], ...], answer: str) -> bool:
    card = Card(id="c", section="s", kind="cloze", prompt="", answer=", ".join(b[0] for b in blanks), text=text,
                blanks=blanks)
    pack = Pack(id="t", title="t", language=language, sections=(Section(id="s", title="s", notes=text),),
                cards=(card,))
    return Grader.for_pack(pack).grade(card, answer).correct


@pytest.mark.parametrize(("answer", "right"), EN)
def test_a_fraction_blank_in_english(answer, right):
    text = "The champion won by {{13.5}} points to {{10.5}} and took {{two thirds}} of the prize."
    assert _grade("en", text, (("13.5",), ("10.5",), ("two thirds",)), answer) is right


@pytest.mark.parametrize(("answer", "right"), RU)
def test_a_fraction_blank_in_russian(answer, right):
    assert _grade("ru", "{{Две трети}} стаи зимуют в {{Испании}}.", (("Две трети",), ("Испании",)), answer) is right
