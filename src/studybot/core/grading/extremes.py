"""A question that asks for the most or the least of a figure ("What is the maximum number ...?", "Какова
наибольшая глубина ...?") is answered by a span whose end on that side is the figure: "35-40" tells the most is 40,
as "30-40" does; "40-45" (the most is 45) and, asked the least, "35-40" for 40 do not. Words of the language only."""

from __future__ import annotations

import re

from ..memos import memoised

__all__ = ["extreme_asked"]

# words of a question that asks for the most (1) or the least (-1) of a figure, by their start
_EXTREMES: dict[str, tuple[tuple[str, int], ...]] = {
    "en": (("maximum", 1), ("maximal", 1), ("highest", 1), ("utmost", 1), ("minimum", -1), ("minimal", -1),
           ("lowest", -1)),
    "ru": (("максимальн", 1), ("наибольш", 1), ("максимум", 1), ("минимальн", -1), ("наименьш", -1),
           ("минимум", -1)),
}


@memoised(4096)  # (of a card's question: asked again for every answer to it)
def extreme_asked(question: str, code: str) -> int:
    """1 when a question (as written: a superlative is read as its comparative later) asks for the most of a figure,
    -1 for the least, 0 for neither or both."""
    words = re.findall(r"[^\W\d_]+", question.casefold())
    sides = {side for word in words for start, side in _EXTREMES.get(code, ()) if word.startswith(start)}
    return next(iter(sides)) if len(sides) == 1 else 0
