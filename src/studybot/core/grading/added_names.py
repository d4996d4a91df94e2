"""A name too many in a list: "спутники Юпитера, фазы Венеры и Уран" for "Name two things Galileo saw" makes its
points and adds a thing the card never names, which the pack gives as the answer to another question (Uranus,
found by another man a century and a half later). A list item that is nothing but one of the pack's names (a word
its texts write with a capital), the whole of a right wording of another card, and that shares no word with this
card (its prompt, answer, keypoints, their accepted wordings, its explanation), is a wrong item, and a list with a
wrong item is not right, however many points it makes. A name no other card answers with ("the Federal Republic",
a learner's word for a point) may be a point said otherwise: left to the keypoints. An item
with any other word ("the Milky Way's stars", "и многое другое") is no bare name and is left to the keypoints;
so is an explain card's answer, whose clauses are no items."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import replace

from ..matching import Prepared
from ..packs import Card
from .verdict import Verdict

__all__ = ["added_name", "without_added_name"]

# the separators of a list's items: commas, semicolons and the joining words of each language
_ITEMS = re.compile(r"[;,]|\s(?:and|и|а также|also|plus)\s")
MAX_NAME_WORDS = 3  # content words of one name ("Великий шёлковый путь")


def added_name(card: Card, got: Prepared, prep: Callable[[str], Prepared], named: Callable[[Prepared], bool],
               answers: Mapping[str, tuple[str, ...]]) -> str:
    """The item of a list answer that is only a name of the pack the card never names, and the whole of a right
    wording of another card (`answers`: each card's, by id), or ""; `named` tells a text that is a name of the pack."""
    if card.kind != "list":
        return ""
    items = [item.strip() for item in _ITEMS.split(got.text) if item.strip()]
    if len(items) < 2:
        return ""
    others = {frozenset(prep(w).stems[i] for i in prep(w).content()) for other, wordings in answers.items()
              if other != card.id for w in wordings}
    card_stems: set[str] = set()
    for text in (card.prompt, card.answer, card.explanation, *(w for kp in card.keypoints for w in (kp.point,
                                                                                                     *kp.accept))):
        card_stems.update(prep(text).stems)
    for item in items:
        piece = prep(item)
        stems = [piece.stems[i] for i in piece.content()]
        if not stems or len(stems) > MAX_NAME_WORDS or len(stems) != len(piece.words):
            continue  # a word of no name beside it ("на Луне", "звёзды Млечного Пути"): left to the keypoints
        if frozenset(stems) in others and named(piece) and card_stems.isdisjoint(stems) \
                and not any(w.isdigit() for w in piece.words):
            return item
    return ""


def without_added_name(card: Card, got: Prepared, prep: Callable[[str], Prepared], named: Callable[[Prepared], bool],
                       answers: Mapping[str, tuple[str, ...]], verdict: Verdict) -> Verdict:
    """A list answer judged right, failed when an item is a name too many (`added_name`)."""
    item = added_name(card, got, prep, named, answers)
    if not item:
        return verdict
    made = sum(k.covered for k in verdict.keypoints)
    return replace(verdict, correct=False, score=made / (made + 1), reason="keypoints",
                   feedback=f"'{item}' is not one of them.",
                   trace=(*verdict.trace, f"✗ {item}: a name the card does not name"))
