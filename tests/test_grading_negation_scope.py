"""A negation reaches to the end of its clause, no further. An answer whose one clause says a thing and whose other
denies it makes a negated point in the clause that denies ("the old hall has a roof, and the new hall has no roof");
and a point that says a thing plainly in one part and negates another part ("the clay is wet, the kiln cannot dry
it") is missed by an answer that denies the thing ("the clay is not wet"). Invented subjects, en and ru
(`grading.contrasts`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _card(point: str, accept: tuple[str, ...], prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point,
                keypoints=(Keypoint(point, accept),))


def _grade(lang: str, card: Card, answer: str) -> bool:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, answer).correct


CLAUSES = [
    ("en", "the new hall has no roof", "the old hall has a roof, and the new hall has no roof", True),
    ("en", "the new hall has no roof", "the old hall has a roof, but the new hall has no roof", True),
    ("en", "the new hall has no roof", "the old hall has a roof but the new hall has no roof", True),
    ("en", "the new hall has no roof", "the old hall has no roof, and the new hall has a roof", False),
    ("en", "the new hall has no roof", "the old hall has a roof, and the new hall has a roof", False),
    ("ru", "в новом зале нет крыши", "в старом зале есть крыша, а в новом зале нет крыши", True),
    ("ru", "в новом зале нет крыши", "в старом зале нет крыши, а в новом зале есть крыша", False),
]


@pytest.mark.parametrize(("lang", "point", "answer", "right"), CLAUSES)
def test_a_negated_point_is_made_in_the_clause_that_negates(lang, point, answer, right):
    card = _card(point, (), "Why does the new hall differ from the old hall?" if lang == "en"
                 else "Чем новый зал отличается от старого зала?")
    assert _grade(lang, card, answer) is right


PLAIN = [
    ("en", "the clay is wet, so the kiln cannot dry it", ("wet clay",), "the clay was wet", True),
    ("en", "the clay is wet, so the kiln cannot dry it", ("wet clay",), "the clay was not wet", False),
    ("ru", "глина влажная, печь не может её высушить", ("влажная глина",), "глина была влажная", True),
    ("ru", "глина влажная, печь не может её высушить", ("влажная глина",), "глина была не влажная", False),
    # the negation governs the wording's words too: said either way
    ("ru", "они не хотели уступать и оставаться на вторых ролях", ("вторых ролях",),
     "не хотели быть на вторых ролях", True),
]


@pytest.mark.parametrize(("lang", "point", "accept", "answer", "right"), PLAIN)
def test_a_wording_the_point_says_plainly_is_not_made_by_denying_it(lang, point, accept, answer, right):
    card = _card(point, accept, "Why did the bricks crack?" if lang == "en" else "Почему так вышло?")
    assert _grade(lang, card, answer) is right


# two negated things joined by "and" ("few roads and no railway"): the point's negators make an even count, but each
# thing is negated where the point says it, and an accepted bare word of it is made by an answer that negates it
JOINED = [
    ("en", "the valley had few roads and no railway", ("railway", "roads"), "there was no railway", True),
    ("en", "the valley had few roads and no railway", ("railway", "roads"), "the valley had few roads", True),
    ("en", "the valley had few roads and no railway", ("railway", "roads"), "the valley had a railway", False),
    ("en", "the valley had few roads and no railway", ("railway", "roads"), "it had many roads", False),
    ("ru", "в долине не было дорог и не было моста", ("мост", "дорог"), "в долине не было моста", True),
    ("ru", "в долине не было дорог и не было моста", ("мост", "дорог"), "в долине был мост", False),
]


@pytest.mark.parametrize(("lang", "point", "accept", "answer", "right"), JOINED)
def test_each_of_two_negated_things_is_negated_where_said(lang, point, accept, answer, right):
    card = _card(point, accept, "Why was the valley poor?" if lang == "en" else "Почему долина была бедной?")
    assert _grade(lang, card, answer) is right
