"""Two words the pack's own notes write, of other stems, are two words, never a word and a slip of it (the grader's
`Language.vocabulary`): "сияний" is no slip of the option "синий" where the notes speak of both, and "casual" no slip of
"causal" where the notes use both. Where the notes write only the card's word, the slip is forgiven as before.
Invented notes and cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

COLOUR = Card(id="c", section="s", kind="choice", prompt="Каким цветом светится азот?", answer="синий и фиолетовый",
              options=("зелёный и красный", "синий и фиолетовый", "жёлтый и оранжевый"))
LINK = Card(id="l", section="s", kind="short", prompt="What kind of link did the survey find?", answer="a causal link")
BOTH = {"ru": "Наблюдения сияний ведут зимой. Азот светится синим, а синий свет слабее зелёного.",
        "en": "The survey found a causal link. Casual drinkers were asked twice, and the link was causal."}
ONE = {"ru": "Азот светится синим, а синий свет слабее зелёного.",
       "en": "The survey found a causal link between the two."}


def grader(notes: str, card: Card, language: str) -> Grader:
    return Grader.for_pack(Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(card,),
                                language=language))


@pytest.mark.parametrize(("card", "language", "answer", "both", "right"), [
    (COLOUR, "ru", "сияний", True, False),  # a word of the notes: no slip of "синий"
    (COLOUR, "ru", "сияний", False, True),  # the notes never write it: a slip of "синий"
    (COLOUR, "ru", "синий", True, True),
    (COLOUR, "ru", "синй", True, True),  # a slip that is no word of the notes
    (LINK, "en", "a casual link", True, False),
    (LINK, "en", "a casual link", False, True),
    (LINK, "en", "a causal link", True, True),
    (LINK, "en", "a cuasal link", True, True),
])
def test_two_words_of_the_notes_are_no_slips_of_each_other(card, language, answer, both, right):
    notes = (BOTH if both else ONE)[language]
    assert grader(notes, card, language).grade(card, answer).correct is right
