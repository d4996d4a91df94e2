"""A year said with its era ("40 BC", "AD 14", "133 BCE") is a year whatever its length, and a ruler's number
("Arvon III") numbers a name: neither is a figure, so a passage whose only numbers they are answers no "how many".
Shown on notes of an invented kingdom (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.counts import dating_numbers
from studybot.core.tutor.words import Words

NOTES = """\
In 212 BC King Arvon III married Queen Sela, and he lived at Varn with her until 190 BC.
In 205 BC Arvon III built 60 warships at the harbour of Varn.
The temple of Varn was finished in AD 14, long after Arvon's death.
"""
PACK = Pack(id="varn", title="The kingdom of Varn", language="en", cards=(),
            sections=(Section(id="s", title="Arvon III of Varn", notes=NOTES),))


@pytest.mark.parametrize(("text", "dating"), [
    ("In 40 BC the army marched north.", {"40"}),
    ("The temple was finished in AD 14.", {"14"}),
    ("It fell in 133 BCE and again in 88 BC.", {"133", "88"}),
    ("Queen Sela II ruled after him.", {"2"}),  # a ruler's number
    ("40 ships sailed north.", set()),  # a count
    ("The 12 judges sat in 1805.", set()),  # a count, and a year of four figures (read as a year elsewhere)
    ("About 300 men died at the bridge.", set()),
])
def test_years_of_an_era_and_rulers_numbers_are_no_figures(text, dating):
    words = Words("en", (), {})
    assert dating_numbers(words.prepare(text).words, text) == dating


@pytest.fixture(scope="module")
def tutor():
    return Tutor(PACK, cache=False)


def test_a_passage_whose_only_numbers_are_era_years_answers_no_how_many(tutor):
    assert tutor.ask("How many people lived at Varn under Arvon?").kind == "decline"


def test_a_count_beside_an_era_year_still_answers(tutor):
    reply = tutor.ask("How many warships did Arvon build?")
    assert reply.kind == "answer" and "60 warships" in reply.sentences[0]
    assert tutor.ask("When did Arvon marry Sela?").kind == "answer"
