"""What a question's words name as one thing, or mean in its frame, read before ranking (`reread`).

1. A hyphenated compound of two common words ("царь-колокол", "ракета-носитель", "war-fleet") names one thing; a text
   calls it by either word alone ("колокол", "ракета", "fleet"), so the two words make one unit met by either (their
   keys together, weighed as the lighter of those the pack uses: the word it says more often), and its first word
   stands for no person: "царь" in "царь-колокол" is no tsar the text names (`Library.role_people`). Not when the
   pack's text writes the compound itself ("Коммерц-коллегия"), nor for a name's parts (a second word the learner
   capitalised, a person), nor a figure ("Р-7").
2. Where something stands: in a question asking "where" ("где стоит X?", "где стоял X?") the verb of standing is no
   price (Russian "стоит" is also "costs", `TutorWords.money_words`); its money key and its bare stem ("сто", also
   "a hundred") are dropped, its group of standing kept.

Rules of the language, no word of one text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .words import MONEY_KEY

if TYPE_CHECKING:
    from .analysis import Unit, Wants
    from .documents import Library

__all__ = ["reread"]

_COMPOUND = re.compile(r"(?<![\w-])([^\W\d_]{3,})-([^\W\d_]{3,})(?![\w-])")


def reread(units: list[Unit], raw: str, text: str, wants: Wants, library: Library) -> list[Unit]:
    """The question's units with hyphenated compounds as one unit and a standing verb of "where" no price."""
    return _standing(_compounds(units, raw, text, library), wants, library)


def _compounds(units: list[Unit], raw: str, text: str, library: Library) -> list[Unit]:
    if "-" not in text:
        return units
    lib = library
    for first, second in _COMPOUND.findall(text):
        if first + second in lib.df or _written(first, second, library):
            continue  # the pack writes the compound: its own words meet it ("Коммерц-коллегия")
        at = {u.text: i for i, u in enumerate(units)}
        if first not in at or second not in at:
            continue
        a, b = units[at[first]], units[at[second]]
        if a.stem in lib.names.persons or b.stem in lib.names.persons or _capital_inside(raw, second):
            continue  # "Жан-Поль", "Ростов-на-Дону": a name's parts
        holders = lib.role_people.get(a.stem, frozenset()) | lib.role_people.get(b.stem, frozenset())
        strong = (a.strong | b.strong) - holders  # "царь" of "царь-колокол" is no tsar of the text
        known = [u for u in (a, b) if u.strong - holders & lib.df.keys()] or [a, b]
        lighter = min(known, key=lambda u: u.weight)
        one = replace(lighter, text=f"{first}-{second}", strong=frozenset(strong),
                      weak=(a.weak | b.weak) - strong - holders, name=False,
                      stems=frozenset({a.stem, b.stem}), light=a.light and b.light)
        units = [one if i == min(at[first], at[second]) else u for i, u in enumerate(units)
                 if i not in (at[first], at[second]) or i == min(at[first], at[second])]
    return units


def _written(first: str, second: str, library: Library) -> bool:
    """Does the pack's text write the compound itself, in any case form ("коммерц-коллегии": "Коммерц-коллегия")?"""
    stem = library.words.stem
    pattern = re.compile(rf"(?<![\w-]){re.escape(first[:max(3, len(stem(first)))])}\w*-(\w+)", re.IGNORECASE)
    return any(stem(m.group(1).casefold()) == stem(second) for d in library.docs if d.paragraph >= 0  # not the title
               for m in pattern.finditer(d.text))


def _capital_inside(raw: str, second: str) -> bool:
    """Did the learner write the compound's second word with a capital ("Жан-Поль", "Alsace-Lorraine")?"""
    return re.search(rf"-{re.escape(second.capitalize())}(?!\w)", raw) is not None


def _standing(units: list[Unit], wants: Wants, library: Library) -> list[Unit]:
    if not wants.place:
        return units
    standing = library.words.tw.standing_words
    return [replace(u, strong=u.strong - {MONEY_KEY, u.stem}) if u.text in standing and u.strong - {MONEY_KEY, u.stem}
            else u for u in units]  # "где стоит X?": the group of "стоять" is kept
