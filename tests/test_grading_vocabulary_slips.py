"""In English a word of the pack's notes is no slip of another word of the notes of its length ("velanic" /
"velanin", "gravel" / "graven"): English makes no form of a word by changing a letter, so an answer that writes the
other word names the other thing; a slip that is no word of the notes is still forgiven. Invented notes and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = ("Halvorsen named the clotting protein velanin in 1904. The velanic acid it binds was found later. "
         "The miners dug through gravel to the graven stone of the old shrine. "
         "The Pelmark valve opened at low pressure, the Pelmart valve at high pressure. "
         "Its casing was made of a tarnite alloy; the tarnish on it was washed off.")
CARDS = {
    "protein": Card(id="protein", section="s", kind="short", prompt="What did Halvorsen call the clotting protein?",
                    answer="velanin"),
    "stone": Card(id="stone", section="s", kind="short", prompt="What did the miners dig through?", answer="gravel"),
    "valve": Card(id="valve", section="s", kind="short", prompt="Which valve opened at low pressure?",
                  answer="the Pelmark valve"),
}
ROWS = [
    ("protein", "velanin", True), ("protein", "velanim", True), ("protein", "velannin", True),
    ("protein", "velanic", False), ("protein", "velanic acid", False), ("protein", "it was velanic acid", False),
    ("stone", "gravel", True), ("stone", "gravell", True), ("stone", "graven", False),
    ("stone", "the graven stone", False),
    ("valve", "Pelmark", True), ("valve", "the Pelmarc valve", True), ("valve", "the Pelmart valve", False),
    ("valve", "Pelmart", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_a_word_of_the_notes_is_no_slip_of_another(card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=tuple(CARDS.values()))
    assert Grader.for_pack(pack).grade(CARDS[card], answer).correct is right
