"""Why a thing bears its name: "почему X так называется?", "почему X назвали Y?", "откуда у X такое название?" ask
the reason for the name, which a text gives without the word for naming: by what the name says ("склоны пологие, как
у лежащего щита" for "щитовой вулкан"), by where it comes from ("назван по посёлку Ключи"). The word for naming only
frames such a question, as "which" does: the analyser weighs it as a light word (`Weights.light`), so the thing and
its name decide, not a passage that names something else ("это место называют слепым пятном"). Russian only; a rule
of the language, no word of a text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .words import WORD

if TYPE_CHECKING:
    from .words import Words

__all__ = ["naming_asked"]

# a question of a reason or an origin, and a word for naming after it; not "почему X назвали в честь Y?", whose
# naming is the act asked about ("назван в честь Y" says it)
_ASKING = {"ru": re.compile(r"^\W*(?:почему|отчего|откуда|за что)\b(?!.*\bв честь\b)")}
_NAMING = {"ru": ("называ", "назва", "назв", "прозва", "прозв", "имену")}


def naming_asked(text: str, words: Words) -> frozenset[str]:
    """The words for naming a question (normalised) frames as the reason for a name ("почему X так называется?":
    "называется"), if it asks one."""
    code = words.lang.code
    asking = _ASKING.get(code)
    if asking is None or not asking.match(text):
        return frozenset()
    return frozenset(w for w in WORD.findall(text) if w.startswith(_NAMING[code]))
