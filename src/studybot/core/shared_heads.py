"""Modifiers listed before one noun they share ("red, yellow and green apples", "короткие, средние и длинные волны"):
each lone word of the list is said of the noun that ends it, so a term of one piece ("red apples") is made by the
first word and the last, though a comma parts them (`grading.structured._gathered`, `compounds`; issue #11). A rule
of the language for both languages: only items of one word each, in a row, before a last item of modifiers joined
by "and" and the noun ("and green apples"); "left atrium, right ventricle", whose first item has a noun of its own,
stays two things."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .matching import Prepared

__all__ = ["list_items", "shared_head"]


def list_items(got: Prepared) -> list[int]:
    """The item of a list (a piece between commas or semicolons) each word of an answer is in."""
    out, item = [], 0
    for k, word in enumerate(got.words):
        if k and got.clauses[k] != got.clauses[k - 1] and word not in got.lang.lex.clause_breaks:
            item += 1
        out.append(item)
    return out


def shared_head(got: Prepared, positions: tuple[int, ...], items: list[int]) -> bool:
    """Are the matched words of an answer listing things (`positions`, with the item of each word, `items`) one
    modifier said in a list of lone modifiers and the noun that ends the list ("red, yellow and green apples")?"""
    head, first = max(positions), items[min(positions)]
    last, breaks = items[head], got.lang.lex.clause_breaks
    words = {k: [j for j, item in enumerate(items) if item == k and got.words[j] not in breaks]
             for k in range(first, last + 1)}
    ending = words[last]  # "yellow and green apples": modifiers joined by "and", the last one right before the noun
    if len(ending) < 2 or ending[-1] != head or ending[-2] != head - 1 \
            or any(b - a != 2 for a, b in zip(ending[:-2], ending[1:-1], strict=True)):
        return False
    return all(len(words[k]) == 1 and words[k][0] in got.content() for k in range(first, last)) \
        and all(j == head or items[j] != last or j in ending for j in positions)
