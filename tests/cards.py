"""Cards of each kind on invented subjects, for the grader's table tests (one builder per kind,
so a table only writes what it is about)."""

from __future__ import annotations

from studybot.core.packs import Card, Keypoint, Mistake, NumberSpec


def short(answer: str, *accept: str, prompt: str = "What is it?") -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


def explain(*points: str, need: int | None = None, prompt: str = "Why?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


def accepting(point: str, *accept: str, prompt: str = "Why?") -> Card:
    """An explain card of one keypoint with its accepted wordings."""
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),))


def one_point(point: str, prompt: str, *mistakes: str) -> Card:
    """An explain card of one keypoint, with known mistakes (feedback "No.")."""
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),),
                mistakes=tuple(Mistake((m,), "No.") for m in mistakes))


def numeric(value: float, unit: str, answer: str, tolerance: float = 0.0, prompt: str = "How much?") -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=answer,
                number=NumberSpec(value, unit, tolerance, False))


def point_made(prompt: str, point: str, given: str, language: str = "en", accept: tuple[str, ...] = ()) -> bool:
    """Does `given` make an explain card's one `point` (with its `accept` wordings), graded in a pack whose notes say
    the point?"""
    from studybot.core.grading import Grader
    from studybot.core.packs import Pack, Section

    card = Card(id="c", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, accept),),
                explanation="So the notes say.")
    pack = Pack(id="p", title="p", language=language, cards=(card,),
                sections=(Section(id="s", title="Notes", notes=f"{point}."),))
    return Grader.for_pack(pack).grade(card, given).correct
