"""A change said by its two figures, read with its direction: "the price went from 8 to 14.5 pence" says the price
rose, "the herd went from 900 head to 400" that it fell (issue #11: "a claim said the other way round"). A verb of
change that names no direction ("went", "changed", "moved", "shifted") before "from A to B" is read as "rose" when B
is greater, "fell" when it is less; a span of years ("went from 1810 to 1820": no change of a quantity), equal
figures, and a verb that names its direction already ("rose from ...", "fell from ...": left as said) are left alone.
English only, on the grader's reading once number words are digits (`preparing.read`); words of the language, none
of a text.
"""

from __future__ import annotations

import re

__all__ = ["direction_by_figures"]

_VERBS = ("went", "go", "goes", "going", "gone", "changed", "change", "changes", "changing", "moved", "moves",
          "move", "moving", "shifted", "shifts", "shift", "shifting")
_HEDGE = r"(?:(?:about|around|roughly|approximately|some|almost|nearly|just|only) )?"
_FIGURE = r"(\d+(?:\.\d+)?)"
_UNIT = r"(?: ?%| [^\W\d_]+(?: [^\W\d_]+)?)?"  # "8 sous", "5 %", "900 head of cattle" (two words at most)
_CHANGE = re.compile(rf"\b({'|'.join(_VERBS)}) from {_HEDGE}{_FIGURE}{_UNIT} to {_HEDGE}{_FIGURE}"
                     r"(?![\d:.,/]\d)")
_YEARS = (1000, 2100)  # four-digit figures in this span, with no unit, are read as years


def _year(figure: str) -> bool:
    return len(figure) == 4 and figure.isdigit() and _YEARS[0] <= int(figure) <= _YEARS[1]


def _said(m: re.Match[str]) -> str:
    start, end = m.group(2), m.group(3)
    if _year(start) and _year(end):
        return m.group(0)
    before, after = float(start), float(end)
    if before == after:
        return m.group(0)
    return ("rose" if after > before else "fell") + m.group(0)[len(m.group(1)):]


def direction_by_figures(text: str) -> str:
    """`text` (normalised English, figures as digits) with a change from one figure to another said by its verb of
    direction ("went from 8 to 14.5": "rose from 8 to 14.5")."""
    if "from " not in text or " to " not in text:
        return text
    return _CHANGE.sub(_said, text)
