"""A name's number counts nothing (`tutor.counts.name_numbers`): "how many X?" is not answered by a passage whose only
figure names a thing ("the Kestrel 7 flew", "Voyage 4 sailed"), as "Edward III" names a ruler. A number right after a
capitalised word inside a sentence is a name's; the first word of a sentence is capitalised whatever it is ("About
60 ..."), and a number that a plural noun or a magnitude follows still counts ("Port Vell 300 houses", "USD 13
billion"). Each row: invented notes, a question, the fact a teacher expects in the reply, or None when the notes do
not answer it.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor.counts import name_numbers
from studybot.core.tutor.words import Words

from .notes import says, tutor_on

GLIDERS = ("The gliders of Tarn were built in the sheds of Oska from 1921.\n\n"
           "The glider Kestrel 7 flew over the hills of Tarn in the summer of 1924.\n\n"
           "The sheds of Oska burned down in 1930.")
FLEET = ("The fleet of Vell sailed for the western isles in 1610.\n\n"
         "Voyage 4 of the fleet of Vell left the harbour of Vell with the spring tide.\n\n"
         "The harbour of Vell silted up a century later.")

ROWS = [
    (GLIDERS, "How many gliders flew over the hills of Tarn?", None),  # "Kestrel 7" names the glider
    (FLEET, "How many ships left the harbour of Vell?", None),  # "Voyage 4" names the voyage
    (GLIDERS.replace("The glider Kestrel 7 flew", "About 7 gliders flew"),
     "How many gliders flew over the hills of Tarn?", "About 7 gliders"),  # a count opening a sentence
    (FLEET.replace("Voyage 4 of the fleet of Vell left", "The fleet of Vell left with 12 ships, and it left"),
     "How many ships left the harbour of Vell?", "12 ships"),  # a count after a small word
    (GLIDERS, "Which glider flew over the hills of Tarn?", "Kestrel 7"),  # the name still answers "which?"
]


@pytest.mark.parametrize(("notes", "question", "fact"), ROWS, ids=[q for _, q, _ in ROWS])
def test_name_number_counts_nothing(notes, question, fact):
    tutor = tutor_on(notes, "Notes", language="en")
    assert tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)


EN = Words("en", (), {})

READ = [
    ("The glider Kestrel 7 flew over the hills.", {("kestrel", "7")}),
    ("Meanwhile the Boeing 707 entered service in 1958.", {("boeing", "707")}),
    ("The last mission, Servicing Mission 4, flew in spring.", {("mission", "4")}),
    ("About 60 gliders flew over the hills.", set()),  # the first word of the sentence
    ("In Port Vell 300 houses burned.", set()),  # a plural noun after it: a count
    ("In the fire of Oska 12 of them died.", set()),  # a part of a whole: a count
    ("The budget of Tarn came to USD 13 billion.", set()),  # a magnitude after it
    ("The growth of Tarn was about Fed 2 % a year.", set()),  # a share
    ("The town of Oska had 3,000 people.", set()),  # after a small word
    ("Kestrel 7 flew over the hills.", set()),  # a name opening the sentence is not told from a capitalised word
]


@pytest.mark.parametrize(("text", "found"), READ, ids=[t for t, _ in READ])
def test_name_numbers_read(text, found):
    assert name_numbers(text, EN) == frozenset(found)


def test_name_numbers_english_only():
    assert name_numbers("Весной в Москве 300 домов сгорели.", Words("ru", (), {})) == frozenset()
