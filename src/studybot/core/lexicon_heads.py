"""Words that stand for a noun already named (general language data, per language; nothing from one text).

A pro-form ("the secondary ones", "the left one") takes the place of the head noun of a noun phrase whose
modifiers are said: the noun is the one the question or the right answer names. Russian leaves the noun out
instead ("вторичные"), so it has none.
"""

from __future__ import annotations

__all__ = ["PRO_FORMS"]

# by the pack's language: the words, as written (before number words become digits: "one" is a figure too)
PRO_FORMS: dict[str, frozenset[str]] = {
    "en": frozenset(("one", "ones")),
}
