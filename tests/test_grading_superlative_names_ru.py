"""A Russian superlative written in a name of the pack ("Светлейший совет", alias "Совет") is read as written, not
as "самый" and its adjective (`ru_superlatives`): read so on the card's side only, the alias alone ("Совет"), which
the pack gives for the name, no longer met it. A superlative outside the pack's names is still read with "самый".
Invented names and cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from studybot.core.ru_superlatives import superlative_words, superlatives_said

from .cards import short

CARD = short("Светлейший совет", prompt="Кто запретил ярмарку в Ольховке?")
PACK = Pack(id="t", title="t", language="ru", cards=(CARD,), aliases={"Светлейший совет": ("Совет",)},
            sections=(Section(id="s", title="s", notes="В 1840 году Светлейший совет запретил ярмарку в Ольховке."),))


@pytest.mark.parametrize(("answer", "right"), [
    ("Совет", True),
    ("совет", True),
    ("Светлейший совет", True),
    ("Городской совет", False),
    ("Светлейший князь", False),
])
def test_a_superlative_in_a_name_keeps_its_alias(answer, right):
    assert Grader.for_pack(PACK).grade(CARD, answer).correct is right


def test_which_superlatives_are_kept():
    kept = superlative_words(("светлейший совет", "совет"))
    assert kept == frozenset({"светлейший"})
    assert superlatives_said("светлейший совет запретил", kept) == "светлейший совет запретил"
    assert superlatives_said("крупнейший порт", kept) == "самый крупный порт"
