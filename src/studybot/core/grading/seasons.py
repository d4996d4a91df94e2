"""A season the answer adds that is not the one the card's answer names is another time (issue #11): asked when
tenants might leave, with "the fair of St Ode in autumn" (accepted: "the fair of St Ode"), "the spring fair of St
Ode" names another fair, as "весенний Ильин день" does for "Ильин день осенний". The four seasons exclude each other;
a season the card's answer does not name at all, or the card's own, adds nothing wrong. A rule of the language: its
words of the seasons, in any form ("осенью", "осенний", "autumnal"), the same for every text."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..matching import Prepared
from ..memos import memoised

__all__ = ["other_season"]

_SEASONS = {
    "en": {"spring": re.compile(r"^spring(?:time)?$"), "summer": re.compile(r"^summer(?:time|s)?$"),
           "autumn": re.compile(r"^autumn(?:al|s)?$"), "winter": re.compile(r"^winter(?:time|s)?$")},
    "ru": {"spring": re.compile(r"^(?:весн[аыеуо]\w*|весен\w*)$"),
           "summer": re.compile(r"^(?:лет[оау]|летом|лете|летн\w+)$"),
           "autumn": re.compile(r"^(?:осен\w*|осень)$"),
           "winter": re.compile(r"^зим(?:[аыеу]|ой|ою|н\w+)$")},
}


@memoised(1 << 14)  # (a pure function of a word: the card's wordings' words and the answer's are read for every answer)
def _season(word: str, code: str) -> str:
    return next((name for name, form in _SEASONS.get(code, {}).items() if form.match(word)), "")


def other_season(wordings: Iterable[Prepared], got: Prepared) -> str:
    """The answer's word of a season other than the one season the card's right wordings name, or ""."""
    code = got.lang.code
    if code not in _SEASONS:
        return ""
    named = {season for ref in wordings for word in ref.words if (season := _season(word, code))}
    if len(named) != 1:
        return ""
    return next((word for word in got.words if (season := _season(word, code)) and season not in named), "")
