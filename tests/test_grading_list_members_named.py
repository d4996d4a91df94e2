"""A list whose items share a head word and differ by a member of a closed set ("calcium ions", "hydrogen ions"):
an answer that names one of them makes that item and is not read as the other turned round
(`grading.kind_swaps.turned_point`); a member the list does not hold is still a wrong claim. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section
from tests.cards import explain

SECRETED = Card(id="l", section="s", kind="list", prompt="Which substances does the gland secrete?", answer="",
                keypoints=tuple(Keypoint(p) for p in ("toxins", "urea", "calcium ions", "hydrogen ions")), need=3)
NOTES = "The gland secretes toxins, urea, calcium ions and hydrogen ions into the duct."
WIND = explain("a west wind drove the water in", "the sluices were shut", need=2, prompt="Why did the polder flood?")


def _grade(card: Card, given: str, notes: str) -> bool:
    pack = Pack(id="p", title="p", cards=(card,), sections=(Section(id="s", title="Notes", notes=notes),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("card", "given", "notes", "right"), [
    (SECRETED, "toxins, urea, calcium ions", NOTES, True),
    (SECRETED, "toxins, urea, hydrogen ions", NOTES, True),
    (SECRETED, "toxins, calcium ions and hydrogen ions", NOTES, True),
    (SECRETED, "toxins, urea and calcium", NOTES, True),
    (SECRETED, "toxins, urea", NOTES, False),
    (SECRETED, "toxins, urea, sodium ions", NOTES, False),  # a member the list does not hold
    (SECRETED, "toxins, calcium ions, sodium ions", NOTES, False),
    (WIND, "an east wind drove the water in and the sluices were shut", "A west wind drove the water in.", False),
    (WIND, "a west wind drove the water in and the sluices were shut", "A west wind drove the water in.", True),
])
def test_list_items_sharing_a_head(card, given, notes, right):
    assert _grade(card, given, notes) is right
