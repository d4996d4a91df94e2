"""One member of a closed set put in place of another: a point that names a colour, a chemical substance or a point
of the compass ("iron in the water absorbs green light", "a west wind") is not made by an answer that says most of its
words but names another colour, substance or direction where it stood ("iron absorbs blue light", "copper in the
water absorbs green light", "an east wind"), though it may leave a word out ("iron absorbs green light"). The members
of these sets exclude each other, so the other one is a wrong claim, not a word said otherwise; and an answer that
makes a point so turned (`turned_point`) says something false, however many other points it makes. General language
(`lexicon_colours`, `elements`), no text's words."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from functools import cache

from ..elements import ELEMENT_NAMES, ELEMENT_NAMES_RU
from ..formula_names import FORMULA_NAMES
from ..language import language
from ..lexicon_colours import colour_word
from ..lexicon_compass import compass_point
from ..matching import Prepared
from .peoples import people_swapped

__all__ = ["kind_swapped", "people_swapped", "turned_point"]

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
    if point := compass_point(text.words[i]):
        return "compass", point
    return None


def kind_swapped(point: Prepared, got: Prepared, at: tuple[int, ...]) -> bool:
    """Does the answer, in a clause where it makes the point (at the positions `at`), leave out a member of a closed
    set the point names and name another member of that set the point does not?"""
    if people_swapped(point, got, at):  # "a British invasion" for "a French invasion" (`peoples`)
        return True
    mine = {m for i in point.content() if (m := _member(point, i))}
    if not mine:
        return False
    clauses = {got.clauses[j] for j in at}
    theirs = {m for j in got.content() if got.clauses[j] in clauses and (m := _member(got, j))}
    return bool({k for k, _ in mine - theirs} & {k for k, _ in theirs - mine})


def turned_point(points: Sequence[Prepared], made: Sequence[bool], got: Prepared,
                 cover: Callable[[str], tuple[int, ...]], taken: Sequence[Collection[int]] = ()) -> str:
    """The first point not made that the answer makes with another member of one of the point's closed sets in its
    place ("an east wind drove the water in" for "a west wind"): the answer's words that say it ("east wind"), or "".
    Only a point that says more than the member ("a west wind", not "west": an item of a list that names another is
    only not made); `cover` gives the positions of the answer's words that make a wording as they would make a
    point, or none. A member said where the answer says another point's words (`taken`: the positions of each
    point's, none where not made) is that point's, not a swap: "drugs, urea, calcium ions" names "calcium ions" of
    a list that also holds "hydrogen ions"."""
    held = {j for at in taken for j in at}
    for point, done in zip(points, made, strict=True):
        if done or len(content := point.content()) < 2:
            continue
        for i in content:
            if not (mine := _member(point, i)):
                continue
            for j in got.content():
                if j not in held and (theirs := _member(got, j)) and theirs[0] == mine[0] and theirs[1] != mine[1] \
                        and (said := cover(" ".join(got.words[j] if k == i else w for k, w in enumerate(point.words)))):
                    return " ".join(got.words[k] for k in sorted(said))
    return ""
