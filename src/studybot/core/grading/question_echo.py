"""A wording made only by the question's own words, each under another stem than the wording's: "учредителями"
(the question's "учредители") for an accepted "соучредители", "the founders" (asked "why did they join only as
founders?") for "co-founders". The answer gives the question back; the relative, slip or prefix that joins it to the
wording says nothing the question did not. A wording whose words the answer says as they are, or by a word of
their family (a relational adjective: asked which valve is open at the intake, "the valve of the intake" names it),
or which the question's words make with other words of the answer, is judged as before. A rule of how answers echo
questions, no word of a text."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["echoes_question"]


def echoes_question(ref: Prepared, got: Prepared, positions: tuple[int, ...], skip: frozenset[str]) -> bool:
    """Is every answer word that made the wording at `positions` a word of the question (`skip`) that none of the
    wording's words is?"""
    mine = {ref.stems[i] for i in ref.content()}
    return bool(positions) and all(got.stems[j] in skip and not any(_one_root(got.stems[j], st) for st in mine)
                                   for j in positions)


def _one_root(a: str, b: str) -> bool:
    """Do two stems open alike (`_ROOT` letters): one word's family, as a noun and its relational adjective
    ("впуска" / "впускной" for "which valve is open at the intake?": the question's word names the answer)?"""
    return a == b or len(a) >= _ROOT and len(b) >= _ROOT and a[:_ROOT] == b[:_ROOT]


_ROOT = 4
