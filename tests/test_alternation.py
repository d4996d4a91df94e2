"""Alternations of many words grouped under their first character (`core.alternation`) match what the
plain alternation matches: the same words, the first that matches first; and the figures of answers
read with them (units, currencies, times of a rate), tried only where a figure may start, are the
figures read without them, trying every place."""

from __future__ import annotations

import random
import re

import pytest

from studybot.core import quantities
from studybot.core.alternation import by_first_character
from studybot.core.grading.base import _texts
from studybot.core.packs import load_pack
from studybot.core.quantities import spelled_to_digits
from studybot.core.text import normalise
from studybot.core.unit_tables import CURRENCY_AFTER, TIME_WORDS
from studybot.core.validate import read_answer_rows

from .packfiles import BUNDLED, DEVELOPMENT, PACKS


def _plain(words, end=lambda word: ""):
    return "|".join(re.escape(w) + end(w) for w in words)


def test_words_are_grouped_under_their_first_character_in_their_order():
    assert by_first_character(["km", "kg", "metre", "m", "k.h", "a b"]) == r"k(?:m|g|\.h)|m(?:etre|)|a(?:\ b)"
    assert by_first_character(["cm", "c"], lambda w: r"\b") == r"c(?:m\b|\b)"
    with pytest.raises(ValueError):
        by_first_character(["m", ""])


@pytest.mark.parametrize("seed", range(5))
def test_the_first_word_that_matches_is_the_same(seed):
    """Words in any order (not only longest first), some a prefix of others: every match of the grouped
    alternation, followed by what must follow it, is the match of the plain one."""
    rng = random.Random(seed)
    letters = "abcм.+ "
    words = list(dict.fromkeys("".join(rng.choice(letters) for _ in range(rng.randint(1, 4))) for _ in range(60)))
    texts = ["".join(rng.choice(letters + "xy") for _ in range(rng.randint(0, 30))) for _ in range(300)]
    for tail in ("", r"(?![a-c])", r"x", r"\b"):
        plain = re.compile(f"(?:{_plain(words)}){tail}")
        grouped = re.compile(f"(?:{by_first_character(words)}){tail}")
        for text in texts:
            assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def _texts_with_figures() -> list[str]:
    sets = [(BUNDLED, BUNDLED.parent.parent / "tests" / "data" / "graded_answers.yaml")] + [
        (PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in DEVELOPMENT]
    texts = ["5 km/h", "3 m2", "10 kg per m3", "12 см в секунду", "176 million dollars", "5 евро", "7 рублей",
             "20 usd", "100 mph", "5 kg/m3", "2 g/cm3", "30 km per hour", "1-5 mm", "2-3 million", "10-15%"]
    for pack_path, answers in sets:
        pack = load_pack(pack_path)
        for text in (*_texts(pack), *(row.answer for row in read_answer_rows(answers))):
            texts.append(spelled_to_digits(normalise(text), pack.language))
    return [t for t in texts if re.search(r"\d", t)]


def test_figures_are_read_as_the_plain_alternations_read_them():
    measures, times = sorted(quantities._MEASURES, key=len, reverse=True), sorted(TIME_WORDS, key=len, reverse=True)
    currencies = sorted(CURRENCY_AFTER, key=len, reverse=True)
    said = _plain(currencies, lambda w: "" if not w[-1].isalnum() else r"\b")  # its spaces escaped once, as written
    plain = {quantities._MEASURE_WORDS: _plain(measures), quantities._TIMES: _plain(times),
             quantities._CURRENCY_WORDS: re.sub(r"(?<!\\) ", r"\\ ", said)}
    assert all(grouped != word and grouped in quantities._QUANTITY.pattern for grouped, word in plain.items())
    pairs = []
    for quick in (quantities._QUANTITY, quantities._RANGE):
        source = re.sub(r"^\(\?=\[[^\]]*\]\)", "", quick.pattern)  # (and tried at every place)
        for grouped, word in plain.items():
            source = source.replace(grouped, word)
        pairs.append((quick, re.compile(source, quick.flags)))
    assert quantities._QUANTITY.pattern.startswith("(?=") and not pairs[0][1].pattern.startswith("(?=")
    read = 0
    for text in _texts_with_figures():
        for quick, long in pairs:
            want = [(m.span(), m.groupdict()) for m in long.finditer(text)]
            assert [(m.span(), m.groupdict()) for m in quick.finditer(text)] == want, text
            read += len(want)
    assert read > 500
