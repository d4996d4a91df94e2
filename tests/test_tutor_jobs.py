"""A question asking for someone's occupation ("Varn's job in 1881?", "what was her profession?") is answered by the
passage that gives the person's role or a noun for a person (`tutor.jobs`), though it does not say "job". Invented
notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def canal() -> Tutor:
    return tutor_on(
        "The Ostria canal was dug between 1862 and 1870 to link the river Varn with the northern lakes.\n"
        "In 1881 a storm broke the lock gates at Melk and the canal was closed for two years.\n"
        "Edda Varn was chief engineer of the canal company when the storm broke the gates in 1881.\n"
        "She rebuilt the gates in oak and iron and opened the canal again in 1883.\n"
        "The company paid for the work with a loan from the town of Melk.\n", "The Ostria canal")


@pytest.mark.parametrize(("question", "fact"), [
    ("Varn's job in 1881?", "chief engineer"),
    ("what was edda varn's job when the storm hit?", "chief engineer"),
    ("What was Edda Varn's profession?", "chief engineer"),
])
def test_a_job_asked_is_met_by_the_role_given(canal: Tutor, question: str, fact: str) -> None:
    assert says(canal, question, fact)


@pytest.mark.parametrize("question", [
    "What was Lena Orr's job?",  # nobody the notes name
    "how much was edda varn paid for her job?",
    "What job did the mayor of Melk have?",
])
def test_what_the_notes_do_not_say_is_still_declined(canal: Tutor, question: str) -> None:
    assert canal.ask(question).kind == "decline"
