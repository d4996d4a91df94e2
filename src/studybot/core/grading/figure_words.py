"""The words that write a figure ("usd", "2.4", "billion" of "USD 2.4 billion"; "1.2", "million", "cubic", "metres" of
"1.2 million cubic metres"; "12", "5", "миллиона" of "12,5 миллиона ферм"): once a figure is given as the same value
in any notation ("$2.4bn", "1,200,000 m3", "12 500 000 ферм"), these words of a keypoint need not be said as the
point writes them. The words a figure counts ("ферм") are never its words. Rules of writing figures, no words of a
text."""

from __future__ import annotations

import re

from ..matching import Prepared
from ..preparing import TOKEN
from ..quantities import Quantity
from ..si_units import SI_KINDS

__all__ = ["VALUE_KINDS", "figure_places", "figure_positions", "scaled", "valued"]

# a unit's power said as a word before it ("cubic metres", "кв. км"): the figure's, when its unit has the power
_POWER = re.compile(r"(?:cubic|square|sq|cu|кубическ\w*|квадратн\w*|кв|куб)")
# a scale word or its abbreviation, alone or glued to the figure ("3 million", "$300m", "85k", "1,8 млн")
_SCALE = re.compile(r"(?:\d[\d.]*)?(?:thousands?|millions?|billions?|trillions?|mln|mio|mn|bln|bn|tn|k|m|b"
                    r"|тыс\w*|млн|миллион\w*|млрд|миллиард\w*|трлн|триллион\w*)")
# figures of a measure, money or a share: a value with its unit (a count, a date or a time says no unit)
VALUE_KINDS = frozenset(("money", "percent", "length", "area", "volume", "mass", "temperature", "density", "data",
                         "datarate", "current", "voltage", "power", "energy", "resistance", "frequency", "force",
                         "pressure", "capacitance", "speed")) | SI_KINDS


_MANY = 1_000_000  # a figure written in digits alone from here up is one of many things, as with its scale word


def scaled(q: Quantity) -> bool:
    """Is a figure written with a scale word ("3 million", "$300m", "12,5 миллиона")? A count so written is a
    figure of many things, never a bare count whose place tells what it counts ("у теллура 52")."""
    return any(_SCALE.fullmatch(w) and not w.isdigit() for w in TOKEN.findall(q.text)) \
        or q.text.isdigit() and q.value >= _MANY  # "9000000", as "nine million" is read


_GROUPED = re.compile(r"\d[ ,.']\d{3}(?!\d)")  # a figure written in groups of thousands ("85,000", "40 000")


def valued(q: Quantity, *, grouped: bool = False) -> bool:
    """Is a figure a value of its own: a measure, money or a percentage, or a count written with a scale word (with
    `grouped`, or in groups of thousands: "85,000 people" on a short card, whose hard checks read it as a value)?"""
    return q.kind in VALUE_KINDS or q.kind == "count" and (scaled(q) or grouped and bool(_GROUPED.search(q.text)))


def figure_places(text: Prepared) -> list[tuple[Quantity, tuple[int, ...]]]:
    """Each figure of `text` with the positions of the words that write it: its words as it reads them, from its
    first word with a digit on, a word of a unit's power before its unit ("cubic" of "cubic metres"), and a currency
    before the figure ("usd 2.4"); () when its words are not found in the text as written."""
    words, taken = text.words, set()
    out: list[tuple[Quantity, tuple[int, ...]]] = []
    for q in text.quantities:
        mine = TOKEN.findall(q.text)

        def its(word: str, mine: list[str] = mine) -> bool:  # (a unit read with its power: "metres3" of "metres")
            return word in mine or len(word) > 1 and any(m.startswith(word) and m[len(word):].isdigit() for m in mine)
        start = next((i for i, w in enumerate(words) if i not in taken and w in mine and any(c.isdigit() for c in w)),
                     None)
        if start is None:
            out.append((q, ()))
            continue
        span, k = [start], start + 1
        while k < len(words) and (its(words[k]) or _POWER.fullmatch(words[k]) and k + 1 < len(words)
                                  and its(words[k + 1])):
            span.append(k)
            k += 1
        k = start - 1
        while k >= 0 and not any(c.isdigit() for c in words[k]) and words[k] in mine:
            span.append(k)
            k -= 1
        taken.update(span)
        out.append((q, tuple(sorted(span))))
    return out


def figure_positions(text: Prepared, *, bare: bool = True, grouped: bool = False) -> set[int]:
    """The positions of the words that write the figures of `text` (`figure_places`); without `bare`, only of its
    figures of a value (`valued`: not "52" of "у теллура 52")."""
    return {i for q, at in figure_places(text) if bare or valued(q, grouped=grouped) for i in at}
