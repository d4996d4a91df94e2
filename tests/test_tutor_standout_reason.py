"""To a "why" question, a passage giving a reason answers with less of the question said than another kind of answer
needs (`Weights.reason_coverage` in all, `Weights.standout_reason` in its own words when it stands out, see
`Ranker._standout`): the reason is its own part, in words of the text, as the question's restatement of the event often
is not ("просили" for "добивались"). A word the text uses elsewhere and the passage does not say is no such
restatement ("паром" for "причал"). Invented notes, of no pack; a tutor whose reasons need the usual coverage shows the
rule is what answers."""

from __future__ import annotations

import dataclasses

import pytest

from studybot.core.tutor import DEFAULT_WEIGHTS, Tutor, unsaid_verbs

from .notes import tutor_on

NOTES = (
    "Маяк на мысе Сторожевом построили в 1874 году.\n"
    "Смотрители жили при маяке круглый год.\n"
    "\n"
    "Купцы добивались постройки маяка, потому что у мыса часто разбивались торговые суда.\n"
    "Свет маяка виден за двадцать километров.")
PIER = (
    "Паром через пролив начал ходить в 1902 году.\n"
    "Зимой пролив замерзает, и паром стоит у причала.\n"
    "\n"
    "Рыбаки из посёлка Кедровка просили построить причал, потому что лодки разбивало штормом о камни.\n"
    "Рыбаки из посёлка Кедровка просили и маяк.\n"
    "Причал рыбаки чинили каждую весну.")


def usual(tutor: Tutor, **weights: float) -> Tutor:
    """The same notes read by a tutor whose reasons need what the named weights say (by default, all of them: what any
    other answer needs)."""
    w8 = DEFAULT_WEIGHTS
    weights = weights or {"reason_coverage": w8.answer_coverage, "standout_reason": w8.standout_coverage}
    return Tutor(tutor.pack, dataclasses.replace(w8, **weights), cache=False)


@pytest.fixture(scope="module")
def lighthouse() -> Tutor:
    return tutor_on(NOTES, "Маяк", language="ru")


@pytest.fixture(scope="module")
def pier() -> Tutor:
    return tutor_on(PIER, "Посёлок у пролива", language="ru")


def test_a_reason_that_stands_out_answers_why(lighthouse, monkeypatch):
    question = "Почему купцы так упорно просили маяк?"
    reply = lighthouse.ask(question)
    assert reply.kind == "answer" and "разбивались торговые суда" in reply.text
    # "просили" is a verb the text never uses, which a "why" question may also leave out (`unsaid_verbs.reread_why`):
    # without that too, only this rule answers
    monkeypatch.setattr(unsaid_verbs, "RU_KEPT_WORDS", 99)
    assert usual(lighthouse, standout_reason=DEFAULT_WEIGHTS.standout_coverage).ask(question).kind == "decline"


def test_a_reason_covering_less_than_another_answer_must_answers_why(pier):
    question = "Почему рыбаки упорно добивались причала?"  # "добивались": "просили"
    reply = pier.ask(question)
    assert reply.kind == "answer" and "разбивало штормом" in reply.text
    assert usual(pier, reason_coverage=DEFAULT_WEIGHTS.answer_coverage).ask(question).kind == "decline"


@pytest.mark.parametrize("question", [
    "Почему рыбаки боялись мыса?",  # the passage with a reason says one word of it
    "Почему смотрителям платили жалованье?",  # no passage gives a reason for it
    "Почему смотрители добивались маяка?",  # the reason is the merchants'
])
def test_a_why_question_the_notes_do_not_answer_is_declined(lighthouse, question):
    assert lighthouse.ask(question).kind == "decline"


def test_a_word_the_text_uses_elsewhere_is_not_said_otherwise():
    """"паром" is the ferry of another paragraph, not the pier the fishermen asked for (here the reason stands out)."""
    alone = tutor_on(PIER.replace("просили и маяк", "ловили навагу и корюшку"), "Посёлок у пролива", language="ru")
    assert alone.ask("Почему рыбаки так настойчиво просили паром?").kind == "decline"
    assert alone.ask("Почему рыбаки так настойчиво просили причал?").kind == "answer"
