"""`studybot validate`'s warning for a numeric card whose unit is written as a unit symbol the grader does not know
("ppm", "Wb", "keV", "zk"; before it knew them, "mSv"): such a unit is read as the word for what is counted, so a figure
with another unit after it is neither converted nor told apart ("10 ppb" would pass for 10 ppm)."""

from __future__ import annotations

import re
from typing import Final

from .example_checks import card_at
from .grading.figures import spec_quantity
from .packs import Pack, Problem
from .packs.traps import Positions

__all__ = ["unknown_units"]

# the shape of a unit's symbol: an SI prefix or none, then a capital and up to two small letters ("dB", "kWb", "mGal",
# "дБ"), a prefix before "eV" ("keV"), or a share of a million, a billion, a trillion ("ppm")
_SYMBOL: Final = re.compile(r"(?:[pnµμumcdkMGT]|мк|[пнмкдМГ])?(?:[A-ZА-ЯЁ][a-zа-яё]{0,2}|eV)|pp[mbt]|ppmv")
# ... or letters with no vowel, as only a symbol is written ("kt", "кт"), but the short words for pieces and points
_CONSONANTS: Final = re.compile(r"[bcdfghjklmnpqrstvwxz]{2,3}|[бвгджзклмнпрстфхцчшщ]{2,3}")
_COUNTED: Final = frozenset(("шт", "pcs", "pts", "ppl"))
_SCALES: Final = frozenset(("pH",))  # a figure of a scale, with no unit to tell apart
_RATE: Final = re.compile(r"\s*/\s*|\s+per\s+")  # "dB/km": the symbol before a rate's slash


def unknown_units(pack: Pack, where: Positions | None = None) -> list[Problem]:
    """A warning for each numeric card whose `number.unit` looks like a unit's symbol but is read as a word for what
    is counted: the grader compares no unit written after its figure."""
    out = []
    for card in pack.cards:
        spec = spec_quantity(card) if card.kind == "numeric" else None
        unit = (card.number.unit or "").strip() if card.number else ""
        head = _RATE.split(unit, maxsplit=1)[0]
        if spec is None or spec.kind != "count" or head in _SCALES or head in _COUNTED \
                or not (_SYMBOL.fullmatch(head) or _CONSONANTS.fullmatch(head)):
            continue
        value = f"{card.number.value:g}" if card.number else ""
        out.append(Problem(pack.path, *card_at(where, card, "number"),
                           f"card '{card.id}': the grader does not know the unit '{unit}', so it reads it as a word "
                           f"for what is counted: a figure in another unit is not converted, and '{value}' with "
                           f"any other unit after it passes; write the unit by a name the grader knows, or list the "
                           f"likely wrong units in `mistakes`", "warning"))
    return out
