"""A list of numbered things said by their numbers alone, the noun they share said once or left to the question:
"Which complexes pump protons?" - "I, III and IV", "complexes one, three and four", "the first, third and fourth
complexes" name "complex I", "complex III" and "complex IV" (an ordinal before the noun is the thing's number). A
rule of the language (ellipsis): the noun comes from the card's own items ("complex I", "complex III"), never from a
table."""

from __future__ import annotations

import re

from ..numbers_en import words_to_digits
from ..numbers_ru import ru_words_to_digits

__all__ = ["numbers_with_head"]

_NUMBERED = re.compile(r"^\s*([^\W\d_]+)\s+([IVXL]{1,7}|\d{1,3})\s*$")  # "complex IV", "Chapter 3"
_SPLIT = re.compile(r"\s*(?:[,;&/]|\band\b|\bи\b)\s*", re.IGNORECASE)
_ROMAN = re.compile(r"^(?:[IVXL]{1,7}|[ivxl]{1,7})$")


def _numeral(token: str, code: str) -> str:
    """A token that is a number alone: digits, a Roman numeral or a number word ("three", "три": in digits, as
    the pack's names of numbered things are read); else ""."""
    token = re.sub(r"^(?:the|a)\s+", "", token, flags=re.IGNORECASE)  # "the third" of "the first, the third"
    if token.isdigit() or _ROMAN.match(token):
        return token
    word = token.casefold().replace("ё", "е")
    spelt = (words_to_digits(word) if code == "en" else ru_words_to_digits(word)
             if code == "ru" else "").strip()
    return spelt if spelt.isdigit() else ""


def numbers_with_head(answer: str, points: tuple[str, ...], code: str) -> str | None:
    """The answer with the items' shared noun before each of its numbers, or None (the card's items are no
    numbered things of one noun, or the answer is not a list of numbers)."""
    found = [m for p in points if (m := _NUMBERED.match(p))]
    heads = {m.group(1).casefold() for m in found}
    if len(found) < 2 or len(heads) != 1:
        return None
    head = next(iter(heads))
    stem = re.escape(head[:max(3, len(head) - 2)])
    rest = re.sub(rf"^\s*(?:the\s+)?{stem}\w*\s+", "", answer.strip().rstrip("."), flags=re.IGNORECASE)
    rest = re.sub(rf"\s+{stem}\w*\s*$", "", rest, flags=re.IGNORECASE)  # "the first and third complexes"
    tokens = [_numeral(t, code) for t in _SPLIT.split(rest) if t]
    if len(tokens) < 2 or not all(tokens):
        return None
    return ", ".join(f"{head} {t}" for t in tokens)
