"""Russian weight and price said by their verbs, read as by their adjectives (issue #11), as English "weighs far more
than", "costs more than" are (`property_changes`, `comparing`): "ящик весит намного меньше бочки" is "ящик намного
легче бочки", "больше весит" "тяжелее"; "ситец стоит меньше шёлка" is "ситец дешевле шёлка", "больше стоит"
"дороже". And a weight or a price said with a word of degree is the plain adjective: "сани мало весят", "весят
немного" are "сани лёгкие", "весит очень много" is "очень тяжёлый"; "ситец мало стоит", "стоит немного" are "ситец
дешёвый", "много стоит" "дорогой". Not before a figure, a unit or money, which bound the amount ("весит больше пяти
тонн", "меньше тонны", "весит много тонн", "стоит больше ста рублей", "стоит меньше рубля"), nor the verb alone
("сколько весит", "стоит отметить"). Rules of Russian, no word of a text."""

from __future__ import annotations

import re
from collections.abc import Callable

from .numbers_ru import ru_words_to_digits

__all__ = ["measures_said"]

_WEIGHS = r"(?:весит|весят|весил|весила|весило|весили)"
_COSTS = r"(?:стоит|стоят|стоил|стоила|стоило|стоили)"
# how much more or less ("намного", "вдвое", "в три раза"), kept as said
_BY = r"(?:(?:намного|гораздо|значительно|заметно|существенно|немного|чуть|слегка|куда|вдвое|втрое|вчетверо|" \
      r"в \S+ раза?) )?"
_DEGREE = r"(?:(?:очень|совсем|довольно|сравнительно|так|слишком) )?"


def _rules(verb: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A verb's comparison ("весит меньше", "меньше весит") and its degree ("мало весит", "весит немного")."""
    compared = re.compile(rf"(?<!\w)(?:{verb} ({_BY})(больше|меньше)|({_BY})(больше|меньше) {verb})(?!\w)"
                          r"(?:(?= (?:чем )?(\S+))|)")
    plain = re.compile(rf"(?<!\w)(?:({_DEGREE})(мало|немного|много) {verb}|{verb} ({_DEGREE})(мало|немного|много))"
                       r"(?!\w)(?:(?= (\S+))|)")
    return compared, plain


# each verb's rules, its comparatives (more, less) and its adjectives (little, much)
_MEASURES = (
    ("вес", _rules(_WEIGHS), {"больше": "тяжелее", "меньше": "легче"}, {"мало": "легкий", "немного": "легкий",
                                                                      "много": "тяжелый"}),
    ("сто", _rules(_COSTS), {"больше": "дороже", "меньше": "дешевле"}, {"мало": "дешевый", "немного": "дешевый",
                                                                      "много": "дорогой"}),
)
# units of mass and money: a bound, not a comparison ("больше тонны", "много килограммов", "меньше рубля")
_UNITS = ("тонн", "килограм", "грамм", "пуд", "центнер", "фунт", "карат", "рубл", "копе", "доллар", "евро", "франк",
          "марк", "денег", "деньг")
_SYMBOLS = frozenset(("т", "кг", "г", "руб", "р"))


def _bound(after: str | None) -> bool:
    """Does the word after a degree make it a bound (a figure, a number word, a unit or money)?"""
    if after is None:
        return False
    word = after.strip(",.;:!?")
    return word[:1].isdigit() or ru_words_to_digits(word) != word or word.startswith(_UNITS) or word in _SYMBOLS


Sub = Callable[[re.Match[str]], str]


def _compared(said: dict[str, str]) -> Sub:
    def sub(m: re.Match[str]) -> str:
        if _bound(m.group(5)):
            return m.group()
        by, more = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
        return f"{by}{said[more]}"
    return sub


def _plain(said: dict[str, str]) -> Sub:
    def sub(m: re.Match[str]) -> str:
        after = m.group(5)
        if _bound(after) or after is not None and after.strip(",.;:!?") in ("больше", "меньше", "чем"):
            return m.group()
        degree, how = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
        return f"{degree}{said[how]}"
    return sub


# each verb's first letters, its two shapes and their rewrites
_READS = tuple((root, compared, _compared(more), plain, _plain(much))
               for root, (compared, plain), more, much in _MEASURES)


def measures_said(text: str) -> str:
    """`text` (normalised Russian) with a weight or a price compared or graded by its verb ("весить", "стоить") read
    as by its adjective."""
    for root, compared, as_compared, plain, as_plain in _READS:
        if root in text:
            text = plain.sub(as_plain, compared.sub(as_compared, text))
    return text
