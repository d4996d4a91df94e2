"""A Russian score said by its sides: "Каспаров выиграл пять, а Карпов три", "Карпов набрал 13, Каспаров 11", "у
Карпова 4, у Каспарова 0" give each figure to a named side, so they say whose the score is: "5:3 в пользу
Каспарова". Where a card's right wordings or its mistakes say whose a score is ("5:3 в пользу Карпова"), an answer
that gives the sides so is read as that score in favour of the side with the higher figure, and graded again: the
same figures with the sides the other way round are the other fact (the pack's mistake "5:3 в пользу Каспарова").
Two clauses, each with one capitalised name and one figure (digits or number words), the name first; a draw, a
third side or a clause of two names is not read. Only the order of words: no word of any text."""

from __future__ import annotations

import re

from ..numbers_ru import ru_words_to_digits
from ..packs import Card

__all__ = ["FAVOUR", "score_by_sides"]

FAVOUR = "в пользу"
_CLAUSES = re.compile(r"\s*(?:[,;]|\s[-–—]\s|\bа\b|\bи\b|\bпротив\b)\s*")
_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ын")
_WORD = re.compile(r"[^\W\d_][\w-]*|\d+(?:[.,]\d+)?")


def _side(clause: str) -> tuple[str, float] | None:
    """The one capitalised name and the one figure of a clause, the name before the figure, or None."""
    words = _WORD.findall(clause)
    names = [w for w in words if w[:1].isupper() and w[1:2].islower()]
    figures = [float(f.replace(",", ".")) for f in re.findall(r"\d+(?:[.,]\d+)?", ru_words_to_digits(clause.lower()))]
    if len(names) != 1 or len(figures) != 1:
        return None
    first_figure = next((k for k, w in enumerate(words) if re.fullmatch(r"\d.*", ru_words_to_digits(w.lower()))),
                        None)
    return (names[0], figures[0]) if first_figure is not None and words.index(names[0]) < first_figure else None


def score_by_sides(card: Card, answer: str, code: str) -> str | None:
    """The answer's score with its sides read as "N:M в пользу X" (see the module), or None."""
    if code != "ru" or card.kind != "short" or not any(
            FAVOUR in w.lower() for w in (card.answer, *card.accept, *(m for k in card.mistakes for m in k.match))):
        return None
    sides = [s for c in _CLAUSES.split(answer) if c and (s := _side(c)) is not None]
    if len(sides) != 2 or sides[0][0] == sides[1][0] or sides[0][1] == sides[1][1]:
        return None
    (high_name, high), (_, low) = sorted(sides, key=lambda s: -s[1])
    return f"{high:g}:{low:g} {FAVOUR} {_genitive(high_name)}"


def _genitive(name: str) -> str:
    """A surname in "-ов", "-ев", "-ин", "-ын" in the genitive after "в пользу" ("Беляев": "Беляева"); another name
    as written."""
    return name + "а" if name.endswith(_SURNAME_ENDINGS) else name
