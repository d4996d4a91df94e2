"""A verb of place in a question asking at which place (English): "which observatory did Sorel work at?", "at which
college did Orne study?", "in what town did the Vells live?" ask at which place of a kind someone was; one works,
lives, studies at a place, and a text says that place by a phrase of place as often as by the verb: "In 1912 Sorel,
at the Lindqvist Observatory, measured ...". So in such a question the verb of place is met in part (a weak key) by
a passage whose phrase of place beside a name ("Sorel, at the X", a few words after the preposition) says the kind
asked ("observatory"): `PLACE_KEY` and the kind's stem, in the passage and in the question's verb. Not a phrase of
place after another verb ("Hale lived in the town of Orbury" for "in which town did Hale work?"), a place of another
kind ("Sorel was born in Lund" for "which university did Sorel study at?"), nor a bare "where did
Sorel live?" (a birthplace says a place too: the verb itself must be met), nor the verb asked of anything else ("what
did Orne study?"). English only: another language's verbs and phrases of place are its own."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Unit
    from .words import Words

__all__ = ["PLACE_KEY", "place_keys", "place_units"]

PLACE_KEY = "zplace"  # + a stem: in a passage, a word of a phrase of place; in a question, the kind of place asked
# a place of a kind asked: "which X did Y ... at/in?", "at/in which X ..."; group 1 or 2: the kind
_KIND_ASKED = re.compile(r"^\W*(?:(?:at|in) (?:which|what) ([a-z]+)\b|(?:which|what) ([a-z]+)\b.*\b(?:at|in)\W*$)")
# verbs saying where someone is, in their forms ("work at", "live in", "study at", "teach at", "be based at")
_PLACE_VERBS = re.compile(r"^(?:work|live|stud(?:y|ie)|teach|taught|stay|serve|settle|reside|base)(?:s|d|ed|ing)?$")
# a phrase of place put beside a name, not after a verb ("Sorel, at the X", "Sorel at the X"; not "lived in the town
# of Y", whose verb tells what was done there): a preposition of place, an article, then up to four words (not a
# figure: "in 1912"), as written
_PHRASE = re.compile(r"(?:,|\b[A-Z][\w'’-]*)\s+(?:at|in|inside|near)\s+(?:(?:the|a|an)\s+)?"
                     r"([^\W\d_]+(?:\s+[^\W\d_]+){0,3})")


def place_keys(text: str, words: Words) -> set[str]:
    """`PLACE_KEY` and the stem of each word of an English passage's phrases of place."""
    if words.lang.code != "en":
        return set()
    return {PLACE_KEY + words.stem(normalise(w)) for m in _PHRASE.finditer(text) for w in m.group(1).split()}


def place_units(units: list[Unit], text: str, words: Words) -> list[Unit]:
    """The units of a question (normalised `text`), its verbs of place met by a phrase of place saying the kind
    asked when it asks at which place of a kind (see the module)."""
    m = _KIND_ASKED.match(text) if words.lang.code == "en" else None
    if m is None:
        return units
    kind = PLACE_KEY + words.stem(m.group(1) or m.group(2))
    return [replace(u, weak=u.weak | {kind}) if not u.name and _PLACE_VERBS.match(u.text) else u for u in units]
