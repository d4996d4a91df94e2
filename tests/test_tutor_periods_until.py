""""When did X start / end?", "how long did X last?": a dated start that lasted "until" a date ("settled over the town
on 12 March and did not lift until 16 March") or a span of days ("from 5 to 9 June") gives the period asked
(`lexicon_tutor_phrasal.EN_PERIOD`, `spans.BOUNDS`), as "from 1948 to 1952" does. Invented notes, of no pack."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_tutor_phrasal import EN_PERIOD
from studybot.core.tutor import Tutor
from studybot.core.tutor.spans import says_span

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def haze() -> Tutor:
    return tutor_on(
        "A thick haze settled over the valley town of Ostrel on 12 March and did not lift until 16 March.\n"
        "Visibility fell to about two metres, so the trams stopped running and the schools closed.\n"
        "\n"
        "The miners' strike lasted from 5 to 9 June.\n"
        "The new pit opened in 1931.\n", title="Ostrel")


@pytest.mark.parametrize(("question", "fact"), [
    ("When did the haze start?", "12 March"),
    ("When did the haze begin?", "12 March"),
    ("How long did the haze last?", "16 March"),
    ("When did the haze end?", "16 March"),
    ("When did the haze finally clear?", "16 March"),  # a haze that clears lifts (`lexicon_paraphrase`)
    ("How far could you see?", "two metres"),  # how far one sees is the visibility
    ("When did the miners' strike start?", "5 to 9 June"),
])
def test_a_span_said_by_until_gives_the_period(haze, question, fact):
    assert says(haze, question, fact)


def test_a_question_the_notes_do_not_answer_is_declined(haze):
    assert haze.ask("How long did the school holidays last?").kind == "decline"


@pytest.mark.parametrize(("sentence", "period"), [
    ("A fog settled on 5 December and did not lift until 9 December.", True),
    ("The strike lasted from 5 to 9 June.", True),
    ("He lived there from 1920 until 1925.", True),
    ("On 3 May 1921 the mill was closed until 1925.", True),
    ("In 1931 he lived in Paris until his death.", False),  # no date after "until"
    ("The pit opened in 1931.", False),
    ("On 5 May the king arrived; he stayed until 9 May.", False),  # another clause
])
def test_what_reads_as_a_period(sentence, period):
    assert bool(re.search(EN_PERIOD, sentence, re.IGNORECASE)) is period


@pytest.mark.parametrize(("sentence", "span"), [
    ("A fog settled on 5 December and did not lift until 9 December.", True),
    ("The fog lifted on 9 December.", False),
    ("It was not until 9 December that the fog lifted, on 5 December they said.", False),
])
def test_a_span_of_days_says_how_long(sentence, span):
    assert says_span(sentence, "en") is span
