"""What `studybot validate` tells the author of an example the grader judges otherwise: why, in the grader's
own words (which figure it read, how many items of an order it recognised, which blank it failed), and what to
change that the card's kind has: `accept` is a field of short, numeric, date and explain cards only; a choice
card's options and an order card's items are met through the pack's `aliases` and `synonyms`, a cloze blank
through its alternatives ("{{answer|other}}"), a point of a list or explain card through its keypoint's `accept`;
a wrong example the grader accepts is told apart by a `mistakes` entry on every kind."""

from __future__ import annotations

import re
from dataclasses import replace

from .grading import Grader, Verdict
from .packs import Card
from .text import normalise

__all__ = ["advice", "inside_tolerance", "not_a_person", "reason"]

_NAME_WORD = re.compile(r"[^\W\d_]+")

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


def inside_tolerance(card: Card, grader: Grader, example: str) -> str:
    """What to change for a wrong example of a numeric card that the grader marks right because its figure is within
    the card's `tolerance` (it fails with no tolerance): a known mistake never fails a figure the tolerance accepts,
    so the tolerance must be narrowed; "" where the tolerance is not why."""
    spec = card.number
    if card.kind != "numeric" or spec is None or not spec.allowed():
        return ""
    exact = replace(card, number=replace(spec, tolerance=0.0), mistakes=())
    if grader.grade(exact, example).reason != "quantity":
        return ""
    unit = f" {spec.unit}" if spec.unit else ""
    width = f"{spec.tolerance * 100:g}%" if spec.relative else f"{spec.tolerance:g}{unit}"
    return (f"its figure is within the card's tolerance ({spec.value:g} ± {width}), and a mistake never fails a "
            "figure the tolerance accepts: narrow number.tolerance to leave it out, or move the example")


def not_a_person(card: Card, grader: Grader, example: str) -> str:
    """Why a short form of a name ("Adams", "T. Adams" for "Thomas Adams") listed as right fails, when that is why:
    the card's answer, a name of capitalised words, is not read as a person's, so its surname alone and initials are
    not taken (the grader reads a name as a person's when the question asks who, the notes also write its surname
    alone, or it has an initial); "" otherwise."""
    words = _NAME_WORD.findall(card.answer)
    said = [normalise(w) for w in _NAME_WORD.findall(example)]
    if card.kind != "short" or len(words) < 2 or not all(w[:1].isupper() for w in words) or not said \
            or said[-1] != normalise(words[-1]) or said == [normalise(w) for w in words] \
            or any(len(w) > 1 and w not in {normalise(x) for x in words} for w in said):
        return ""
    if grader.aliases.apply(normalise(card.answer)) in grader.aliases.people.canonicals:
        return ""
    return (f"; '{card.answer}' was not read as a person's name, so its surname alone and initials are not taken: "
            "ask 'Who ...?' or 'Which engineer ...?', or write the surname alone in the notes too, or give the short "
            "form in aliases")
