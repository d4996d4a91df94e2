"""Figures in a cloze's blank. A number the answer puts on a blank's name that none of its wordings has, where
one of them numbers it otherwise, names another thing ("Восток-2" for {{Восток|Восток-1}}); and a unit the answer
gives a blank's figure that is not the unit the text writes after the blank is another measure ("8 мм" in
"{{8}} см/год"). Rules of writing figures, no words of a text."""

from __future__ import annotations

import re

from ..matching import Prepared
from ..quantities import measure

__all__ = ["blank_figure_wrong", "units_after_blanks"]

_AFTER = re.compile(r"\}\}\s*([^\W\d_][^\s,.;:()]*)")  # the word the text writes right after a blank


def units_after_blanks(text: str) -> tuple[str, ...]:
    """Per blank of a cloze text, the word right after it ("см/год" of "{{8}} см/год"), or ""."""
    out = []
    for end in re.finditer(r"\}\}", text):
        m = _AFTER.match(text, end.start())
        out.append(m.group(1) if m else "")
    return tuple(out)


def blank_figure_wrong(alternatives: tuple[Prepared, ...], piece: Prepared, unit_after: str) -> bool:
    """Does the answer's piece number the blank otherwise than its wordings, or give its figure in another unit
    than the text's after the blank?"""
    theirs = {w for alt in alternatives for w in alt.words if w.isdigit()}
    mine = {w for w in piece.words if w.isdigit()}
    if theirs and mine and not mine <= theirs and not any(alt.quantities for alt in alternatives):
        return True  # "восток 2" where the blank is "Восток" or "Восток-1"
    given = [q for q in piece.quantities if q.kind not in ("count", "percent", "money")]
    written = measure(unit_after.split("/")[0]) if unit_after else None
    return bool(given) and written is not None and any(
        q.kind != written[0] or abs(q.scale - written[1]) > 1e-12 for q in given)
