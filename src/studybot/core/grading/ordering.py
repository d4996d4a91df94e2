"""Order cards: the items an answer gives, in the order it gives them, by the numbers the
answerer saw or by the items' words; and the known mistakes of an order card, which are
orders too."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from ..matching import Prepared, overlap
from ..packs import Card
from .answers import order_by_position
from .assignment import best_pairing
from .base import GraderBase
from .figures import same_quantity
from .qualified_heads import qualifier_replaced
from .verdict import Verdict, wrong

__all__ = ["OrderGrading"]

_DOTTED = re.compile(r"\s*\d{1,2}(?:\.\d{1,2}){2,}\.?\s*")  # "3.1.4.2": dotted, no number has two points
_NUMBERED_FIRST = re.compile(r"^\s*1\b")  # "1 flood 2 famine 3 revolt": each item after its number
_NUMBER_MARK = re.compile(r"(?:^|\s)\d+[.):]?\s+")
# the items' numbers with a note after them, in brackets or after a dash or a colon, that gives no figure ("1 2 3 4 -
# all in order", "1 2 3 4 5 (the wintering first)"), or in brackets none of the items' numbers ("1 2 3 4 5 (1896 to
# 1928)": `_note_figures`): the numbers are the order (a note with an item's number may correct it)
_NOTED = re.compile(r"\s*(\d{1,2}(?:(?:\s*[,;>]\s*|\s+|-)\d{1,2})*)\s*(?:\([^\d()]*[^\W\d_][^\d()]*\)|(?:\s[-–—]|:)"
                    r"\s*[^\d]*[^\W\d_][^\d]*|(\([^()]*\d[^()]*\)))\s*")
_PIECES = re.compile(r"[;,\n>|<]+|->|→|\bthen\b")
_LAST_TWO = re.compile(r"\s+(?:and|и)\s+")  # "..., deficit and finally exports"


def _same_measure(piece: Prepared, item: Prepared) -> bool | None:
    """Does a piece give the item that is one figure with a unit, maybe in another unit ("10
    microns" for "10 micrometres", "0.5 km" for "500 m")? None when either has no such figure."""
    theirs = [q for q in item.quantities if q.kind not in ("count", "percent")]
    mine = [q for q in piece.quantities if theirs and q.kind == theirs[0].kind]
    if len(theirs) != 1 or len(mine) != 1:
        return None
    return same_quantity(theirs[0], mine[0])


def _note_figures(note: str, items: tuple[str, ...]) -> bool:
    """Does a note in brackets after an order's numbers give a figure that may be an item's number (one to the count
    of items: "(3 before 2)") or stand in an item ("(1896 to 1928)" where an item is "the dam of 1896")? Years of the
    span the items fall in are a note."""
    said = set(re.findall(r"\d+", " ".join(items)))
    return any(int(x) <= len(items) or x in said for x in re.findall(r"\d+", note))


class OrderGrading(GraderBase):
    """Grading of order cards, for the Grader."""

    def _grade_order(self, card: Card, order: list[int] | Verdict) -> Verdict:
        """`order`: the answer's order as `_read_order` reads it (against the items in the order the answerer saw
        them, which numbers refer to)."""
        n = len(card.items)
        if isinstance(order, Verdict):
            return order
        if len(order) != n or len(set(order)) != n:
            return wrong(f"Give all {n} items, in order.", "order", f"recognised {len(set(order))} of {n} items")
        pairs = n * (n - 1) // 2
        concordant = sum(1 for i in range(n) for j in range(i + 1, n) if order[i] < order[j])
        if order == list(range(n)):
            return Verdict(True, 1.0, "Correct.", trace=("all items in order",))
        return wrong("Some items are out of order.", "order", f"{concordant} of {pairs} pairs in the right order",
                      score=concordant / pairs)

    def _read_order(self, card: Card, got: Prepared, shown: tuple[str, ...]) -> list[int] | Verdict:
        """The items' places in `card.items`, in the order the answer gives them (a failing
        Verdict for a figure that is no item)."""
        n = len(card.items)
        words = [w for w in got.words if w not in got.lang.lex.clause_breaks]  # "1 2 3 4 and 5"
        if len(words) == 1 and n <= 9 and len(words[0]) == n and words[0].isdigit():
            words = list(words[0])  # "3142": the numbers written together
        if _DOTTED.fullmatch(got.text):
            words = got.text.strip().rstrip(".").split(".")  # "3.1.4.2": dotted, no number has two points
        numbers = [int(t) for t in words if t.isdigit()]
        if len(numbers) == n and all(1 <= x <= n for x in numbers) and len(words) == n:
            return [card.items.index(shown[x - 1]) for x in numbers]
        noted = _NOTED.fullmatch(got._said or got.text)
        numbers = [int(x) for x in re.findall(r"\d+", noted.group(1))] \
            if noted and not (noted.group(2) and _note_figures(noted.group(2), card.items)) else []
        if sorted(numbers) == list(range(1, n + 1)):
            return [card.items.index(shown[x - 1]) for x in numbers]
        text = got.text
        if _NUMBERED_FIRST.match(text):
            text = _NUMBER_MARK.sub(";", text)  # "1 flood 2 famine 3 revolt"
        pieces = [p.strip() for p in _PIECES.split(text) if p.strip()]
        if len(pieces) == n - 1 and len(last := _LAST_TWO.split(pieces[-1])) == 2:
            pieces[-1:] = last  # "..., deficit and finally exports": the last two joined by "and"
        items = [self.prep(item) for item in card.items]
        theirs = self.card_value(card, "items' stems", lambda: [" ".join(it.stems) for it in items])  # (once a card)
        prepared = [self.prep(piece) for piece in pieces]
        mine = [" ".join(pp.stems) for pp in prepared]
        figures = {(p, k): _same_measure(pp, it) for p, pp in enumerate(prepared) for k, it in enumerate(items)}
        scores = {(p, k): (100, 100) if figures[p, k] else (0, 0) if figures[p, k] is False else
                  (overlap(pp, it), fuzz.token_sort_ratio(mine[p], theirs[k]))
                  for p, pp in enumerate(prepared) for k, it in enumerate(items)}
        if any(all(figures[p, k] is False for k in range(n)) for p in range(len(pieces))):
            return wrong("One of your figures is none of the items.", "order", "a figure that is no item")
        # the pairing that matches most as a whole, so one loose word cannot take another piece's only item
        order = best_pairing([[s[0] + s[1] / 10_000 if (s := scores[p, k])[0] > 0 else 0.0 for k in range(n)]
                              for p in range(len(pieces))])
        for p, k in enumerate(order):
            if k >= 0 and (other := qualifier_replaced(items[k], prepared[p], got.capitalised)):
                return wrong("One of your items is none of the card's.", "order", f"'{other}' names another thing")
        unplaced = [k for k in range(n) if k not in order]
        if len(pieces) == n and order.count(-1) == 1 and len(unplaced) == 1 \
                and figures[order.index(-1), unplaced[0]] is not False:
            order[order.index(-1)] = unplaced[0]  # the one piece left names the one item left
        order = [k for k in order if k >= 0]
        if len(order) != n:
            order = order_by_position(items, got) or order
        return order

    def _order_mistake(self, card: Card, got: Prepared, given: list[int] | Verdict, verdict: Verdict) -> Verdict:
        """An order card's known mistake is a wrong order, written like its examples (the numbers
        of the items as the pack lists them, or the items' words): it fails an answer that gives
        that same order (`given`, as `_read_order` reads it), and only that one. A pattern that is no
        whole order is matched as on any card."""
        for mistake in card.mistakes:
            for pattern in mistake.match:
                wrong_order = self._pattern_order(card, pattern)
                whole = isinstance(wrong_order, list) and sorted(wrong_order) == list(range(len(card.items)))
                if whole and wrong_order != given:
                    continue
                if not whole and not self._mistake_hits(card, got, pattern):
                    continue
                return Verdict(False, 0.0 if verdict.correct else verdict.score, mistake.feedback, "mistake",
                               trace=(f"matches the known mistake '{pattern}'",) + verdict.trace)
        return verdict

    def _pattern_order(self, card: Card, pattern: str) -> list[int] | Verdict:
        """The order a known mistake's pattern gives, as the pack lists the items (read from the card alone: once
        per card)."""
        return self.card_value(card, "order of " + pattern, lambda: self._read_order(card, self.prep(pattern),
                                                                                      card.items))
