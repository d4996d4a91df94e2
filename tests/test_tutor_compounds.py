"""A particle and the next word typed apart ("over land", "down stream") are the one word the notes write
("Overland", "downstream") when the notes use it, and stay two words when they do not; a letter a question joins to a
word by a hyphen ("Q-cells") is written apart when the notes write it so ("Q cells"). Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.tutor.compounds import joined, spaced
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("text", "known", "out"), [
    ("how fast did it move over land", {"overland"}, "how fast did it move overland"),
    ("is the mill down stream of the ford", {"downstream"}, "is the mill downstream of the ford"),
    ("how fast did it move over land", {"land"}, "how fast did it move over land"),  # no such word in the notes
    ("what gas does it give off", {"offgas"}, "what gas does it give off"),  # nothing after the particle
    ("when did they give up", {"upwhen"}, "when did they give up"),
])
def test_a_particle_and_its_word_run_together_when_the_notes_do(text, known, out):
    words = Words("en")
    assert joined(text, words, {words.stem(k) for k in known}) == out


NOTES = ("Overland the caravans moved slowly, about 20 kilometres a day.\n"
         "By river the caravans moved much faster, because a barge could cover 60 kilometres a day.\n"
         "The caravans carried salt and wool.\n")


def test_over_land_is_answered_by_overland() -> None:
    tutor = tutor_on(NOTES, "Caravans", section_title="Caravans")
    assert says(tutor, "how fast did the caravans move over land", "20 kilometres")
    assert says(tutor, "how fast did the caravans move by river", "60 kilometres")


@pytest.mark.parametrize(("text", "known", "out"), [
    ("Where do Q-cells settle?", {"cells"}, "Where do Q cells settle?"),
    ("Where do Q-cells settle?", {"cells", "qcells"}, "Where do Q-cells settle?"),  # the notes' own word
    ("Where do Q-cells settle?", {"settle"}, "Where do Q-cells settle?"),  # no word "cells" in the notes
    ("When was the re-entry?", {"entry"}, "When was the re-entry?"),  # a prefix, not a letter
    ("Which is the A-4-B road?", {"road"}, "Which is the A-4-B road?"),  # a code, not a letter and a word
])
def test_a_letter_and_its_word_are_written_apart_when_the_notes_do(text, known, out):
    words = Words("en")
    assert spaced(text, words, {words.stem(k) for k in known}) == out


CELLS = ("Lymph cells are of two kinds.\n"
         "Q cells settle in the spleen, and R cells settle in the marrow of the long bones.\n"
         "Both kinds were first described by the physician Ansel Rook in 1911.\n")


def test_a_hyphened_letter_is_answered_by_the_notes_spaced_one() -> None:
    tutor = tutor_on(CELLS, "Lymph cells", section_title="Lymph cells")
    assert says(tutor, "Where do Q-cells settle?", "spleen")
