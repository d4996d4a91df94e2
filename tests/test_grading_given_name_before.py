"""A given name put before a known person's name said without its middle name ("Henry Josiah Carrick" for "Josiah
Wedmore Carrick", whose shorter "Josiah Carrick" the pack's people rewrite to the whole name) names another person,
as it does before the surname alone ("Henry Carrick"); the person's own names, shorter or whole, stay right.
Invented people on an invented dam and an invented observatory."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import load_pack_text

PACK = """\
format: 1
id: dams
title: Dams
language: {lang}
sections:
  - id: s
    title: The dam
    notes: |
      {notes}
cards:
  - id: who
    section: s
    kind: short
    prompt: {prompt}
    answer: {answer}
    explanation: So the notes say.
"""

EN = PACK.format(lang="en", notes="Josiah Wedmore Carrick built the dam in 1840. Carrick later built the weir.",
                 prompt="Who built the dam?", answer="Josiah Wedmore Carrick")
RU = PACK.format(lang="ru", notes="Обсерваторию построил Пётр Ильич Заварзин. Заварзин потом строил мосты.",
                 prompt="Кто построил обсерваторию?", answer="Пётр Ильич Заварзин")

PACKS = {"en": EN, "ru": RU}
ROWS = [
    ("en", "Henry Josiah Carrick", False),  # a given name before the shorter name: another person
    ("en", "Henry Carrick", False),
    ("en", "Josiah Carrick", True),
    ("en", "Josiah Wedmore Carrick", True),
    ("en", "Carrick", True),
    ("en", "J. W. Carrick", True),
    ("ru", "Иван Пётр Заварзин", False),
    ("ru", "Пётр Заварзин", True),
    ("ru", "Заварзин", True),
]


@pytest.mark.parametrize(("lang", "given", "right"), ROWS)
def test_a_given_name_before_a_known_name(lang, given, right):
    pack = load_pack_text(PACKS[lang], "dams.yaml")
    assert Grader.for_pack(pack).grade(pack.cards[0], given).correct is right
