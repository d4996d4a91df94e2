"""A cloze blank of a comparative of amount or size takes any word of more or less the same way, said alone:
"more", "higher", "larger" for "k was {{greater}} than one"; "fewer", "smaller", "lower" for "{{less}}"; the other
way, or a comparative of another property, stays wrong. Invented reactor and mills."""

from __future__ import annotations

import re

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section


def cloze(text: str) -> Card:
    return Card(id="c", section="s", kind="cloze", prompt="", answer="", text=text,
                blanks=tuple(tuple(b.split("|")) for b in re.findall(r"\{\{(.*?)\}\}", text)))


GREATER = cloze("In the Varn reactor k was {{greater}} than one.")
LESS = cloze("In the Varn reactor k was {{less}} than one.")
MORE = cloze("The Tessel mill had {{more}} looms than the Orrin mill.")
WARMER = cloze("The Tessel mill was {{warmer}} than the Orrin mill.")
RU = cloze("В реакторе Варна k был {{больше}} единицы.")


@pytest.mark.parametrize(("card", "given", "right"), [
    (GREATER, "more", True),
    (GREATER, "higher", True),
    (GREATER, "larger", True),
    (GREATER, "more than one", True),
    (GREATER, "less", False),
    (GREATER, "fewer", False),
    (GREATER, "smaller", False),
    (LESS, "smaller", True),
    (LESS, "fewer", True),
    (LESS, "more", False),
    (MORE, "greater", True),
    (MORE, "fewer", False),
    (WARMER, "more", False),
    (RU, "выше", True),
    (RU, "меньше", False),
])
def test_a_comparative_of_amount(card: Card, given: str, right: bool) -> None:
    language = "ru" if card is RU else "en"
    grader = Grader.for_pack(Pack(id="p", title="p", language=language, sections=(Section("s", "S", "notes"),),
                                  cards=()))
    verdict = grader.grade(card, given)
    assert verdict.correct is right, verdict.trace
