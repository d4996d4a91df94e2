"""What `studybot validate` tells the author of an example the grader judges otherwise: why, in the grader's
own words (which figure it read, how many items of an order it recognised, which blank it failed), and what to
change that the card's kind has: `accept` is a field of short, numeric, date and explain cards only; a choice
card's options and an order card's items are met through the pack's `aliases` and `synonyms`, a cloze blank
through its alternatives ("{{answer|other}}"), a point of a list or explain card through its keypoint's `accept`;
a wrong example the grader accepts is told apart by a `mistakes` entry on every kind."""

from __future__ import annotations

from .grading import Verdict
from .packs import Card

__all__ = ["advice", "reason"]

_SAID_BY_TRACE = frozenset({"order", "choice", "mismatch", "quantity", "date"})
_KNOWN = "matches the known mistake"


def reason(verdict: Verdict) -> str:
    """Why the grader judged an example as it did ("" when it gives no reason)."""
    if verdict.reason == "mistake" and verdict.trace:
        return verdict.trace[0]  # (the known mistake first)
    missed = [k.point for k in verdict.keypoints if not k.covered]
    if verdict.reason == "keypoints" and missed:  # which point the author must make reachable
        return f"missed: {'; '.join(missed)}"
    if verdict.reason == "cloze" and (failed := [t.removeprefix("✗ ") for t in verdict.trace if t.startswith("✗")]):
        return f"cloze: {'; '.join(failed)}"
    # a known mistake that only explains an answer failed otherwise is no reason: the grader's own comes after it
    trace = verdict.trace[1:] if verdict.trace[:1] and verdict.trace[0].startswith(_KNOWN) else verdict.trace
    if verdict.reason in _SAID_BY_TRACE and trace:
        return f"{verdict.reason}: {trace[0]}"
    return verdict.reason


def advice(card: Card, listed_right: bool) -> str:
    """What the author can change, for an example listed as right (or wrong) that the grader judges otherwise."""
    if not listed_right:
        return "add a mistake that matches it (mistakes: - match: [...]), or move the example"
    match card.kind:
        case "short" | "numeric" | "date":
            return "add its wording to the card's accept, or move the example"
        case "explain":
            return "add its words for a missed point to that keypoint's accept (or the whole answer to the card's " \
                   "accept), or move the example"
        case "list":
            return "add its words for a missed point to that keypoint's accept, or move the example"
        case "choice":
            return "the grader knows an option by its letter or its words: give the example's words for the " \
                   "option in the pack's aliases or synonyms, each wording whole (synonyms: - [delayed the harvest, " \
                   "made the harvest come later]), or move the example"
        case "cloze":
            return "add its wording as an alternative of the blank ({{answer|other wording}}), or move the example"
        case "order":
            return "the grader pairs each part of the answer with the item that shares its words: give the " \
                   "example's word for an item in the pack's aliases or synonyms, or move the example"
    return "move the example"
