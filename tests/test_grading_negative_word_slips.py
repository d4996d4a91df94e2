"""A word that holds a negation, typed with a slip ("vto" for "veto", "rfused" for "refused"), is the card's word: a
fair teacher does not read it as the opposite. Invented cards (a council's veto, an envoy who refused); a word of
its own near the negative word ("vote" for "veto") and a wrong answer with a slip stay wrong."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.negative_slips import negative_words_mended
from tests import cards

EN = Grader()
RU = Grader(language="ru")

village = cards.short("в деревне отсутствует школа", prompt="Что известно о деревне?")
ROWS = [
    (EN, cards.short("a silent veto", prompt="What did the council use?"), "silent vto", True),
    (EN, cards.short("a silent veto", prompt="What did the council use?"), "silent vetto", True),
    (EN, cards.short("a silent veto", prompt="What did the council use?"), "silent vote", False),
    (EN, cards.short("a silent veto", prompt="What did the council use?"), "loud vto", False),
    (EN, cards.short("the envoy refused the gift", prompt="What did the envoy do?"), "the envoy rfused the gift", True),
    (EN, cards.short("the envoy refused the gift", prompt="What did the envoy do?"), "the envoy rfused the horse",
     False),
    (RU, village, "в деревне отсуствует школа", True),
    (RU, village, "в деревне отсуствует больница", False),
    (RU, cards.short("врачи исключили отравление", prompt="Что сделали врачи?"), "врачи включили отравление", False),
]


@pytest.mark.parametrize(("grader", "card", "typed", "right"), ROWS)
def test_negative_word_slips(grader: Grader, card: object, typed: str, right: bool) -> None:
    assert grader.grade(card, typed).correct is right


def test_reading() -> None:
    assert negative_words_mended("Silent vto", ("a silent veto",), "en") == "silent veto"
    assert negative_words_mended("silent vote", ("a silent veto",), "en") is None
    assert negative_words_mended("silent vto", ("a silent vote",), "en") is None  # no negative word on the card
