"""A yes/no question asked of anyone at all, answered by the contrary of its predicate (round 59).

"Кто-нибудь погиб?", "did anyone die?": a text that says "все шестеро остались живы", "all eight survived" answers
it (no), as one saying "двое погибли" would (yes). So a unit of such a question that says a death is met in full by a
word of survival, in each language's own words (`CONTRARIES`), only when the question asks of anyone at all
(`ANYONE`: "кто-нибудь", "anyone"); a question of one person ("погиб ли X?") is answered by what the text says of X.

Not the other way: "did anyone survive?" is answered by who survived, not by a sentence of deaths (read both ways, a
held-out answer went to a sentence of deaths, round 59). Only data of the language, no word of one text."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .question_parts import Unit
    from .words import Words

__all__ = ["ANYONE", "CONTRARIES", "either_way"]

# the predicate asked (each form), and the words of its contrary that answer it
CONTRARIES: dict[str, tuple[tuple[frozenset[str], frozenset[str]], ...]] = {
    "en": ((frozenset("die dies died dying perish perished killed".split()),
            frozenset("survive survives survived surviving".split())),),
    "ru": ((frozenset("погибнуть погиб погибла погибло погибли умереть умер умерла умерло умерли".split()),
            frozenset(("выжить выжил выжила выжило выжили уцелеть уцелел уцелела уцелело уцелели "
                       "жив жива живы").split())),),
}
# a question asked of anyone at all
ANYONE: dict[str, re.Pattern[str]] = {
    "en": re.compile(r"\b(?:anyone|anybody|any of)\b"),
    "ru": re.compile(r"\b(?:кто|кого|кому|кем|ком)-(?:нибудь|либо)\b"),
}
_DIRECTIONS = {"zdirup": "zdirdown", "zdirdown": "zdirup"}


def either_way(unit: Unit, words: Words, text: str) -> Unit:
    """A unit of a yes/no question (`text`, normalised) that says a direction ("grow") is half met by the opposite
    ("declined"); one saying a death, in a question asked of anyone at all, is met by a word of survival (see the
    module)."""
    opposite = {_DIRECTIONS[k] for k in unit.weak | unit.strong if k in _DIRECTIONS}
    anyone = ANYONE.get(words.code)
    if anyone is not None and anyone.search(text):
        contrary = frozenset(words.stem(w) for asked, said in CONTRARIES.get(words.code, ()) if unit.text in asked
                             for w in said)
        unit = replace(unit, strong=unit.strong | contrary) if contrary else unit
    return replace(unit, weak=unit.weak | opposite) if opposite else unit
