"""Russian speeds compared by their noun: "скорость голубя намного больше скорости гонца" is "голубь намного быстрее
гонца", "скорость поезда меньше скорости самолёта" is "поезд медленнее самолёта" (as English "the speed of the
trains rose" is "the trains became faster", `property_changes`). Only "скорость" of a thing (one word after it, in
the genitive) compared with "скорость" of another (one word, in the genitive) by "больше"/"выше" or
"меньше"/"ниже", maybe with a word of degree between ("намного", "гораздо", "значительно", "чуть"); the two things
keep their genitive, which their stems meet ("голубя" / "голубь"). A figure or a factor ("в 10 раз больше", "на 5 км/ч
больше") is left as written: the comparison is the figure's. A rule of Russian, no word of a text."""

from __future__ import annotations

import re

__all__ = ["speed_compared"]

_DEGREE = r"(?:(намного|гораздо|значительно|чуть|немного|существенно|заметно) )?"
_COMPARED = re.compile(r"(?<![\w-])скорость ([^\W\d_]+) " + _DEGREE + r"(больше|выше|меньше|ниже) скорости "
                       r"([^\W\d_]+)(?![\w-])")
_FASTER = {"больше": "быстрее", "выше": "быстрее", "меньше": "медленнее", "ниже": "медленнее"}


def speed_compared(text: str) -> str:
    """`text` (normalised Russian) with "скорость X больше скорости Y" read as "X быстрее Y"."""
    if "скорост" not in text:
        return text
    return _COMPARED.sub(lambda m: f"{m[1]} {m[2] + ' ' if m[2] else ''}{_FASTER[m[3]]} {m[4]}", text)
