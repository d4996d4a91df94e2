"""A figure written with its word of scale or with its thousands grouped ("3 million", "1,1 млн", "3,000,000",
"3 000 000") as the one run of digits its number words already become ("three million": "3000000"), so that a
point's "3 million objects" and an answer's "3,000,000 objects" or "three million objects" are the same words."""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["figures_as_digits"]

_SCALE = {"thousand": 3, "million": 6, "billion": 9, "trillion": 12, "mln": 6, "mn": 6, "bn": 9, "bln": 9,
          "тыс": 3, "тысяча": 3, "тысячи": 3, "тысяч": 3, "тысячу": 3, "тысячей": 3, "тысячам": 3, "тысячами": 3,
          "тысячах": 3, "млн": 6, "млрд": 9}
_EN = re.compile(r"(?<![\w.,])(\d+(?:\.\d+)?) ?(thousand|million|billion|trillion|mln|mn|bn|bln)\b"
                 r"(?! and a (?:half|quarter)\b)")
# Russian: a decimal comma ("1,1 млн"), the abbreviations with or without their dot, миллион/миллиард in any case
_RU = re.compile(r"(?<![\w.,])(\d+(?:[.,]\d+)?) ?(тыс(?:яч(?:а|и|у|ей|ам|ами|ах)?)?|млн|млрд|миллион|миллиард)"
                 r"(?:(?<=н|д)(?:а|у|ом|е|ы|ов|ам|ами|ах))?(?!\w)\.?")
# thousands grouped by commas (English) or by spaces (either): "20,000", "3 000 000" (by spaces only when no figure
# follows: "80 443 53" are three figures)
_GROUPED = {"en": re.compile(r"(?<![\w.,])\d{1,3}(?:(?:,\d{3})+|(?: \d{3})+(?! ?\d))(?![\d,]|\.\d)"),
            "ru": re.compile(r"(?<![\w.,])\d{1,3}(?: \d{3})+(?! ?\d)(?![\d,]|\.\d)")}


# the far end of a range ("25-35 million", "75 to 80 million"): the scale is both ends', left as written
_RANGE_BEFORE = re.compile(r"\d\s*(?:[-–—]|\b(?:to|and|or|до|и|или)\b)\s*$")


def _digits(figure: str, power: int) -> str:
    value = Decimal(figure.replace(",", ".")).scaleb(power)
    return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")


def _ends_range(text: str, m: re.Match[str]) -> bool:
    return _RANGE_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None


def figures_as_digits(text: str, lang: str) -> str:
    """`text` (normalised, number words already digits) with its scaled and grouped figures as digits."""
    if not any(c.isdigit() for c in text):
        return text
    grouped = _GROUPED.get(lang)
    if grouped is not None and ("," in text or " " in text):
        text = grouped.sub(lambda m: m.group(0).replace(",", "").replace(" ", ""), text)
    if lang == "en":
        return _EN.sub(lambda m: m.group(0) if _ends_range(text, m) else _digits(m.group(1), _SCALE[m.group(2)]), text)
    if lang == "ru":
        def scaled(m: re.Match[str]) -> str:
            if _ends_range(text, m):
                return m.group(0)
            word = m.group(2)
            power = 6 if word == "миллион" else 9 if word == "миллиард" else _SCALE.get(word, 3)
            return _digits(m.group(1), power)
        return _RU.sub(scaled, text)
    return text
