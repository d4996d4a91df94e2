"""Parts of one unit as the decimal they are: "three quarters of a tonne" -> "0.75 tonne", "two thirds of a mile",
"3/4 of a ton", "a fifth of a kilometre", "a thousandth of a gram", "1/1000 g"; Russian "три четверти тонны",
"две трети метра", "четверть тонны", "полтонны", "пол-литра", "3/4 тонны". Read before number words become
figures ("a third" would become the ordinal 3), and only before a unit of measure (`is_unit`: the caller's
table, truthy for a unit): "two thirds of the members", "четверть населения" stay shares. Rules of English and
Russian, no word of any text."""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["unit_parts"]

_EN_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
              "nine": 9}
_EN_PARTS = {"third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8, "tenth": 10, "hundredth": 100,
             "thousandth": 1000, "millionth": 1_000_000}
_EN = re.compile(r"\b(a|an|one|two|three|four|five|six|seven|eight|nine|\d)[ -](third|quarter|fourth|fifth|sixth|"
                 r"eighth|tenth|hundredth|thousandth|millionth)s? of an? ([^\W\d_]+)")
_RU_COUNTS = {"одна": 1, "одну": 1, "две": 2, "три": 3, "четыре": 4}
_RU_PARTS = {"половин": 2, "трет": 3, "четверт": 4}
_RU = re.compile(r"\b(?:(одна|одну|две|три|четыре|\d)\s+)?(половин|трет|четверт)(?:а|ы|у|ь|и|ей)\s+([^\W\d_]+)")
_HALF_OF = re.compile(r"\bпол[- ]?([^\W\d_]{2,})")  # "полтонны", "пол-литра", "пол литра"; in the other cases
# the compound takes "полу-": "меньше полукилометра", "в полуметре" (the rest must still be a unit)
# "3/4 тонны", "3/4 of a ton", "1/1000 g" (a denominator of three digits or more only a power of ten)
_SLASH = re.compile(r"(?<![\d.,/])(\d)/(\d{1,2}|100|1000)(?![\d/])(?: of an?)?\s+([^\W\d_]+)")


def _figure(count: float, parts: int) -> str:
    """The part as a decimal to four places ("0.6667"), a small one to four significant digits, written out
    ("0.000001": a figure the quantity reader takes)."""
    part = count / parts
    value = round(part, 4) if part >= 0.01 else float(f"{part:.4g}")
    return str(int(value)) if value.is_integer() else f"{value:.10f}".rstrip("0")


def unit_parts(text: str, lang: str, is_unit: Callable[[str], object]) -> str:
    """`text` (normalised) with each part of one unit of measure written as its decimal and the unit."""
    if "/" in text:
        text = _SLASH.sub(lambda m: f"{_figure(int(m[1]), int(m[2]))} {m[3]}"
                          if int(m[2]) > 1 and is_unit(m[3]) else m[0], text)
    if lang == "en" and " of a" in text:
        return _EN.sub(lambda m: f"{_figure(_EN_COUNTS.get(m[1]) or int(m[1]), _EN_PARTS[m[2]])} {m[3]}"
                       if is_unit(m[3]) else m[0], text)
    if lang == "ru":
        if "пол" in text:
            text = _HALF_OF.sub(lambda m: f"0.5 {m[1]}" if is_unit(m[1]) else f"0.5 {m[1][1:]}" if m[1][:1] == "у" and
                                len(m[1]) > 2 and is_unit(m[1][1:]) else m[0], text)
        if any(part in text for part in _RU_PARTS):
            text = _RU.sub(lambda m: f"{_figure(_RU_COUNTS.get(m[1] or 'одна') or int(m[1]), _RU_PARTS[m[2]])} {m[3]}"
                           if is_unit(m[3]) else m[0], text)
    return text
