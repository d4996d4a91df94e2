"""A place named "the <kind> of <name>" ("the Strait of Kessa", "the Gulf of Orrin", "the Isle of Brenn") is named
by its name alone, in a place phrase or not ("at Kessa", "off Orrin", "on Brenn"), as "Lake Vellmar" is by "Vellmar"
(`name_parts._bare`, issue #11): the kind before "of" may be left out, put after ("the Kessa strait") or kept.
Another name, the kind alone, a negation and a name the notes also use on its own for another place ("Tarn" of "the
Gulf of Tarn" beside "the port of Tarn") are no answer. Invented places (no pack's words)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

NOTES = ("The raiders' fleet was stopped at the Strait of Kessa. The grain convoy sank in the Gulf of Orrin. "
         "The traders met every summer on the Isle of Brenn. The salt barges crossed the Gulf of Tarn to reach "
         "the port of Tarn, and Tarn grew rich.")

SHORT = [
    ("the Strait of Kessa", "Where was the raiders' fleet stopped?"),
    ("the Isle of Brenn", "Where did the traders meet every summer?"),
    ("the Gulf of Tarn", "Which water did the salt barges cross?"),
]
POINT = ("the grain convoy sank in the Gulf of Orrin", "What happened to the grain convoy?")


def _grader(*cards: Card) -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=NOTES),), cards=cards))


def _short(answer: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer)


def _point() -> Card:
    point, prompt = POINT
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),))


@pytest.mark.parametrize(("k", "given", "right"), [
    (0, "at Kessa", True),
    (0, "Kessa", True),
    (0, "the Kessa strait", True),
    (0, "the Strait of Kessa", True),
    (1, "on Brenn", True),
    (1, "Brenn", True),
    (0, "the strait", False),  # the kind alone
    (0, "at Brenn", False),  # another place of the notes
    (0, "at Malvo", False),
    (2, "Tarn", False),  # the notes name a Tarn of its own: the port, not the gulf
    (2, "the Gulf of Tarn", True),
])
def test_a_place_named_without_its_kind(k, given, right):
    answer, prompt = SHORT[k]
    card = _short(answer, prompt)
    assert _grader(card).grade(card, given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("it sank off Orrin", True),
    ("it sank near Orrin", True),
    ("it sank off Kessa", False),  # another place
    ("it reached Orrin", False),  # another verb
    ("it did not sink off Orrin", False),  # negation
])
def test_a_keypoint_place_named_without_its_kind(given, right):
    card = _point()
    assert _grader(card).grade(card, given).correct is right
