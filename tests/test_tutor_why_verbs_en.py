"""An English "why" question whose verb the text never uses is answered by the passage that says the rest and gives
a reason ("why did Dane desert the mill?": "Dane sold the mill, since ..."); asked when, where or who, such a verb
still counts, and so it does when it is all the question asks of its names. What a verb is comes from WordNet's parts of
speech. Invented texts, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Unit
from studybot.core.tutor.unsaid_verbs import unsaid_verb_en
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def borough() -> Tutor:
    return tutor_on(
        "Harlow voted for the bill, because he feared a riot in the towns.\n"
        "The bill was read three times in the upper house, and Harlow spoke twice.\n"
        "Harlow kept his estates north of the river.\n"
        "\n"
        "Osric Dane sold the mill in 1702, since the fever had reached the village.\n"
        "Osric Dane ground corn at the mill for twenty years and repaired the weir twice.\n"
        "The mill stood by the weir.\n", "Brenmore")


@pytest.mark.parametrize(("question", "fact"), [
    ("Why did Osric Dane desert the mill?", "the fever"),
    ("Why did Dane forsake the mill?", "the fever"),
])
def test_a_why_question_with_a_verb_the_text_never_uses_is_answered(borough: Tutor, question: str,
                                                                    fact: str) -> None:
    assert says(borough, question, fact)


@pytest.mark.parametrize("question", [
    "When did Osric Dane desert the mill?",  # asked when, the verb names the event: selling the mill is another
    "Where did Osric Dane flee?",
    "Why did Osric Dane marry?",  # the verb is all it asks of him: the reason the text gives is for another event
])
def test_other_questions_keep_the_verb(borough: Tutor, question: str) -> None:
    assert borough.ask(question).kind == "decline"


@pytest.mark.parametrize(("word", "verb"), [
    ("support", True), ("persuade", True), ("helped", True), ("founded", True), ("fled", True),
    ("help", False),  # a noun too
    ("use", False), ("test", False), ("born", False), ("opposed", False),  # a noun or an adjective too
    ("mill", False), ("quickly", False),
])
def test_a_verb_is_told_by_wordnet(word: str, verb: bool) -> None:
    unit = Unit(word, word, frozenset({word}), frozenset(), 1.0, False)
    assert unsaid_verb_en(unit, set()) is verb
    assert not unsaid_verb_en(unit, {word})  # one the text uses is no unsaid verb
    assert not unsaid_verb_en(Unit(word, word, frozenset({word}), frozenset(), 1.0, True), set())  # nor a name
