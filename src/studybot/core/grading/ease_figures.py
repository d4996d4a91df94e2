"""A point that says a thing is easy or quick to do and backs it with a time ("it was easy to learn in about 15
minutes", "его легко освоить за 15 минут") is made by the quality alone ("easy to learn"): the time only measures
the ease, and a fair teacher takes "easy to learn" as the advantage named. An answer that gives a figure of its own
is read against the whole point, figure and all, so another time stays wrong. Only adjectives of ease and speed
before a verb, and a span of time after it: a rule of the language, no word of a text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ..matching import Prepared
from ..memos import memoised

__all__ = ["ease_wordings"]

_UNITS = {"en": r"(?:seconds?|minutes?|mins?|hours?|days?|weeks?|months?|years?)",
          "ru": r"(?:секунд[уы]?|минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[юиь]|месяц(?:а|ев)?|год(?:а)?|лет)"}
_EASE = {
    "en": re.compile(r"\b((?:easy|easier|simple|simpler|quick|quicker|fast|faster)\s+to\s+[a-z]+"
                     r"(?:\s+(?:up|down|out|on|off|together|apart))?"
                     r"(?:\s+and\s+[a-z]+)?)"
                     r"\s+(?:with)?in\s+(?:(?:about|around|roughly|only|just|under|less\s+than|a\s+mere)\s+)?"
                     r"(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|ten|fifteen|twenty|thirty)\s+" + _UNITS["en"]
                     + r"\b", re.IGNORECASE),
    "ru": re.compile(r"((?:легко|просто|быстро|несложно)\s+(?:[а-яё]+(?:ть|ться|ти)))"
                     r"\s+(?:за|в\s+течение)\s+(?:(?:примерно|около|всего|лишь|каких-то)\s+)?"
                     r"(?:\d+(?:[.,]\d+)?\s+)?" + _UNITS["ru"] + r"(?![а-яё])", re.IGNORECASE),
}


def ease_wordings(wordings: Iterable[str], got: Prepared) -> Iterator[str]:
    """The wordings without the time that measures an ease they say ("easy to learn in about 15 minutes" ->
    "easy to learn"), when the answer gives no figure of its own."""
    code = got.lang.code
    if code not in _EASE:
        return
    plains = [plain for wording in wordings if (plain := _without_time(wording, code)) != wording]
    if plains and not got.quantities:  # (the answer's figures read only for a wording that says an ease)
        yield from plains


@memoised(4096)  # (a pure function of a point's wording, asked again for every answer)
def _without_time(wording: str, code: str) -> str:
    """A wording without the time that measures an ease it says (itself when it says none)."""
    return _EASE[code].sub(r"\1", wording)
