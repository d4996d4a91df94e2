"""`validate` says which keypoints no answer can make: neither the point's own words nor any of its `accept`
wordings, written as a learner's answer, make it, whether the card's own answer is right or not
(keypoint_checks.unmade_keypoints). Judged with a stand-in grader whose verdicts the table gives."""

from __future__ import annotations

import pytest

from studybot.core.grading import KeypointResult, Verdict
from studybot.core.keypoint_checks import unmade_keypoints
from studybot.core.packs import Card, Keypoint, Pack, Section

ANSWER = "built in 1968; called a box"
POINTS = (Keypoint("built in 1968", ()), Keypoint("called a box", ()), Keypoint("the demolition was dropped",
                                                                             ("they gave up the demolition",)))


class Stub:
    """Makes the points listed for each text; any other text makes none."""

    def __init__(self, makes: dict[str, set[int]]) -> None:
        self.makes = makes

    def grade(self, card: Card, answer: str) -> Verdict:
        made = self.makes.get(answer, set())
        results = tuple(KeypointResult(k.point, i in made) for i, k in enumerate(card.keypoints))
        return Verdict(sum(r.covered for r in results) >= (card.need or len(results)), 1.0, "", keypoints=results)


def pack(kind: str = "list") -> Pack:
    card = Card(id="c", section="s", kind=kind, prompt="What is known?", answer=ANSWER, keypoints=POINTS, need=2)
    return Pack(id="p", title="p", sections=(Section(id="s", title="s", notes="x"),), cards=(card,))


MADE_BY_ANSWER = {ANSWER: {0, 1}, "built in 1968": {0}, "called a box": {1}}


@pytest.mark.parametrize(("makes", "warned"), [
    ({**MADE_BY_ANSWER, "the demolition was dropped": {2}}, []),
    ({**MADE_BY_ANSWER, "they gave up the demolition": {2}}, []),  # (an accept wording makes it)
    (MADE_BY_ANSWER, ["the demolition was dropped"]),
    ({**MADE_BY_ANSWER, "the demolition was dropped": {0}}, ["the demolition was dropped"]),  # (another point)
    ({ANSWER: {0, 1}, "called a box": {1}}, ["built in 1968", "the demolition was dropped"]),
    # the own answer fails too (said by check_own_answers as well): the point no wording makes is still named
    ({"built in 1968": {0}, "called a box": {1}}, ["the demolition was dropped"]),
])
def test_a_keypoint_its_own_words_do_not_make_is_said(makes: dict[str, set[int]], warned: list[str]) -> None:
    problems = unmade_keypoints(pack(), Stub(makes))  # type: ignore[arg-type]
    assert [p.message.split("'")[3] for p in problems] == warned
    assert all(p.severity == "warning" for p in problems)


def test_other_kinds_are_not_checked() -> None:
    assert unmade_keypoints(pack("choice"), Stub({})) == []  # type: ignore[arg-type]
