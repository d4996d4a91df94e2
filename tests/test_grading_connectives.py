"""Connectives read by their relation, not their word (core.connectives): a keypoint's contrast is made by another
contrast or by the two clauses side by side, a condition by another condition, a concession by another concession;
a connective of a relation against the point's in its place ("because" for "but", "unless" or "although" for "if",
"потому что" for "однако"), or the sides of a contrast crossed, fail it. Invented cards (pottery, cheesemaking,
boatbuilding, bell founding, sailing, wells, grafting)."""

from __future__ import annotations

import pytest

from studybot.core.connectives import connective_skips
from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.matching import Aliases, Prepared
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(language="en"), Grader(language="ru")


def explain(point: str, prompt: str, accept: tuple[str, ...] = ()) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point,
                keypoints=(Keypoint(point, accept),), need=1)


KILN = explain("the glazed pots cracked but the clay bowls survived", "What happened in the kiln?")
RIND = explain("the rind hardened whereas the core stayed soft", "How did the cheese age?")
HULL = explain("the keel was oak; however the planks were pine", "What was the boat made of?")
BELL = explain("the bell rang although the clapper was cracked", "What happened at the casting?")
REEF = explain("the sail is reefed if the wind rises", "When is the sail reefed?")
ROPE = explain("the bucket falls into the well", "When would the bucket fall?", ("if the rope broke",))
GRAFT = explain("the graft takes when the bark is moist", "When does a graft take?")
GLAZE = explain("глазурь потрескалась, однако черепок уцелел", "Что стало с горшком?")
CURD = explain("творог отжали, но сыворотку сохранили", "Что сделали с молоком?")
SAIL = explain("парус убирают, если ветер усиливается", "Когда убирают парус?")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (KILN, "the glazed pots cracked but the clay bowls survived", True),
    (KILN, "the glazed pots cracked, the clay bowls survived", True),
    (KILN, "the glazed pots cracked while the clay bowls survived", True),
    (KILN, "the glazed pots cracked; the clay bowls survived", True),
    (KILN, "the glazed pots cracked, yet the clay bowls survived", True),
    (KILN, "the clay bowls cracked but the glazed pots survived", False),  # the sides crossed
    (KILN, "the glazed pots survived but the clay bowls cracked", False),
    (KILN, "the glazed pots cracked because the clay bowls survived", False),  # a cause for a contrast
    (KILN, "the glazed pots cracked, so the clay bowls survived", False),  # a result for a contrast
    (RIND, "the rind hardened but the core stayed soft", True),
    (RIND, "the rind hardened, the core stayed soft", True),
    (RIND, "the rind hardened; however, the core stayed soft", True),
    (RIND, "the core hardened whereas the rind stayed soft", False),
    (RIND, "the rind hardened because the core stayed soft", False),
    (HULL, "the keel was oak but the planks were pine", True),
    (HULL, "the keel was oak, the planks were pine", True),
    (HULL, "the keel was pine but the planks were oak", False),
    (HULL, "the keel was oak because the planks were pine", False),
    (BELL, "the bell rang though the clapper was cracked", True),
    (BELL, "the bell rang even though the clapper was cracked", True),
    (BELL, "the bell rang because the clapper was cracked", False),  # a concession turned into a cause
    (BELL, "the bell rang since the clapper was cracked", False),
    (BELL, "the clapper was cracked, so the bell rang", False),
    (REEF, "the sail is reefed when the wind rises", True),
    (REEF, "the sail is reefed once the wind rises", True),
    (REEF, "the sail is reefed whenever the wind rises", True),
    (REEF, "when the wind rises, the sail is reefed", True),
    (REEF, "the sail is reefed unless the wind rises", False),
    (REEF, "the sail is reefed when the wind drops", False),
    (REEF, "the sail is not reefed when the wind rises", False),
    (REEF, "the sail is reefed although the wind rises", False),
    (ROPE, "when the rope broke", True),  # an accepted wording's "if"
    (ROPE, "once the rope broke", True),
    (ROPE, "unless the rope broke", False),
    (ROPE, "although the rope broke", False),
    (GRAFT, "the graft takes if the bark is moist", True),
    (GRAFT, "the graft takes unless the bark is moist", False),
    (GRAFT, "the graft takes when the bark is dry", False),
    (GLAZE, "глазурь потрескалась, но черепок уцелел", True),
    (GLAZE, "глазурь потрескалась, а черепок уцелел", True),
    (GLAZE, "глазурь потрескалась, тогда как черепок уцелел", True),
    (GLAZE, "глазурь потрескалась, черепок уцелел", True),
    (GLAZE, "черепок потрескался, однако глазурь уцелела", False),
    (GLAZE, "глазурь потрескалась, потому что черепок уцелел", False),
    (GLAZE, "глазурь потрескалась, поэтому черепок уцелел", False),
    (GLAZE, "глазурь уцелела, однако черепок потрескался", False),
    (CURD, "творог отжали, однако сыворотку сохранили", True),
    (CURD, "творог отжали, сыворотку сохранили", True),
    (CURD, "сыворотку отжали, но творог сохранили", False),
    (CURD, "творог отжали, потому что сыворотку сохранили", False),
    (SAIL, "парус убирают, когда ветер усиливается", True),
    (SAIL, "когда ветер усиливается, парус убирают", True),
    (SAIL, "парус убирают, если ветер стихает", False),
    (SAIL, "парус убирают, хотя ветер усиливается", False),
])
def test_a_connective_is_read_by_its_relation(card: Card, answer: str, right: bool) -> None:
    grader = RU if card.prompt[0] >= "А" else EN
    assert grader.grade(card, answer).correct is right, grader.grade(card, answer).trace


@pytest.mark.parametrize(("text", "code", "skipped"), [
    ("the glazed pots cracked but the clay bowls survived", "en", {"but"}),
    ("the sail is reefed if the wind rises", "en", {"if"}),
    ("the bell rang although the clapper was cracked", "en", {"although"}),
    ("the graft is ready once a year", "en", set()),  # "once a year": no connective
    ("the crew has not yet sailed", "en", set()),  # "not yet": a negation
    ("the bell rang because the clapper was new", "en", set()),  # a cause is never said by another word so
    ("глазурь потрескалась, однако черепок уцелел", "ru", {"однак"}),
])
def test_the_connectives_a_wording_need_not_repeat(text: str, code: str, skipped: set[str]) -> None:
    assert connective_skips(Prepared.of(text, Aliases({}, language(code)))) == skipped
