"""English: a keypoint of a cause and its result said with the answer's own words of causing, tried as a point of its
own (`en_variants`): "the drought caused a famine" is made by "the famine resulted from the drought", "the famine was
due to the drought", "there was a famine because of the drought", "the drought resulted in a famine", as "a famine
came because of the drought" is by "the drought led to a famine". The point is said again with the answer's word
between its cause and its result, each on the side that word puts it (`lexicon_causation`); a result that only
happens or is there ("a famine came", "there was a famine") is said by its thing alone. The roles are checked as for
any point, and the cause said as the result fails however it is said (`connectives.cause_turned`: "the famine led to
the drought"). Only where the wording and the answer each have one word of causing, and not the same; no word of any
text."""

from __future__ import annotations

import re

from ..lexicon_causation import EN_CAUSE_FIRST, EN_HAPPENING, EN_RESULT_FIRST, EN_THERE
from ..matching import Prepared
from ..text import normalise

__all__ = ["causal_wordings"]

_AFTER = dict.fromkeys(EN_CAUSE_FIRST, False) | dict.fromkeys((*EN_RESULT_FIRST, "because"), True)
_MARKER = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, _AFTER), key=len, reverse=True)) + r")\b")
_THERE = re.compile(r"^(?:" + "|".join(EN_THERE) + r")\s+")


def _marker(text: str) -> re.Match[str] | None:
    """The one word of causing of a text of one sentence, or None."""
    if re.search(r"[.;!?]\s*\S", text):
        return None
    found = list(_MARKER.finditer(text))
    return found[0] if len(found) == 1 else None


def _result(said: str) -> str:
    """A result without the words that only say it happened or was there ("there was a famine", "a famine came")."""
    said = _THERE.sub("", said.strip())
    head, _, last = said.rpartition(" ")
    return head if head and last in EN_HAPPENING else said


def _sides(text: str, m: re.Match[str]) -> tuple[str, str] | None:
    """(cause, result) of a wording around its word of causing."""
    before, later = text[:m.start()].strip(" ,"), text[m.end():].strip(" ,.")
    if not before:  # "because of the drought, a famine came"
        cause, comma, result = later.partition(",")
        return (cause.strip(), _result(result)) if comma and _AFTER[m.group()] else None
    if not later:
        return None
    return (later, _result(before)) if _AFTER[m.group()] else (before, later)


def causal_wordings(wordings: tuple[str, ...], got: Prepared) -> tuple[str, ...]:
    """Each wording of one cause and its result said with the answer's word of causing instead of its own."""
    if got.lang.code != "en" or (theirs := _marker(normalise(got.written))) is None:
        return ()
    word, out = theirs.group(), []
    for text in wordings:
        mine = _marker(said := normalise(text))
        if mine is None or mine.group() == word or (sides := _sides(said, mine)) is None or not all(sides):
            continue
        cause, result = sides
        out.append(f"{result} {word} {cause}" if _AFTER[word] else f"{cause} {word} {result}")
    return tuple(out)
