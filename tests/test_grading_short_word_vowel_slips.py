"""A vowel or a neighbouring key put for another in a short word of a term, the term's other words all given
("chlorinated lyme" for "chlorinated lime", "sinoatrial nade"): a slip when the word typed is no word of the language;
"blood call" for "blood cell" or "kara" stays wrong where the word typed is a word of its own. Invented cards of no
pack (`slips.mended_short_word`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

TEXT = "The walls were washed with {{chlorinated lime}} after the {{stone wall}} was built."
NOTES = ("The walls were washed with chlorinated lime. The stone wall came first. The heart's sinoatrial node sets "
         "its pace.")


def _pack(lang: str = "en") -> tuple[Grader, dict[str, Card]]:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in TEXT.split("{{")[1:])
    cards = {
        "cloze": Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=TEXT,
                      blanks=blanks),
        "node": Card(id="n", section="s", kind="short", prompt="What sets the heart's pace?",
                     answer="the sinoatrial node"),
        "cell": Card(id="c", section="s", kind="short", prompt="What carries oxygen in the arteries of the muscle?",
                     answer="the erythrocyte blood cell"),
    }
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=tuple(cards.values()))
    return Grader.for_pack(pack), cards


@pytest.mark.parametrize(("card", "answer", "right"), [
    ("cloze", "chlorinated lime, stone wall", True),
    ("cloze", "chlorinated lyme, stone wall", True),  # y for i: a vowel heard alike, "lyme" no English word
    ("cloze", "chlorinated lome, stone wall", True),
    ("cloze", "chlorinated line, stone wall", False),  # "line" is a word of its own
    ("cloze", "chlorinated lime, stone wail", False),  # "wail" too (and "stone" is too short a context)
    ("node", "the sinoatrial nade", True),
    ("node", "the sinoatrial node", True),
    ("node", "the sinoatrial nude", False),  # a word of its own
    ("node", "the sinoatrial", False),
    ("cell", "the erythrocyte blood call", False),  # "call" is a word
    ("cell", "the erythrocyte blood cekl", True),  # k beside l on the keyboard, "cekl" no word
    ("cell", "the erythrocyte blood cakl", False),  # two letters changed
])
def test_a_short_words_slip_inside_a_term(card: str, answer: str, right: bool) -> None:
    grader, cards = _pack()
    verdict = grader.grade(cards[card], answer)
    assert verdict.correct is right, verdict.trace
