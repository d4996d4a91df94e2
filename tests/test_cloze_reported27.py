"""Cloze blanks from instructors' reports (round 27), on invented cards of a voyage (no pack's words).

A blank's shorter wording that is part of its longer one ("{{южный полярный круг|полярный круг}}") lets the
learner leave the longer one's word out, not put another in its place ("северный полярный круг", "торгового
флота" for "{{военного флота|флота}}"): the instructor gave the short form for the learner who omits the
word. A blank that is a name with a regnal numeral ("Петра I") is filled by that name, not by any name with the
same numeral ("Павла I"), so two such blanks swapped are wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

VOYAGE = Grader(language="ru", texts=("Шлюп пересёк Южный полярный круг. Мыс назван в честь Петра I, а бухта в "
                                      "честь Александра I. Штурман служил во флоте.",))
CIRCLE = "Шлюп пересёк {{Южный полярный круг|полярный круг}} в январе."
FLEET = "Штурман служил офицером {{военного флота|флота}}."
NAMES = "Мыс назван в честь {{Петра I|Петра Первого}}, а бухта в честь {{Александра I|Александра Первого}}."
EN = Grader(language="en", texts=("The ship crossed the Arctic Circle under Charles II and James II.",))
EN_NAMES = "The ship sailed under {{Charles II|Charles the Second}}; the fort was named for {{James II}}."


def _cloze(text: str) -> Card:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    return Card(id="z", section="s", kind="cloze", prompt="Заполните пропуски.", answer="", text=text, blanks=blanks)


@pytest.mark.parametrize(("text", "given", "right"), [
    (CIRCLE, "Южный полярный круг", True),
    (CIRCLE, "полярный круг", True),
    (CIRCLE, "южного полярного круга", True),
    (CIRCLE, "Северный полярный круг", False),  # another word where the long wording has "Южный"
    (FLEET, "флота", True),
    (FLEET, "военного флота", True),
    (FLEET, "торгового флота", False),
    (NAMES, "Петра I, Александра I", True),
    (NAMES, "Петра Первого, Александра I", True),
    (NAMES, "Александра I, Петра I", False),  # swapped: not joined by "и"
    (NAMES, "Павла I, Александра I", False),  # the numeral alone is not the name
])
def test_cloze_blanks(text, given, right):
    assert VOYAGE.grade(_cloze(text), given).correct is right


@pytest.mark.parametrize(("given", "right"), [
    ("Charles II, James II", True),
    ("Charles the Second, James II", True),
    ("James II, Charles II", False),
    ("Henry II, James II", False),
])
def test_regnal_numerals_in_english(given, right):
    assert EN.grade(_cloze(EN_NAMES), given).correct is right
