"""The negation of a question is part of what it asks: "why did X not ...?" is answered by the passage that says X
did not (or refused, failed, declined to, "отказался", "не стал"), not by the one that says X did; a negation in a
premise after the question ("..., если у них нет ядра?") and set phrases whose negator negates nothing ("without
doubt", "не только") are no such negation. Invented texts, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.matching import Prepared
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.negation import asks_negated, negated
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def council() -> Tutor:
    return tutor_on(
        "In 1990 the town council agreed to pay for a new roof over the market hall, because of storms.\n"
        "In 1994 the town council declined to pay for a new roof over the market hall, because the building was to be "
        "sold.\n"
        "\n"
        "The mayor, Edith Brann, signed the sale in 1996.", "The market hall")


@pytest.fixture(scope="module")
def duma() -> Tutor:
    return tutor_on(
        "В 1880 году городская дума согласилась оплатить ремонт моста через реку, потому что его повредил паводок.\n"
        "В 1885 году городская дума отказалась оплатить ремонт моста через реку, потому что казна была пуста.\n"
        "\n"
        "Городской голова Фома Лыков подписал новый устав в 1887 году.", "Городская дума", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Why did the town council not pay for a new roof over the market hall?", "was to be sold"),
    ("Why didn't the town council pay for a new roof over the market hall?", "was to be sold"),
])
def test_an_english_question_asks_its_negation(council, question, fact):
    assert says(council, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("Почему дума не оплатила ремонт моста через реку?", "казна была пуста"),
    ("Почему городская дума не стала оплачивать ремонт моста?", "казна была пуста"),
])
def test_a_russian_question_asks_its_negation(duma, question, fact):
    assert says(duma, question, fact)


@pytest.mark.parametrize(("code", "text", "says_negation"), [
    ("en", "the council did not pay", True),
    ("en", "the council refused to pay", True),  # a word holding a negation
    ("en", "the council declined to pay", True),
    ("en", "the council failed to pay", True),
    ("en", "moscow rejected the plan", True),
    ("en", "the council paid for the roof", False),
    ("en", "without doubt the council paid", False),  # set phrases: no negation
    ("en", "not only the roof but the walls", False),
    ("en", "a failed harvest", False),  # "failed" alone holds none
    ("ru", "дума не оплатила ремонт", True),
    ("ru", "дума отказалась платить", True),
    ("ru", "думе не удалось оплатить ремонт", True),
    ("ru", "дума оплатила ремонт", False),
    ("ru", "без сомнения дума права", False),
    ("ru", "не только мост но и школа", False),
])
def test_what_says_a_negation(code, text, says_negation):
    assert negated(Words(code), text) is says_negation


@pytest.mark.parametrize(("code", "question", "asks"), [
    ("en", "Why did the council not pay?", True),
    ("en", "Who did not sign the sale?", True),
    ("ru", "Почему Фома не подписал устав?", True),
    ("ru", "Где лежит устав, если у думы нет архива?", False),  # a premise after the question
    ("en", "Where is the charter kept, if the council has no archive?", False),
])
def test_a_questions_negation_is_in_its_first_clause(code, question, asks):
    words = Words(code)
    prepared: Prepared = words.prepare(normalise(question))
    assert asks_negated(words, prepared) is asks


@pytest.mark.parametrize(("question", "fact"), [
    ("why didnt the town council pay for a new roof over the market hall", "was to be sold"),
    ("Why wasnt the new roof over the market hall paid for by the council in 1994?", "was to be sold"),
])
def test_a_negation_typed_without_its_apostrophe_is_one(council, question, fact):
    """"didnt", "wasnt", "couldnt": learners leave the apostrophe out; the word is the negation, not a word of the
    text to look for (it was weighed as a rare word no passage holds)."""
    assert says(council, question, fact)


@pytest.mark.parametrize("question", ["why didnt the mayor sign the treaty with the king?",
                                      "why doesnt the mayor live in the capital"])
def test_a_negation_typed_without_its_apostrophe_still_declines(council, question):
    assert council.ask(question).kind == "decline"
