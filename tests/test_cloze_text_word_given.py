"""A cloze blank answered with a word its own sentence already says outside the blanks, which is none of the
blank's wordings ("exiled" for "a guild member could be exiled, or {{outlawed}}", though the pack makes the two
synonyms): the text gives that word, the blank asks for the other. The blank's own word, a slip of it, or a word of
the text that is the blank's own, still fill it. Invented packs on a guild and a mill."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import load_pack_text

PACK = """\
format: 1
id: guild
title: Guild
language: {lang}
synonyms:
  - [{a}, {b}]
sections:
  - id: s
    title: Rules
    notes: |
      {text_plain}
cards:
  - id: cz
    section: s
    kind: cloze
    text: {text}
    explanation: So the notes say.
"""

EN = PACK.format(lang="en", a="exiled", b="outlawed",
                 text_plain="A member who cheated could be exiled, or outlawed, in 1350.",
                 text="A member who cheated could be exiled, or {{outlawed}}, from {{1350}}.")
RU = PACK.format(lang="ru", a="изгнан", b="отлучён",
                 text_plain="Мельника, обманувшего цех, могли изгнать, то есть отлучить, с 1410 года.",
                 text="Мельник, обманувший цех, мог быть изгнан, то есть {{отлучён}}, с {{1410}} года.")
PACKS = {"en": EN, "ru": RU}

ROWS = [
    ("en", "exiled, 1350", False),  # the text's own word, beside the blank
    ("en", "outlawed, 1350", True),
    ("en", "outlaved, 1350", True),  # a slip of the blank's word
    ("en", "banished, 1350", False),
    ("ru", "изгнан, 1410", False),
    ("ru", "отлучён, 1410", True),
]


@pytest.mark.parametrize(("lang", "given", "right"), ROWS)
def test_a_blank_filled_with_its_sentences_own_word(lang, given, right):
    pack = load_pack_text(PACKS[lang], "guild.yaml")
    assert Grader.for_pack(pack).grade(pack.cards[0], given).correct is right
