"""Checks of a card's `examples` that tell an author what to do, for `studybot validate`.

- Right examples split by the commas of `[ ]`: `right: [ВМТ, НМТ]` on a cloze card with two
  blanks, or `right: [the air is squeezed, so it heats up]`, reads as two examples, each of
  which the grader rightly fails. When consecutive unquoted right examples on one line fail
  apart but pass joined by ", ", they were one answer (quoted ones were split on purpose):
  `split_runs` finds them, so validate can say "quote it" once instead of reporting each half as a grader disagreement.
- A keypoint of a list or explain card that no right example makes: validate never checks
  that the grader hears that point in a learner's words (`untested_keypoints`).
"""

from __future__ import annotations

from .grading import Grader
from .packs import Card, Pack, Problem
from .packs.traps import Positions

__all__ = ["split_runs", "split_message", "untested_keypoints"]

_LONGEST_RUN = 6  # examples of one line tried together: a wording split by a few commas, not a whole list


def _graded_right(card: Card, grader: Grader, answer: str) -> bool:
    # numbers in an order card's examples refer to its items as the pack lists them (as check_examples reads them)
    return grader.grade(card, answer, shown=card.items if card.kind == "order" else None).correct


def split_runs(card: Card, grader: Grader, where: Positions | None, failing: set[int]) -> dict[int, range]:
    """Runs of the card's right examples (by index) that the grader fails one by one but
    accepts joined by ", ", all written on one line and none in quotes (an author who quoted
    each example split them on purpose): each run by its first index."""
    if not where:
        return {}
    answers = card.examples_right
    line = {i: spot.line for i in failing
            if (spot := where.get(("cards", card.id, "examples", "right", i))) and not spot.quoted}
    out: dict[int, range] = {}
    start = 0
    while start < len(answers):
        for stop in range(min(len(answers), start + _LONGEST_RUN), start + 1, -1):
            run = range(start, stop)
            if all(i in line and line[i] == line[start] for i in run) and _graded_right(
                    card, grader, ", ".join(answers[i] for i in run)):
                out[start] = run
                start = stop
                break
        else:
            start += 1
    return out


def split_message(card: Card, run: range) -> str:
    """What to tell the author of right examples that are one answer split by commas."""
    parts = [card.examples_right[i] for i in run]
    joined = ", ".join(parts)
    named = " and ".join(repr(p) for p in parts)
    quoted = joined.replace("\\", "\\\\").replace('"', '\\"')
    return (f"card '{card.id}': the right examples {named} are one answer split by its commas: inside [ ] every "
            f"comma starts a new example, and the grader fails each part alone but accepts \"{joined}\"; quote "
            f"it: right: [\"{quoted}\"]")


def untested_keypoints(pack: Pack, grader: Grader, where: Positions | None = None) -> list[Problem]:
    """A list or explain card with right examples none of which makes one of its keypoints."""
    out = []
    for card in pack.cards:
        if card.kind not in ("list", "explain") or not card.examples_right:
            continue
        made = {k.point for answer in card.examples_right for k in grader.grade(card, answer).keypoints
                if k.covered}
        for index, keypoint in enumerate(card.keypoints):
            if keypoint.point in made:
                continue
            spot = (where or {}).get(("cards", card.id, "keypoints", index))
            out.append(Problem(pack.path, spot.line if spot else card.line, spot.column if spot else 1,
                               f"card '{card.id}': no right example makes the keypoint '{keypoint.point}', so "
                               "validate never checks that the grader hears it in a learner's words; add a right "
                               "example that makes it in other words", "warning"))
    return out
