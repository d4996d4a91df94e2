"""Explain cards answered in a learner's own words (issue #11): the own check set of `own_explain_set` (four invented
packs, English and Russian, labelled before they were graded). No wrong answer of it may pass but the one slip
recorded below, and right answers may not fall under the floors measured when the set was written (at 71b35b16:
English 17 of 48, Russian 5 of 48 accepted; wrong answers 95 of 96 rejected). A floor is raised, never lowered."""

from __future__ import annotations

from collections import Counter

import pytest

from studybot.core.grading import Grader
from tests.own_explain_set import PACKS, Row

# a wrong answer the grader accepts (at 71b35b16 already): a long point made by most of its words, its verb ("make")
# said by another ("break down"); left to the report, not worked on
KNOWN_SLIPS = frozenset({("sourdough", "sour", "bacteria break down the acids")})
FLOORS = {"en": 17, "ru": 5}  # right answers accepted, per language
ROWS = [(lang, row) for lang, rows in PACKS.values() for row in rows]


def _grade(lang: str, row: Row) -> bool:
    return Grader(language=lang).grade(row.card, row.answer).correct


def test_the_set_is_whole() -> None:
    """Four packs of eight cards, six answers a card, three right and three wrong, each answer once."""
    assert len(PACKS) == 4 and {lang for lang, _ in PACKS.values()} == {"en", "ru"}
    for _, rows in PACKS.values():
        cards = Counter(row.card.id for row in rows)
        assert len(cards) == 8 and set(cards.values()) == {6}
        assert sum(row.right for row in rows) == 24
        assert len({(row.card.id, row.answer) for row in rows}) == len(rows)


@pytest.mark.parametrize(("lang", "row"), [(lang, row) for lang, row in ROWS if not row.right],
                         ids=lambda x: x.answer[:40] if isinstance(x, Row) else x)
def test_no_wrong_answer_passes(lang: str, row: Row) -> None:
    accepted = _grade(lang, row)
    if (row.pack, row.card.id, row.answer) in KNOWN_SLIPS:
        pytest.xfail("a recorded slip: a long point's verb said by another")
    assert not accepted


def test_right_answers_hold_their_floors() -> None:
    made = Counter(lang for lang, row in ROWS if row.right and _grade(lang, row))
    for lang, floor in FLOORS.items():
        assert made[lang] >= floor, f"{lang}: {made[lang]} right answers accepted, floor {floor}"
