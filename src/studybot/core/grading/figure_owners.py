"""A figure that is right only where the answer gives it to something else: "2 bonds, while the other pair has 3"
for 3. The answer's own figure is its first; a later clause, after a comma, a semicolon, a bracket or "while",
"whereas", "but", that says another owner has (is, takes, needs ...) the right figure answers nothing asked. Not a
correction ("2, or rather 3", "not 2, P-Q has 3" are read elsewhere), nor a year before the figure ("In 1935, the
count was 38"). English only: the verbs and joiners are English."""

from __future__ import annotations

import re

from ..quantities import Quantity

__all__ = ["given_to_another"]

_BREAK = re.compile(r"[;(,]|\b(?:while|whereas|but)\b")
_OWNER_VERB = re.compile(r"\b(?:has|have|had|is|are|was|were|gets|get|got|takes|take|took|needs|need|needed|uses|use"
                         r"|used|holds|hold|held)\s+(?:only\s+|just\s+|about\s+|around\s+|roughly\s+)?$")
_CORRECTION = re.compile(r"\b(?:actually|rather|sorry|mean|correction|make|or|not|no|wait)\b")
_YEAR = re.compile(r"1\d{3}|20\d{2}")


def given_to_another(text: str, given: list[Quantity], hit: Quantity, lang: str) -> str | None:
    """The answer's own (first) figure when it is wrong and `hit`, the right one, is given to another owner in a
    later clause; else None. `text` is the normalised answer."""
    if lang != "en" or len(given) < 2 or given[0] is hit or _YEAR.fullmatch(given[0].text.strip()):
        return None
    first = given[0]
    start = text.find(first.text)
    at = text.find(hit.text, start + len(first.text)) if start >= 0 and first.text else -1
    if at < 0:
        return None
    between = text[start + len(first.text):at]
    if _CORRECTION.search(between) or not _BREAK.search(between) or not _OWNER_VERB.search(between):
        return None
    return first.text
