"""An explain card's `accept`: other whole answers that are right, as the pack's fields say ("Other full answers that
are right", for short, numeric, date and explain cards). An explain card is graded by its keypoints; an answer they
miss that says every word of one of the card's accepted answers (in any order, synonyms and slips as everywhere, with
its figures, directions and negation agreeing) is right too; one of function words alone ("no", "нет", "never")
only when the answer is that wording. `validate` tells an author to put an example the
keypoints miss into the card's `accept`: it now makes it right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ..matching import Prepared, find_phrase
from ..packs import Card
from .verdict import Verdict

__all__ = ["accepted_whole"]


def accepted_whole(card: Card, got: Prepared, verdict: Verdict, prep: Callable[[str], Prepared],
                   hard_checks: Callable[[Prepared, Prepared, Prepared], Verdict | None]) -> Verdict:
    """The verdict of an explain card's answer, right when the keypoints miss it but it says one of the card's
    accepted answers whole (`hard_checks`: the figures, direction and negation the grader compares everywhere)."""
    if verdict.correct or card.kind != "explain" or not card.accept:
        return verdict
    prompt = prep(card.prompt)
    for wording in card.accept:
        ref = prep(wording)
        # a wording of function words alone ("no", "нет" to "did it ever ring?") is said only as the whole answer
        said = find_phrase(ref, got) is not None if ref.content() else bool(ref.words) and got.words == ref.words
        if said and hard_checks(ref, got, prompt) is None:
            return replace(verdict, correct=True, score=1.0, feedback="Correct.", reason="",
                           trace=(*verdict.trace, f"matches '{wording}' (an accepted answer)"))
    return verdict
