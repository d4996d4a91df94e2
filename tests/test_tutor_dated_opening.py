"""A sentence that opens with a time and then a personal pronoun ("In 1890 she moved ...", "On 2 April 1935 he was
speaking ...", "That winter they ...") goes on about the one before, as one opening with the pronoun does: the pronoun
is its subject, and stands for the person the sentence before names. Invented notes, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor.openings import goes_on
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def works():
    return tutor_on(
        "Mira Oslen founded the Tallin glassworks in 1881 with money from her father.\n"
        "On 3 June 1890 she moved the whole works to the coast at Brenn, where sand was cheap.\n"
        "The glassworks made bottles for the breweries of the north.\n"
        "\n"
        "Karl Dorn, a chemist, joined the firm in 1895.\n"
        "That winter he found a way to make clear glass without lead.", "The Tallin glassworks")


@pytest.mark.parametrize(("question", "fact"), [
    ("where did mira oslen move the works?", "coast at Brenn"),
    ("what did karl dorn find?", "clear glass without lead"),
])
def test_a_pronoun_after_an_opening_time_stands_for_the_one_before(works, question, fact):
    assert says(works, question, fact)


@pytest.mark.parametrize("question", ["where did karl dorn live?", "when did mira oslen die?"])
def test_what_the_notes_do_not_say_is_still_declined(works, question):
    assert works.ask(question).kind == "decline"


@pytest.mark.parametrize(("sentence", "continues"), [
    ("in 1890 she moved the works", True),
    ("on 3 june 1890 she moved the works", True),
    ("that winter he found a way", True),
    ("in the north it was cheap", False),  # a place, not a time
    ("in 1890 the works moved", False),  # no pronoun: a subject of its own
])
def test_which_openings_are_times(sentence, continues):
    words = Words("en")
    seq = sentence.split()
    assert goes_on(seq, sentence.capitalize(), 2, words) is continues
