"""A name of several capitalised words ("United States", "New Zealand") is a name: its words are no common nouns
there, so "States" is not met by the WordNet synonym "countries" of "states" (`Analyser._in_name_runs`). "When did
the United States issue stamps?" on a text of "other countries ... Switzerland and Brazil issued stamps" was answered
with the Swiss and Brazilian date; the text never names the United States, so the tutor says it does not tell. A
common noun in a question keeps its synonyms ("which countries ...?"). General words only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def stamps() -> Tutor:
    return tutor_on(
        "The penny post began in the United Kingdom in 1840, and a letter cost one penny.\n\n"
        "Other countries copied the idea: Switzerland and Brazil issued stamps in 1843.\n\n"
        "The first stamps of the kingdom were printed by Hallam and Crewe.", "Stamps")


@pytest.mark.parametrize("question", [
    "When did the United States issue its first stamp?",
    "when did the United States issue stamps",
    "When did New Zealand issue stamps?",
])
def test_a_name_the_text_never_writes_is_declined(stamps: Tutor, question: str) -> None:
    assert stamps.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("When did Switzerland issue stamps?", "1843"),
    ("which countries copied the idea?", "Switzerland"),
    ("When did other States issue stamps?", "1843"),
    ("When did the penny post begin in the United Kingdom?", "1840"),
    ("Who printed the first stamps?", "Hallam and Crewe"),
])
def test_names_and_common_nouns_still_answer(stamps: Tutor, question: str, fact: str) -> None:
    assert says(stamps, question, fact)
