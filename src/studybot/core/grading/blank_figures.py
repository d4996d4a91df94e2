"""Figures in a cloze's blank. A number the answer puts on a blank's name that none of its wordings has, where
one of them numbers it otherwise, names another thing ("Восток-2" for {{Восток|Восток-1}}); and a unit the answer
gives a blank's figure that is not the unit the text writes after the blank is another measure ("8 мм" in
"{{8}} см/год"). Rules of writing figures, no words of a text."""

from __future__ import annotations

import re

from ..matching import Prepared
from ..memos import memoised
from ..quantities import measure

__all__ = ["blank_facts", "blank_figure_wrong", "in_unit_after", "units_after_blanks"]

_AFTER = re.compile(r"\}\}\s*([^\W\d_][^\s,.;:()]*)")  # the word the text writes right after a blank


@memoised(4096)  # (of a card's text: asked again for every answer to it)
def units_after_blanks(text: str) -> tuple[str, ...]:
    """Per blank of a cloze text, the word right after it ("см/год" of "{{8}} см/год"), or ""."""
    out = []
    for end in re.finditer(r"\}\}", text):
        m = _AFTER.match(text, end.start())
        out.append(m.group(1) if m else "")
    return tuple(out)


def blank_facts(alternatives: tuple[Prepared, ...], unit_after: str) -> tuple[frozenset[str], tuple[str, float] | None]:
    """What a blank's figures are checked against, worked out once per card: the numbers its wordings write on a
    name (none when a wording is a figure itself), and the measure of the unit the text writes after it."""
    theirs = frozenset() if any(alt.quantities for alt in alternatives) else frozenset(
        w for alt in alternatives for w in alt.words if w.isdigit())
    return theirs, measure(unit_after.split("/")[0]) if unit_after else None


def blank_figure_wrong(facts: tuple[frozenset[str], tuple[str, float] | None], piece: Prepared) -> bool:
    """Does the answer's piece number the blank otherwise than its wordings, or give its figure in another unit
    than the text's after the blank (`facts`: `blank_facts`)?"""
    theirs, written = facts
    if theirs and not {w for w in piece.words if w.isdigit()} <= theirs:
        return True  # "восток 2" where the blank is "Восток" or "Восток-1"
    return written is not None and any(q.kind not in ("count", "percent", "money") and (
        q.kind != written[0] or abs(q.scale - written[1]) > 1e-12) for q in piece.quantities)


def in_unit_after(unit_after: str, piece: Prepared) -> str:
    """The figure of an answer that gives a blank's figure in the unit the text writes after the blank ("6.5 m"
    for "{{6.5}} metres"), as a bare number ("6.5"); "" when it gives no such measure, another unit of it ("650
    cm") or more than the figure and its unit. (An "m" also read as millions is read as the text's metres.)"""
    wanted = measure(unit_after.split("/")[0]) if unit_after else None
    measures = [q for q in piece.quantities if q.kind not in ("count", "percent", "money")]
    if wanted is None or len(measures) != 1 or len(piece.content()) > 2:
        return ""
    q = measures[0]
    if q.kind != wanted[0] or abs(q.scale - wanted[1]) > 1e-12 or any(o.text != q.text for o in piece.quantities):
        return ""
    return f"{q.value / q.scale:.12g}"
