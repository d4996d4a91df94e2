"""Discourse idioms name nothing of what a text is about: "from the council's point of view" says nothing of a
"point", "in terms of length" nothing of "terms", "с точки зрения" nothing of a "точка", and "тем не менее" denies
nothing (`lexicon_idioms`, read as the plain word they mean in passages and questions). Invented texts, English
and Russian.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import tutor_on

EN = """From the council's point of view, the bridge at Harn was far too costly.
In terms of length, the Harn canal is the longest in Orsk.
The bridge at Harn was finished in 1821 by Ada Morn."""
RU = """С точки зрения совета, мост в Харне был слишком дорогим.
В конце концов канал Харна стал самым длинным в Орске.
Тем не менее мост в Харне достроила Ада Морн в 1821 году."""


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN, "Notes", "en"), "ru": tutor_on(RU, "Notes", "ru")}


@pytest.mark.parametrize(("language", "question", "fact"), [
    ("en", "Who finished the bridge at Harn?", "Ada Morn"),
    ("en", "Which canal is the longest in Orsk?", "Harn canal"),
    ("ru", "Кто достроил мост в Харне?", "Ада Морн"),  # "тем не менее": she did build it
    ("ru", "Какой канал самый длинный в Орске?", "канал Харна"),
])
def test_a_sentence_with_an_idiom_still_says_its_facts(tutors, language, question, fact):
    reply = tutors[language].ask(question)
    assert reply.kind == "answer" and normalise(fact) in normalise(" ".join(reply.sentences))


@pytest.mark.parametrize(("language", "question"), [
    ("en", "At what point does the bridge at Harn cross the river?"),  # "point of view" is no point
    ("en", "On what terms was the Harn canal dug?"),  # "in terms of" names no terms
    ("ru", "В какой точке построили мост в Харне?"),  # "с точки зрения" names no point
    ("ru", "Что находится в конце канала Харна?"),  # "в конце концов" names no end
])
def test_an_idiom_does_not_answer_for_its_words(tutors, language, question):
    assert tutors[language].ask(question).kind == "decline"


FERRY = """The Harn ferry carried carts across the Ouse from 1702.
It kept losing boats in the floods, was mended by the town again and again, and was finally abandoned in 1830.
The ferrymen then kept the Good Hope inn at Harn."""


@pytest.mark.parametrize("question", ["When was the Harn ferry finally given up for good?",
                                      "when was the harn ferry abandoned once and for all"])
def test_for_good_names_no_good(question):
    reply = tutor_on(FERRY, "Notes", "en").ask(question)  # "for good" is "for ever": no "good" to find
    assert reply.kind == "answer" and "1830" in " ".join(reply.sentences)
