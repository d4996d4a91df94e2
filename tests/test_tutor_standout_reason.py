"""A passage that stands out to a "why" question (`Ranker._standout`, `Weights.standout_reason`): when no candidate
covers enough of the question, the first still answers when it stands well above the second and gives a reason, though
it says less of the question in its own words than another kind of answer must ("просили" for "добивались"). Invented
notes, of no pack; a tutor whose reasons need the usual coverage shows the rule is what answers."""

from __future__ import annotations

import dataclasses

import pytest

from studybot.core.tutor import DEFAULT_WEIGHTS, Tutor

from .notes import tutor_on

NOTES = (
    "Маяк на мысе Сторожевом построили в 1874 году.\n"
    "Смотрители жили при маяке круглый год.\n"
    "\n"
    "Купцы добивались постройки маяка, потому что у мыса часто разбивались торговые суда.\n"
    "Свет маяка виден за двадцать километров.")


@pytest.fixture(scope="module")
def tutors() -> tuple[Tutor, Tutor]:
    """The tutor, and one whose reasons must cover as much as any other answer that stands out."""
    tutor = tutor_on(NOTES, "Маяк", language="ru")
    usual = dataclasses.replace(DEFAULT_WEIGHTS, standout_reason=DEFAULT_WEIGHTS.standout_coverage)
    return tutor, Tutor(tutor.pack, usual, cache=False)


def test_a_reason_that_stands_out_answers_why(tutors):
    tutor, usual = tutors
    question = "Почему купцы так упорно просили маяк?"
    reply = tutor.ask(question)
    assert reply.kind == "answer" and "разбивались торговые суда" in reply.text
    assert usual.ask(question).kind == "decline"


@pytest.mark.parametrize("question", [
    "Почему рыбаки боялись мыса?",  # the passage with a reason says one word of it
    "Почему смотрителям платили жалованье?",  # no passage gives a reason for it
])
def test_a_why_question_the_notes_do_not_answer_is_declined(tutors, question):
    tutor, _ = tutors
    assert tutor.ask(question).kind == "decline"
