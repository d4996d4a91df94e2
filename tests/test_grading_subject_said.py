"""A point "the SUBJECT was ..." made by its predicate with the subject said by a pronoun, by the question's words
or not at all; not with another subject in its place, a subject taken from the predicate, a name's place taken, or
a predicate that compares (`grading.subject_said`). Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def card(prompt: str, *points: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points), need=2,
                keypoints=tuple(Keypoint(p, ()) for p in points))


BARGE = card("Give two reasons why the Gullwing sank.", "the barge was overloaded", "the pumps were clogged with silt",
             "the river was higher than the quay")
LODKA = card("Назовите две причины, почему «Чайка» затонула.", "баржа была перегружена",
             "насосы были забиты илом")
KING = card("Give two reasons why the treaty failed.", "Harold was distrusted", "the army was unpaid")

ROWS = [
    ("en", BARGE, "it was overloaded and the pumps were clogged with silt", True),
    ("en", BARGE, "the Gullwing was overloaded; the pumps were clogged with silt", True),
    ("en", BARGE, "overloaded, pumps clogged with silt", True),
    ("en", BARGE, "the crew was overloaded and the pumps were clogged with silt", False),
    ("en", BARGE, "it was not overloaded and the pumps were clogged with silt", False),
    ("en", BARGE, "the quay was higher than the river and the pumps were clogged with silt", False),
    ("en", BARGE, "it was higher than the quay and the pumps were clogged with silt", False),
    ("ru", LODKA, "она была перегружена, и насосы были забиты илом", True),
    ("ru", LODKA, "перегружена, насосы забиты илом", True),
    ("ru", LODKA, "команда была перегружена, и насосы были забиты илом", False),
    ("en", KING, "he was distrusted and the army was unpaid", False),
    ("en", KING, "it was distrusted and the army was unpaid", False),
    # the pronoun's clause framed by a connective or a verb of saying or belief (reported by an instructor)
    ("en", BARGE, "because it was overloaded and the pumps were clogged with silt", True),
    ("en", BARGE, "the crew thought it was overloaded, and the pumps were clogged with silt", True),
    ("en", BARGE, "the crew said that it was overloaded, and the pumps were clogged with silt", True),
    ("en", BARGE, "the crew thought the crew was overloaded, and the pumps were clogged with silt", False),
    ("ru", LODKA, "потому что она была перегружена, и насосы были забиты илом", True),
    ("ru", LODKA, "матросы считали, что она была перегружена, и насосы были забиты илом", True),
    ("en", KING, "they thought he was distrusted and the army was unpaid", False),
    ("en", BARGE, "the crew it was overloaded, and the pumps were clogged with silt", False),  # no frame before "it"
    # the subject ending the clause right before the predicate's: "a heavy barge, overloaded"
    ("en", BARGE, "a heavy barge, overloaded, and the pumps were clogged with silt", True),
    ("ru", LODKA, "старая баржа, перегружена, и насосы были забиты илом", True),
    ("en", BARGE, "overloaded, and the barge's pumps were clogged with silt", True),
    ("en", BARGE, "the barge was fine, but the quay was overloaded and the pumps were clogged with silt", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_subject_said_by_a_pronoun_or_left_out(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
