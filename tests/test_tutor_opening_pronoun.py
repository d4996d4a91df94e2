"""English: a passage opening with a pronoun ("It was built by ...", "They are flooded ...", "Under it ...") goes on
about what the sentence before it is about, a thing as well as a name, so that sentence's words of the question are
said by the passage itself: in "The harbour wall is 300 metres long. It was built by the monks of Saint Orran." the
second sentence says who built the harbour wall. A pronoun further in, or in a language whose word order is free
(Russian: `TutorWords.pronoun_reach`), carries over names only. What the pronoun's sentence does not say is still not
answered by it. Invented texts (a harbour town), never a pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import tutor_on

TOWN = ("The town of Corvel lies on a rocky coast.\n"
        "Its market is held on Mondays in the square by the church.\n"
        "The harbour wall is 300 metres long and faces the open sea.\n"
        "It was built by the monks of Saint Orran.\n"
        "The oyster beds cover the mudflats north of the town.\n"
        "They are flooded twice a day by the tide.\n"
        "The breakwater is made of granite.\n"
        "The town council says that it was repaired by convicts.\n"
        "The lighthouse stands on the headland.\n"
        "It was painted white in 1900.\n"
        "Lace from Corvel is sold in three counties.\n")


@pytest.fixture(scope="module")
def town():
    tutor = tutor_on(TOWN, "Corvel")
    yield tutor
    tutor.close()


def coverage(tutor: Tutor, question: str, sentence: str) -> float:
    """The share of `question` the passage `sentence` covers by its own words (`Ranker.coverage`)."""
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    doc = next(d for d in tutor.docs if d.text == sentence)
    return tutor.ranker.coverage(doc, asked.units, asked.total)[1]


@pytest.mark.parametrize(("question", "sentence"), [
    ("Who built the harbour wall?", "It was built by the monks of Saint Orran."),
    ("How often are the oyster beds flooded?", "They are flooded twice a day by the tide."),
])
def test_an_opening_pronoun_says_the_thing_before(town, question: str, sentence: str) -> None:
    assert coverage(town, question, sentence) > 0.9


def test_a_pronoun_further_in_does_not(town) -> None:
    # "it" is the fifth word: it may stand for a word of its own sentence ("the town council" says ...)
    said = "The town council says that it was repaired by convicts."
    assert coverage(town, "Who repaired the breakwater?", said) < 0.9


def test_in_russian_only_a_name_is_carried_over() -> None:
    tutor = tutor_on("Посёлок Заречье стоит на высоком берегу.\n"
                     "Старая мельница стоит у реки.\n"
                     "Её построили монахи в 1402 году.\n"
                     "Ярмарка там бывает по средам.\n", "Заречье", "ru")
    try:
        assert coverage(tutor, "Кто построил мельницу?", "Её построили монахи в 1402 году.") < 0.9
    finally:
        tutor.close()


@pytest.mark.parametrize(("question", "fact"), [
    ("Who built the harbour wall?", "monks of Saint Orran"),
    ("How often are the oyster beds flooded?", "twice a day"),
])
def test_the_question_is_answered_with_it(town, question: str, fact: str) -> None:
    reply = town.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences), reply.text


@pytest.mark.parametrize("question", [
    "Who built the lighthouse?",  # "It was painted white": the text does not say who built it
    "Who built the castle?",
])
def test_what_the_pronouns_sentence_does_not_say_is_declined(town, question: str) -> None:
    assert town.ask(question).kind == "decline"
