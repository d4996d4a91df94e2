"""English: an amount said to be all but none is a very low one (issue #11; the grader's reading, `preparing.read`):
"the pressure had fallen nearly to nothing", "the flow was close to zero", "the stock fell to next to nothing" are
"the pressure had fallen very low", "the flow was very low", "the stock fell very low", so a point "the pressure was
very low" is made by them, and a wording that says "almost zero" is made by "very low".

Only "zero" and "nothing" as words, after a word of nearness ("close to", "near", "nearly", "almost", "practically",
"virtually", "next to"), "nothing" only as what a thing falls to ("to almost nothing"): never a figure ("close to 0
°C" is a temperature) nor zero with a unit ("almost zero degrees", "nearly zero percent": a measure, read as such).
General English, no word of a text."""

from __future__ import annotations

import re

__all__ = ["near_zero_as_low"]

_NEAR = r"(?:close to|near to|near|nearly|almost|practically|virtually|next to)"
# "zero" after a word of nearness; "nothing" only as what a thing falls to ("fell nearly to nothing", "cut to almost
# nothing"): "almost nothing changed" denies a change, and is read so (`phrases.rewrite_negatives`)
_NEAR_ZERO = re.compile(rf"\b{_NEAR}(?: to)? zero\b(?! (?:degrees?|percent|per cent|kelvin|celsius|fahrenheit)\b)"
                        rf"(?!\s*[%°])|\b(?:{_NEAR} to|to {_NEAR}) nothing\b")


def near_zero_as_low(text: str) -> str:
    """`text` (normalised English) with an amount all but none ("almost zero", "nearly to nothing") said as "very
    low"."""
    if "zero" not in text and "nothing" not in text:
        return text
    return _NEAR_ZERO.sub("very low", text)
