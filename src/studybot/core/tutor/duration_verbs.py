""""How long did X last?", "how long did the voyage take?": the verb restates the span of time the question asks
for ("how long"), as a measure word does; a text gives the span by its figure without that verb ("A Jumo engine wore
out after only ten to twenty-five hours", "The voyage of 41 days ..."). So after "how long" such a verb is met by a
span of time, as "how long" itself is (its quantity key), and the passage naming X with a span of time answers.
English only; a verb asked otherwise ("when did the last ship sail?", "how long did the crew wait?") is as before."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..lexicon_measures import LASTING_VERBS
from .words import QUANTITY_KEY

if TYPE_CHECKING:
    from .analysis import Unit

__all__ = ["durations_met"]

# the question's frame (the verbs in it that only say a span of time: `lexicon_measures.LASTING_VERBS`)
HOW_LONG = {"en": re.compile(r"^\W*how long (?:did|does|do|will|would|could|can|should|has|had|have|is|was|are|"
                                r"were)\b")}
SPAN = QUANTITY_KEY + "duration"


def durations_met(units: list[Unit], text: str, code: str) -> list[Unit]:
    """The units of a question (normalised `text`), its verbs of a span (`LASTING_VERBS`) met by a span of time when
    it asks "how long ...?" (`HOW_LONG`)."""
    frame, verbs = HOW_LONG.get(code), LASTING_VERBS.get(code, frozenset())
    if frame is None or not frame.search(text):
        return units
    return [replace(u, strong=u.strong | {SPAN}) if u.text in verbs and not u.name else u for u in units]
