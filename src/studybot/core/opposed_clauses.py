"""A phrase's words found in two clauses of an answer, where the clause of its other words says the opposite of
one of them: "the south was wet, but the north dry" does not say "the north stayed wet", nor "экспорт дорогой, а
импорт дешёвый" "импорт был дорогим" (the roles swapped between the clauses)."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from .language import language
from .lexicon_degree import DEGREE_PAIRS
from .text import normalise

if TYPE_CHECKING:
    from .matching import Prepared

__all__ = ["opposed_elsewhere"]


@lru_cache(maxsize=4)
def _scales(code: str) -> dict[str, frozenset[str]]:
    """The two ends of each scale of `lexicon_degree.DEGREE_PAIRS` ("dry" / "wet", "дешёвый" / "дорогой"), by stem."""
    lang, ends = language(code), dict[str, frozenset[str]]()
    for a, b in DEGREE_PAIRS.get(code, ()):
        sa, sb = lang.stem(normalise(a)), lang.stem(normalise(b))
        ends[sa], ends[sb] = ends.get(sa, frozenset()) | {sb}, ends.get(sb, frozenset()) | {sa}
    return ends


def opposed_elsewhere(phrase: Prepared, answer: Prepared, positions: list[int]) -> bool:
    """Is a word of a scale at one of `positions` ("wet", "дорогой"), said of another thing (the only word of the
    phrase in a clause that names a thing the phrase does not), opposed by the other end of its scale ("dry",
    "дешёвый") in the clause of the phrase's other words found there? Not by a word the phrase says too. Only
    the scales a thing is said to have (adjectives of degree): a time word or a side of the world may go on
    a sentence about another thing ("замерзает позже и вскрывается раньше")."""
    clauses = answer.clauses
    if len({clauses[j] for j in positions}) < 2:
        return False
    scales, own, taken = _scales(answer.lang.code), set(phrase.stems), set(positions)
    content = answer.content()
    for p in taken:
        ends = scales.get(answer.stems[p])
        if not ends or any(clauses[j] == clauses[p] for j in taken if j != p) \
                or not any(clauses[j] == clauses[p] and answer.stems[j] not in own for j in content if j != p):
            continue  # said of no other thing ("low in the evaporator and high in the condenser": the same pressure)
        others = {clauses[j] for j in positions if clauses[j] != clauses[p]}
        if any(clauses[j] in others and j not in taken and answer.stems[j] in ends and answer.stems[j] not in own
               for j in content):
            return True
    return False
