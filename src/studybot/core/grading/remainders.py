"""A count told as what is named and the rest of them ("France and the other four", "Gagarin and three others",
"Франция и ещё четыре", "Франция и четыре остальные"): the figure counts the others, not the whole, so the whole is the
things named before it and that figure ("France and the other four": five). A rule of how a count is said, English
and Russian alike; tried only on a numeric or short answer found wrong (`Grader._other_readings`), and only when the
answer is that list and nothing else: one to three things named, each of one to three words, with no figure of their
own ("the other four" alone says no whole)."""

from __future__ import annotations

import re

from ..numbers_en import words_to_digits
from ..numbers_ru import ru_words_to_digits

__all__ = ["remainder_total"]

_THING = r"[^\W\d_]+(?:[ '’-][^\W\d_]+){0,2}"
_NAMED = rf"(?P<named>{_THING}(?:\s*,\s*{_THING}){{0,2}})"
_NOUN = r"(?:\s+(?P<noun>[^\W\d_]+))?"
_REMAINDER = {
    "en": (re.compile(rf"^{_NAMED}\s*,?\s+(?:and|plus)\s+(?:the|its|his|her|their)\s+(?:other|remaining)\s+"
                      rf"(?P<n>\d{{1,3}}){_NOUN}$"),
           re.compile(rf"^{_NAMED}\s*,?\s+(?:and|plus)\s+(?P<n>\d{{1,3}})\s+(?:others|more){_NOUN}$")),
    "ru": (re.compile(rf"^{_NAMED}\s*,?\s+(?:и|плюс)\s+(?:ещё|еще|остальные|другие)\s+(?P<n>\d{{1,3}}){_NOUN}$"),
           re.compile(rf"^{_NAMED}\s*,?\s+(?:и|плюс)\s+(?P<n>\d{{1,3}})\s+(?:других|остальных|остальные|"
                      rf"других\s+[^\W\d_]+){_NOUN}$")),
}
# a word that each pattern of a language needs ("the other four", "four more", "ещё четыре", "четыре других"): no
# number word is read as one, so an answer without any of them says no such count, and its number words are not read
_NEEDED = {"en": ("other", "remaining", "more"), "ru": ("ещё", "еще", "остальн", "друг")}
_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|и)\s+")
_TO_DIGITS = {"en": words_to_digits, "ru": ru_words_to_digits}


def remainder_total(answer: str, code: str) -> str | None:
    """The whole an answer counts as the things it names and the rest of them ("France and the other 4 states":
    "5 states"), or None when it says no such count."""
    patterns, to_digits = _REMAINDER.get(code), _TO_DIGITS.get(code)
    if not patterns or to_digits is None:
        return None
    said = answer.casefold()
    if not any(word in said for word in _NEEDED[code]):
        return None
    text = " ".join(to_digits(said.strip(" .!")).split())
    for pattern in patterns:
        found = pattern.match(text)
        if found is None:
            continue
        named = [part for part in _SPLIT.split(found.group("named")) if part]
        others = int(found.group("n"))
        if not named or others == 0:
            return None
        total = len(named) + others
        return f"{total} {found.group('noun')}" if found.group("noun") and code == "en" else str(total)
    return None
