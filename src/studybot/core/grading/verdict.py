"""What the grader says about one answer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

__all__ = ["KeypointResult", "Reason", "Verdict", "mistaken", "wrong"]

# Why an answer failed: "" when it did not
Reason = Literal["", "empty", "quantity", "direction", "negation", "mistake", "keypoints", "mismatch", "date",
                 "choice", "cloze", "order", "hedge", "shown"]  # shown: the learner asked to see the answer


@dataclass(frozen=True)
class KeypointResult:
    point: str
    covered: bool
    matched: str = ""  # the learner's words that covered it

    def __init__(self, point: str, covered: bool, matched: str = "") -> None:
        self.__dict__.update(point=point, covered=covered, matched=matched)  # (frozen: set once, at once)


@dataclass(frozen=True)
class Verdict:
    correct: bool
    score: float  # 0..1
    feedback: str  # for the learner
    reason: Reason = ""  # the failed check ("" when none failed)
    typo: bool = False  # accepted despite a typo or a missing unit: rated Hard
    keypoints: tuple[KeypointResult, ...] = ()
    trace: tuple[str, ...] = ()

    def __init__(self, correct: bool, score: float, feedback: str, reason: Reason = "", typo: bool = False,
                 keypoints: tuple[KeypointResult, ...] = (), trace: tuple[str, ...] = ()) -> None:
        # a frozen dataclass sets its fields one by one through object.__setattr__: a grade makes a few, at once
        self.__dict__.update(correct=correct, score=score, feedback=feedback, reason=reason, typo=typo,
                             keypoints=keypoints, trace=trace)

    @property
    def partial(self) -> bool:
        return not self.correct and self.score > 0


def wrong(feedback: str, reason: Reason, *trace: str, score: float = 0.0, **kw: Any) -> Verdict:
    return Verdict(False, score, feedback, reason, trace=tuple(trace), **kw)


def mistaken(points: tuple[KeypointResult, ...], pattern: str,
             hits: Callable[[str, str], bool]) -> tuple[KeypointResult, ...]:
    """The points of an answer a known mistake's `pattern` fails, each made only by the mistake's words not made
    ("Doriana" taken for the point "Dorian" where "Doriana" is the mistake): the point the mistake stands in shows ✗.
    `hits(words, pattern)`: do the words say the mistake?"""
    return tuple(KeypointResult(p.point, False) if p.covered and p.matched and hits(p.matched, pattern) else p
                 for p in points)
