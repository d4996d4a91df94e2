"""A ruler's number the answer adds that the pack never gives that name: "Ferdinand VII" for "Prince Ferdinand"
(accepted as "Ferdinand") names another ruler where the pack's texts number him otherwise ("the future Ferdinand
IV"). A name numbered as the card's wordings or the pack's texts number it ("Ferdinand IV") stays right, and so does
any number where the pack numbers no one of that name (it cannot tell). Only a Roman numeral in capitals (or a
Russian ordinal after the name, "Фердинанд Седьмой") after a capitalised name of one word counts as a reign's number in
the pack's texts; the answer's is read as the grader reads it (`roman.roman_to_digits`: "Ferdinand 7"). In any
language, by the name's stem ("Фердинанда VII"). No name of any text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..matching import Prepared
from ..roman import roman_value, ru_regnal_ordinals

__all__ = ["numbered_names", "other_reign"]

# a capitalised name of one word, then a Roman numeral in capitals
_ROMAN_AFTER = re.compile(r"(?<![\w.-])([^\W\d_][^\W\d_'-]+)\s+([IVXL]{1,6})(?![\w-])")
# the answer as the grader read it: a capitalised name, then its number in digits
_DIGITS_AFTER = re.compile(r"(?<![\w.-])([^\W\d_][^\W\d_'-]+)\s+(\d{1,2})(?![\w.,:/-])")


def numbered_names(texts: Iterable[str], russian: bool, stem: Callable[[str], str]) -> dict[str, frozenset[int]]:
    """The numbers the texts give each capitalised name of one word, by the name's stem."""
    found: dict[str, set[int]] = {}
    for text in texts:
        for m in _ROMAN_AFTER.finditer(ru_regnal_ordinals(text) if russian else text):
            if m.group(1)[0].isupper() and (value := roman_value(m.group(2))):
                found.setdefault(stem(m.group(1).casefold()), set()).add(value)
    return {k: frozenset(v) for k, v in found.items()}


def other_reign(got: Prepared, numbered: dict[str, frozenset[int]]) -> str:
    """A name the answer numbers ("Ferdinand 7", as read) with a number the pack gives that name nowhere, where it gives
    it some number: the name and its number as written, or ""."""
    if not numbered:
        return ""
    for m in _DIGITS_AFTER.finditer(got.written):
        if not m.group(1)[0].isupper():
            continue
        numbers = numbered.get(got.lang.stem(m.group(1).casefold()))
        if numbers and int(m.group(2)) not in numbers:
            return m.group(0)
    return ""
