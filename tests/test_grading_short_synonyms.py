"""A short card's wording said with a synonym of one of its words, as a keypoint's words already are: the language's
table of meanings, in the same part of speech; an opposite, another thing, a word of the card's known mistakes or a
word of the family in another part of speech is not it. Invented cards of no pack (`grading.short_synonyms`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Mistake, Pack, Section


def short(answer: str, prompt: str, *mistakes: str) -> Card:
    return Card(id="s", section="s", kind="short", prompt=prompt, answer=answer,
                mistakes=tuple(Mistake((m,), "No.") for m in mistakes))


MONKS = short("the monks abandoned the abbey", "What did the monks do in the end?")
GUILD = short("the guild kept its charter", "What became of the charter?")
MONKS_MISTAKE = short("the monks abandoned the abbey", "What did the monks do in the end?", "deserted")
KOTEL = short("огромный котёл", "Что стояло посреди цеха?")
SCULPTOR = short("the sculptor", "Who found the coins?")
LOBBYIST = short("a lobbyist", "Whom did the mayor hire?")

ROWS = [
    ("en", MONKS, "the monks deserted the abbey", True),
    ("en", GUILD, "the guild held its charter", True),
    ("en", MONKS, "the monks restored the abbey", False),
    ("en", MONKS, "the monks abandoned the village", False),
    ("en", MONKS_MISTAKE, "the monks deserted the abbey", False),
    ("en", SCULPTOR, "the sculpted head", False),  # a word of its family in another part of speech
    ("en", LOBBYIST, "the hotel lobby", False),
    ("ru", KOTEL, "громадный котёл", True),
    ("ru", KOTEL, "крошечный котёл", False),
    ("ru", KOTEL, "громадный чан для воды", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_short_wording_said_with_a_synonym(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
