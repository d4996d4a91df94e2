"""A question of change met by a passage of direction: "how did exports change?", "what was the change in exports?",
"как изменился экспорт?" are answered in part by "exports fell by 19%", "экспорт вырос на треть": a rise or a fall
is the change asked, though the passage never says "change". The question's word of change, said of its subject
(not "how do I change a tyre", "как изменили закон"), gets `CHANGE_KEY`, which a passage's word of direction has as
a weak key (`Words.keys`). Words of English and Russian, no word of one text."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .analysis import Unit

__all__ = ["CHANGE_KEY", "change_units"]

CHANGE_KEY = "zchange"
# a change said of the subject: English "change" not followed by its object; Russian the reflexive verb or the noun
_OF_ITSELF = {
    "en": re.compile(r"\b(chang(?:e|es|ed|ing))\b(?! (?:a|an|the|my|your|his|her|its|our|their|this|that|these|"
                     r"those|it|them|him|me|us|you|one|some|any)\b)"),
    "ru": re.compile(r"(?<!\w)((?:из|по)?мен(?:ил|ял|яет|яют|ит|ят)\w*(?:ся|сь)|изменени\w+)(?!\w)"),
}


def change_units(units: list[Unit], text: str, lang: str) -> list[Unit]:
    """The units of a question, its word of change said of its subject given `CHANGE_KEY`, and its words of direction
    without it (a question's "increase" is no change a passage's "fell" meets)."""
    pattern = _OF_ITSELF.get(lang)
    said = {m.group(1) for m in pattern.finditer(text)} if pattern is not None else set()
    return [replace(u, strong=u.strong | {CHANGE_KEY}) if u.text in said and not u.name
            else replace(u, weak=u.weak - {CHANGE_KEY}) if CHANGE_KEY in u.weak else u for u in units]
