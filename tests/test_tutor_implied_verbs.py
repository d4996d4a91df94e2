"""A question's verb that its object or its answer already implies, told by the notes with another word: to win a
prize is to get it ("who won the X Prize?": "A and B shared the X Prize", `lexicon_framing`); to work somewhere is
said by the noun of a job beside the place ("where did X work?": "X, a chemist at the University of Y", `tutor.jobs`).
Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def salts() -> Tutor:
    return tutor_on(
        "The cold salts of the Varn lakes were first described in 1902.\n"
        "Ilse Marten, a chemist at the University of Kell, measured the cold salts of the Varn lakes from 1925 "
        "onwards.\n"
        "At the Rostal Institute, in Karl Oder's chemistry department, the young chemists Anna Vick and Paul Lenz "
        "built the first salt lamp in 1929.\n"
        "In 1931 Ilse Marten and Tomas Brel shared the Halden Prize in Chemistry for explaining how the cold salts "
        "freeze.\n"
        "In 1936 Paul Lenz was awarded the Gold Medal of the Ostria Society for his salt lamps.\n"
        "The salt lamps were sold in Ostria until 1950.\n", "The cold salts of the Varn lakes")


@pytest.mark.parametrize(("question", "fact"), [
    ("Who won the 1931 Halden Prize in Chemistry?", "Ilse Marten and Tomas Brel"),
    ("What did Marten and Brel win the Halden Prize for?", "how the cold salts freeze"),
    ("which medal did lenz win in 1936?", "Gold Medal of the Ostria Society"),
])
def test_winning_a_prize_is_told_by_the_texts_own_verb(salts: Tutor, question: str, fact: str) -> None:
    assert says(salts, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("where did Marten work?", "University of Kell"),
    ("In whose department did Vick and Lenz work?", "Karl Oder"),
])
def test_working_somewhere_is_told_by_a_job_beside_the_place(salts: Tutor, question: str, fact: str) -> None:
    assert says(salts, question, fact)


@pytest.mark.parametrize("question", [
    "Who won the Halden Prize in 1950?",  # a year the notes never give
    "Who won the Nobel Prize in Chemistry?",  # a prize the notes never name
    "Who won the battle of Kell?",  # a contest: its winner is the fact asked, "won" is not dropped
    "Did Anna Vick win the Halden Prize?",  # whether it happened: the event, told by its own word
    "How many people work at the Rostal Institute?",  # a headcount, no job
    "Where did Tomas Brel work?",  # the notes give him no place of work
])
def test_what_the_notes_do_not_say_is_still_declined(salts: Tutor, question: str) -> None:
    assert salts.ask(question).kind == "decline"

