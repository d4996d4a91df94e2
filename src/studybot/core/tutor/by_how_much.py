"""A change asked by how much: "на сколько сократилась площадь льда?", "by how much did the area shrink?" are answered
by "площадь сократилась примерно на 40 процентов", "the area shrank by 40%": a share of the thing is how much it
changed, as a figure of its measure ("на 4 млн км²") is. Only when the question asks by no unit of its own ("на сколько
метров выше?" asks metres: `Wants.phrased`), nor how many times ("во сколько раз": a ratio)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc

__all__ = ["share_of_change"]

_BY_HOW_MUCH = re.compile(r"^\W*(?:на сколько|by how much)\b(?! раз)|\bby how much\b")


def share_of_change(doc: Doc, q: Question) -> bool:
    """Does a passage say by what share a thing changed, where a "by how much" question asks a figure of its measure
    ("на сколько сократилась площадь?": "на 40 процентов")?"""
    return bool(q.wants.measures) and not q.wants.phrased and "percent" in doc.traits.kinds and bool(
        _BY_HOW_MUCH.search(q.text))
