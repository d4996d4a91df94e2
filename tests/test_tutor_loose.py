"""A question's word said in the notes by a word of its derivational family ("conspirators" / "conspiracy",
"received" / "recipient") is met, below the word itself and below a weak key; a light verb is no relative; a
question the notes do not answer stays declined. Invented texts, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.loose import loose_keys
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on

NOTES = (
    "About forty ropemakers of Velmor took part in the conspiracy against the harbour master in 1622.\n"
    "The recipient of the brass lamp was the lighthouse keeper Ansel Drod.\n"
    "A fire destroyed the ropemakers' hall of Velmor in the winter of 1640.\n"
    "The destruction of the old wooden mole took place in 1629.\n"
    "The harbour master of Velmor built a new stone quay in 1631.\n"
    "The conspirators met at night in the ropemakers' hall.\n"  # the question's own words, and no figure
    "The keeper received a silver medal from the town in 1630.\n")


@pytest.fixture(scope="module")
def velmor() -> Tutor:
    return tutor_on(NOTES, "The harbour of Velmor")


@pytest.mark.parametrize(("question", "fact"), [
    ("When did the conspirators act against the harbour master?", "in 1622"),  # conspire: conspiracy
    ("When was the old wooden mole destroyed?", "in 1629"),  # destroy: destruction
    ("Who received the lamp?", "Ansel Drod"),  # receive: recipient
])
def test_a_word_of_the_family_answers(velmor: Tutor, question: str, fact: str) -> None:
    assert says(velmor, question, fact)


@pytest.mark.parametrize("question", [
    "How many conspirators were hanged?",  # the notes tell of no hanging
    "Who received a pension from the harbour master?",  # nor of a pension
    "Who invented the brass lamp?",  # nor of who made it
])
def test_a_relative_alone_does_not_answer(velmor: Tutor, question: str) -> None:
    assert velmor.ask(question).kind == "decline"


def test_a_relative_weighs_below_a_weak_key(velmor: Tutor) -> None:
    asked = velmor.analyser.question("Who received the lamp?", normalise("Who received the lamp?"))
    assert asked is not None
    unit = next(u for u in asked.units if u.text == "received")
    doc = next(d for d in velmor.docs if "recipient" in d.text)
    covered, own = velmor.ranker.coverage(doc, (unit,), unit.weight)
    assert covered == pytest.approx(velmor.weights.loose_credit) and covered > 0.0 and own == 0.0
    assert velmor.weights.loose_credit < velmor.weights.partial_credit


@pytest.mark.parametrize(("word", "known", "relatives"), [
    ("conspirators", ("conspiracy",), {"conspiraci"}),  # two steps, through "conspire"
    ("received", ("recipient",), {"recipi"}),  # one step
    ("received", ("had", "gave"), set()),  # light verbs are no relatives
    ("received", ("received",), set()),  # nor is the word itself
    ("quay", ("recipient",), set()),  # no relative the notes write
])
def test_loose_keys(word: str, known: tuple[str, ...], relatives: set[str]) -> None:
    words = Words("en")
    held = frozenset().union(*(k for w in known for k in words.keys(w, words.stem(w))))
    assert loose_keys(word, words, held) == relatives


def test_russian_has_none() -> None:
    words = Words("ru")
    assert loose_keys("заговорщики", words, {"заговор"}) == frozenset()
