"""Cyrillic letters drawn like Latin ones: a learner with the keyboard in the Russian layout types "К" for the
symbol K or "СО2" for CO2. A fair teacher reads what the learner meant; a Russian word stays a Russian word."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.translit import as_latin, latin_lookalikes
from tests import cards

RU = Grader(language="ru")
EN = Grader(language="en")

# (text as normalised, the same with its mixed words in Latin letters)
MIXED = [
    ("со2", "co2"),  # both letters Cyrillic, a figure after them: a formula
    ("н2о", "h2o"),
    ("h2о", "h2o"),  # one Cyrillic letter among Latin ones
    ("nаcl", "nacl"),
    ("витамин в12", "витамин b12"),  # the Russian word stays, the symbol goes Latin on both sides alike
    ("h2о и со2", "h2o и co2"),
    ("5км", "5км"),  # a figure before the letters is a unit, never a symbol
    ("10 с", "10 с"),  # a Russian word of one letter
    ("сон", "сон"),  # a Russian word of look-alike letters only, no figure, no Latin letter
    ("российский", "российский"),
]


@pytest.mark.parametrize(("text", "read"), MIXED)
def test_a_word_mixing_lookalikes_with_latin_letters_or_figures_is_read_in_latin(text: str, read: str) -> None:
    assert latin_lookalikes(text) == read


@pytest.mark.parametrize(("text", "read"), [("к", "k"), ("со", "co"), ("со2", "co2"), ("с о", "c o"),
                                            ("калий", None), ("k", None), ("nаcl", None), ("", None)])
def test_a_text_of_lookalikes_only_has_a_latin_reading(text: str, read: str | None) -> None:
    assert as_latin(text) == read


# (card, answer, right?)
ANSWERS = [
    (cards.short("K", prompt="Символ калия?"), "К", True),  # the Russian layout's К
    (cards.short("K", prompt="Символ калия?"), "к", True),
    (cards.short("CO", prompt="Формула угарного газа?"), "СО", True),
    (cards.short("CO2", prompt="Формула углекислого газа?"), "СО2", True),
    (cards.short("H2O", prompt="Формула воды?"), "Н2О", True),
    (cards.short("H2O", prompt="Формула воды?"), "Н2О2", False),  # another substance in any letters
    (cards.short("K", prompt="Символ калия?"), "Н", False),  # H is not K
    (cards.short("Na", prompt="Символ натрия?"), "На", False),  # "Н" + "а" reads "Ha": not Na
    (cards.short("GeO2", prompt="Формула оксида?"), "GеО2", True),  # mixed letters in one word
    (cards.short("GeO2", prompt="Формула оксида?"), "ГеО2", False),  # Г is drawn like no Latin letter
    (cards.short("Ом", prompt="Единица сопротивления?"), "Ом", True),  # a Cyrillic wording is left alone
    (cards.short("сон", prompt="Что снится?"), "coh", False),  # Latin letters are not read as Cyrillic ones
    # a wording with Russian words beside the symbol ("X и Y") still lets the symbol be typed in look-alikes
    (cards.short("XY", "X и Y", prompt="Набор половых хромосом мужчины?"), "ХУ", True),
    (cards.short("XY", "X и Y", prompt="Набор половых хромосом мужчины?"), "ХХ", False),
    (cards.short("NaCl", "NaCl (поваренная соль)", prompt="Формула соли?"), "КСl", False),
    # a wording written in look-alike letters alone is a Russian word: an answer of them is read as written
    (cards.short("Ohm", "Ом", prompt="Единица сопротивления?"), "Ом", True),
    (cards.short("Ohm", "Ом", prompt="Единица сопротивления?"), "Он", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ANSWERS)
def test_a_symbol_typed_in_cyrillic_lookalikes_is_graded_as_the_symbol(card, answer: str, right: bool) -> None:
    verdict = RU.grade(card, answer)
    assert verdict.correct is right, verdict.trace


def test_the_trace_says_the_answer_was_read_in_latin_letters() -> None:
    verdict = RU.grade(cards.short("K"), "К")
    assert verdict.correct
    assert verdict.trace[0] == "read in Latin letters: 'k'"


def test_an_english_pack_reads_the_symbol_too() -> None:
    assert EN.grade(cards.short("CO2"), "СО2").correct
    assert not EN.grade(cards.short("CO2"), "СО").correct
