"""A bound on a figure said the other way on a numeric card: the card's answer "не больше 20" ("at most 20") is not
given by "больше 20" ("more than 20"), nor "at least 5" by "under 5". A figure without a bound, or a bound on the
same side ("up to 20", "максимум 20"), is judged on its figure as before. A figure nearly reached ("nearly 90%",
"почти 90%") is bounded from above: it is no "more than 90%". A Russian figure a card gives as where a change ends
("сократилось до 25 км") is not given by a change that starts there ("с 25 до 80 км"). Words of the language only."""

from __future__ import annotations

import re

__all__ = ["bound_side", "bounds_clash", "firm_bound_side", "leaves_out", "start_for_end", "without_bound"]

# the words before a figure that bound it from below (+1) or above (-1), as the text reads once prepared ("no more
# than" and "не больше" are read as "at maximum", "максимум"); the longest first, so that "не свыше" is not "свыше"
_BEFORE = {
    "en": {**dict.fromkeys(("at least", "at minimum", "no fewer than", "not fewer than", "no less than",
                            "not less than", "more than", "higher than", "greater than", "over", "above",
                            "upwards of", "in excess of", "minimum of"), 1),
           **dict.fromkeys(("at most", "at maximum", "up to", "no more than", "not more than", "less than",
                            "fewer than", "lower than", "under", "below", "maximum of", "nearly", "almost",
                            "not quite"), -1)},
    "ru": {**dict.fromkeys(("не менее", "не меньше", "не ниже", "более", "больше", "свыше", "выше", "минимум",
                            "по меньшей мере", "по крайней мере"), 1),
           **dict.fromkeys(("не более", "не больше", "не свыше", "не выше", "менее", "меньше", "ниже", "максимум",
                            "до", "почти", "без малого"), -1)},
}
# the words after a figure: "20 or more", "6,5% и выше"
_AFTER = {
    "en": {"or more": 1, "and more": 1, "or above": 1, "and above": 1, "and over": 1, "or over": 1,
           "or less": -1, "or fewer": -1, "and below": -1, "or below": -1, "and under": -1, "or under": -1},
    "ru": {"и более": 1, "и больше": 1, "и выше": 1, "или более": 1, "или больше": 1, "и свыше": 1,
           "и менее": -1, "и меньше": -1, "и ниже": -1, "или менее": -1, "или меньше": -1},
}


def _alternation(words: dict[str, int]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# a factor's preposition and a comparison's "чем" may stand between ("не более чем в 20 раз", "максимум в 20 раз"),
# and a change's "на" after "чем" ("более чем на 90%"; "выше на 5 м" compares, it bounds nothing)
_BETWEEN = {"en": "", "ru": "(?:,? ?чем (?:в |на )?|в )?"}
_PATTERNS = {code: re.compile(rf"(?<![\w-])({_alternation(_BEFORE[code])}) {_BETWEEN[code]}(?=[-+]?[$€£¥₽]?\d)"
                              rf"|(?<=\d)(?:\s?\S+)?? ({_alternation(_AFTER[code])})(?![\w-])")
             for code in _BEFORE}
# a span from one figure to another ("от 7,35 до 7,45", "from 3 to 5", "between 3 and 5") bounds it on both sides
_RANGE = re.compile(r"\b(?:от|from|between) [-+]?\d")


def bound_side(text: str, code: str) -> int:
    """The side a normalised text bounds its figure from: +1 below ("at least 20"), -1 above ("не больше 20"),
    0 none, a span or both."""
    pattern = _PATTERNS.get(code)
    if pattern is None or _RANGE.search(text):
        return 0
    sides = {_BEFORE[code][m.group(1)] if m.group(1) else _AFTER[code][m.group(2)] for m in pattern.finditer(text)}
    return sides.pop() if len(sides) == 1 else 0


# words of a figure nearly reached: an approximation more than a bound ("nearly 950" is near 1000 too)
_NEARLY = frozenset(("nearly", "almost", "not quite", "почти", "без малого"))


def firm_bound_side(text: str, code: str) -> int:
    """`bound_side`, for a bound that is said as one ("at most 900", "не менее 20", "под 50" no): 0 where a word of
    a figure nearly reached bounds it ("nearly 900", "почти 900")."""
    pattern = _PATTERNS.get(code)
    if pattern is None or any(m.group(1) in _NEARLY for m in pattern.finditer(text)):
        return 0
    return bound_side(text, code)


def bounds_clash(reference: str, answer: str, code: str) -> bool:
    """Does the answer bound its figure from the other side than the card's answer does?"""
    mine = bound_side(reference, code)
    return mine != 0 and bound_side(answer, code) == -mine


def without_bound(text: str, code: str) -> str:
    """A normalised text with its words of a bound taken out ("up to 400 mm": "400 mm"), to read what else it says."""
    pattern = _PATTERNS.get(code)
    return text if pattern is None else pattern.sub(" ", text)


def leaves_out(reference: str, answer: str, code: str, over: float | None) -> bool:
    """Does the answer bound its figure so that the card's own figure is outside the bound ("at most 900 times",
    "максимум в 900 раз" for 1000 times: the answer says it is not 1000), where the card's answer bounds nothing?
    `over` is the answer's figure less the card's, in one unit (None: not comparable); a tolerance that lets the
    bare figure pass does not let the bound leave the card's figure out."""
    if over is None or abs(over) < 1e-9 or bound_side(reference, code) != 0:
        return False
    return firm_bound_side(answer, code) * over > 0


_ENDS_AT = {"ru": re.compile(r"\bдо (\d+(?:[.,]\d+)?)\b")}  # "(примерно) до 25 км": where a change ends
_CHANGE = {"ru": re.compile(r"\bс (\d+(?:[.,]\d+)?)(?: [^\W\d_]+)? до (\d+(?:[.,]\d+)?)\b")}  # "с 25 (км) до 80"


def start_for_end(reference: str, answer: str, code: str) -> bool:
    """Does the answer start a change at the figure the card's answer gives as where one ends ("с 25 до 80 км" for
    "до 25 км"), ending it at another? Russian only (a change "с X до Y" against a span "от X до Y")."""
    ends, change = _ENDS_AT.get(code), _CHANGE.get(code)
    if ends is None or change is None or not (end := ends.search(reference)):
        return False
    return any(m.group(1) == end.group(1) and m.group(2) != end.group(1) for m in change.finditer(answer))
