"""Russian weight said by its verb, read as by its adjective (issue #11), as English "weighs far more than" is
(`property_changes`): "ящик весит намного меньше бочки" is "ящик намного легче бочки", "больше весит" "тяжелее";
and a weight said with a word of degree is the plain adjective: "сани мало весят", "весят немного" are "сани лёгкие",
"весит очень много" is "очень тяжёлый". Not before a figure or a unit, which bound the weight ("весит больше пяти
тонн", "меньше тонны", "весит много тонн"), nor "весит" alone ("сколько весит"). A rule of Russian, no word of a
text."""

from __future__ import annotations

import re

from .numbers_ru import ru_words_to_digits

__all__ = ["weights_said"]

_VERB = r"(?:весит|весят|весил|весила|весило|весили)"
# how much more or less ("намного", "вдвое", "в три раза"), kept as said
_BY = r"(?:(?:намного|гораздо|значительно|заметно|существенно|немного|чуть|слегка|куда|вдвое|втрое|вчетверо|" \
      r"в \S+ раза?) )?"
_COMPARED = re.compile(rf"(?<!\w)(?:{_VERB} ({_BY})(больше|меньше)|({_BY})(больше|меньше) {_VERB})(?!\w)"
                       r"(?:(?= (?:чем )?(\S+))|)")
_ADJECTIVE = {"больше": "тяжелее", "меньше": "легче"}
_DEGREE = r"(?:(?:очень|совсем|довольно|сравнительно|так|слишком) )?"
_PLAIN = re.compile(rf"(?<!\w)(?:({_DEGREE})(мало|немного|много) {_VERB}|{_VERB} ({_DEGREE})(мало|немного|много))"
                    r"(?!\w)(?:(?= (\S+))|)")
_PLAIN_SAID = {"мало": "легкий", "немного": "легкий", "много": "тяжелый"}
# units of mass: a bound, not a comparison ("больше тонны", "много килограммов")
_UNITS = ("тонн", "килограм", "грамм", "пуд", "центнер", "фунт", "карат")
_SYMBOLS = frozenset(("т", "кг", "г"))


def _bound(after: str | None) -> bool:
    """Does the word after a weight's degree make it a bound (a figure, a number word or a unit)?"""
    if after is None:
        return False
    word = after.strip(",.;:!?")
    return word[:1].isdigit() or ru_words_to_digits(word) != word or word.startswith(_UNITS) or word in _SYMBOLS


def _compared(m: re.Match[str]) -> str:
    if _bound(m.group(5)):
        return m.group()
    by, more = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    return f"{by}{_ADJECTIVE[more]}"


def _plain(m: re.Match[str]) -> str:
    after = m.group(5)
    if _bound(after) or after is not None and after.strip(",.;:!?") in ("больше", "меньше", "чем"):
        return m.group()
    degree, how = (m.group(1), m.group(2)) if m.group(2) else (m.group(3), m.group(4))
    return f"{degree}{_PLAIN_SAID[how]}"


def weights_said(text: str) -> str:
    """`text` (normalised Russian) with a weight compared or graded by the verb "весить" read as by its adjective."""
    if "вес" not in text:
        return text
    return _PLAIN.sub(_plain, _COMPARED.sub(_compared, text))
