"""One member of a closed set put in place of another: a point that names a colour or a chemical substance ("iron in
the water absorbs green light") is not made by an answer that says most of its words but names another colour or
substance where it stood ("iron absorbs blue light", "copper in the water absorbs green light"), though it may leave
a word out ("iron absorbs green light"). The members of these sets exclude each other, so the other one is a wrong
claim, not a word said otherwise. General language (`lexicon_colours`, `elements`), no text's words."""

from __future__ import annotations

from functools import cache

from ..elements import ELEMENT_NAMES, ELEMENT_NAMES_RU
from ..formula_names import FORMULA_NAMES
from ..language import language
from ..lexicon_colours import colour_word
from ..matching import Prepared

__all__ = ["kind_swapped"]

# common compounds a text names by one word, beside the elements (each its own member of the set of substances):
# in English the one-word names of `formula_names` and a few without a formula there
_COMPOUNDS = {"en": " ".join(n for names in FORMULA_NAMES.values() for n in names if " " not in n)
                    + " ethane propane butane benzene sucrose chlorophyll haemoglobin hemoglobin",
              "ru": "вода метан аммиак этан пропан бутан озон бензол этанол метанол глюкоза сахароза хлорофилл "
                    "гемоглобин"}


@cache
def _substances(code: str) -> dict[str, str]:
    """The stems of the substances' names in a language -> one name of each."""
    lang = language(code)
    names = ELEMENT_NAMES_RU if code == "ru" else ELEMENT_NAMES
    out = {lang.stem(n): group[0] for group in names.values() for n in group}
    for name in _COMPOUNDS.get(code, "").split():
        out.setdefault(lang.stem(name), name)
    return out


def _member(text: Prepared, i: int) -> tuple[str, str] | None:
    """(the set, the member) a word of a text names, or None."""
    if colour := colour_word(text.words[i]):
        return "colour", colour
    if substance := _substances(text.lang.code).get(text.stems[i]):
        return "substance", substance
    return None


def kind_swapped(point: Prepared, got: Prepared, at: tuple[int, ...]) -> bool:
    """Does the answer, in a clause where it makes the point (at the positions `at`), leave out a member of a closed
    set the point names and name another member of that set the point does not?"""
    mine = {m for i in point.content() if (m := _member(point, i))}
    if not mine:
        return False
    clauses = {got.clauses[j] for j in at}
    theirs = {m for j in got.content() if got.clauses[j] in clauses and (m := _member(got, j))}
    return bool({k for k, _ in mine - theirs} & {k for k, _ in theirs - mine})
