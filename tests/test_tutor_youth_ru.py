"""A time of one's life is one meaning in either Russian word ("в молодости" / "в юности", `lexicon_ru_paraphrase`):
"чем X занимался в молодости?" is answered by "в юности X ...". Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor

from .notes import says, tutor_on


@pytest.fixture(scope="module")
def merchant() -> Tutor:
    return tutor_on(
        "Купец Савва Ларионов был головой городской думы.\n"
        "\n"
        "По преданию, в юности Ларионов продавал калачи на пристани.\n"
        "\n"
        "В 1850 году Ларионов построил в городе каменный гостиный двор.\n", title="Купцы Заречья", language="ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Чем Ларионов занимался в молодости?", "калачи"),
])
def test_youth_said_otherwise(merchant, question, fact):
    assert says(merchant, question, fact)


@pytest.mark.parametrize("question", [
    "Чем Ерофеев занимался в молодости?",  # nobody of that name
])
def test_what_the_notes_do_not_say_is_still_declined(merchant, question):
    assert merchant.ask(question).kind == "decline"
