""""Who invented X?" asks of the invention of X: a passage that tells of an invention (it says "inventor",
"patented", "built") but not of X, in its own words or by the pronoun it opens with, tells of another one, however
much of the question its section's title or the sentences around it say ("From ice to the churn": "the inventor
Abel Marsh patented the first steam loom" answers no "who invented the churn?"). Invented notes."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

NOTES = ("In 1790 the inventor Abel Marsh patented the first steam loom in Vell.\n"
         "Dairies in Vell kept cream cold in ice houses and made butter in wooden churns.\n"
         "The rotary churn was designed in 1812 by the cooper Tobit Grey.\n"
         "It was later built in iron by his son Ned Grey.\n")


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Dairies", section_title="From ice to the churn and butter")


@pytest.mark.parametrize(("question", "fact"), [
    ("who invented the steam loom", "Abel Marsh"),
    ("who designed the rotary churn", "Tobit Grey"),
    ("who invented the rotary churn", "Tobit Grey"),
])
def test_the_invention_of_the_thing_asked_answers(tutor, question, fact):
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", ["who invented butter", "who invented the ice house"])
def test_another_invention_beside_the_thing_answers_not(tutor, question):
    assert tutor.ask(question).kind == "decline"
