""""Кто изобрёл радио?": a word the pack does not know was corrected to the nearest word of the pack's vocabulary and
question words, and "радио" is "ради" less a letter, a question word ("ради чего?"): the learner's content word
vanished, "кто изобрёл?" was left, and a passage about another invention answered. A correction that drops a letter
never lands on a function or question word now; one with a letter changed still does ("пачему": "почему").
Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise

from .notes import tutor_on

INVENTIONS = tutor_on("В 1877 году инженер Томас Вейл изобрёл фонограф — аппарат, который записывал звук.\n\n"
                      "Фонограф записывал звук на оловянную фольгу.\n\n"
                      "Позже фонограф вытеснил граммофон, потому что пластинки было проще копировать.",
                      "Запись звука", language="ru")


@pytest.mark.parametrize("question", ["кто изобрёл радио?", "Кто изобрел радио"])
def test_unknown_word_is_not_read_as_a_question_word(question):
    assert INVENTIONS.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "word"), [
    ("кто изобрёл радио?", "радио"),
    ("пачему фонограф вытеснили?", "почему"),  # a letter changed: still the question word
])
def test_correction_of_a_word(question, word):
    analyser = INVENTIONS.analyser
    prepared = analyser.words.prepare(normalise(question))
    assert word in analyser._spelt(prepared, set()).words


def test_answered_as_before():
    reply = INVENTIONS.ask("кто изобрёл фонограф?")
    assert reply.kind == "answer" and "Вейл" in " ".join(reply.sentences)
