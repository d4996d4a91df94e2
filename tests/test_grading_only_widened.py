"""A point that limits a thing to one ("the beetle ate only oaks", "жук ел только дубы") is not made by an answer
that joins another thing to it in the same role ("it ate elms as well as oaks", "oaks and elms", "и вязы, и дубы"):
that is what the "only" denies. The answer's own "only" keeps the point, and another thing in another role ("oaks,
while the elms rotted") is no such claim. Invented cards (`grading.only_widened`)."""

from __future__ import annotations

import pytest

from tests.cards import point_made

BEETLE = ("Why could the beetle be kept out?", "the beetle ate only oaks")
FEVER = ("Why could the fever be stamped out?", "the fever struck only cattle")
ZHUK = ("Почему жука удалось остановить?", "жук ел только дубы")

ROWS = [
    (*BEETLE, "it ate elms as well as oaks", False),
    (*BEETLE, "the beetle ate oaks and elms", False),
    (*BEETLE, "it ate oaks as well as elms", False),
    (*BEETLE, "the beetle ate both elms and oaks", False),
    (*FEVER, "it struck sheep as well as cattle", False),
    (*FEVER, "it struck horses and cattle, and the herds recovered", False),
    (*ZHUK, "жук ел и вязы, и дубы", False),
    (*ZHUK, "жук ел вязы, а также дубы", False),
    # the point kept: the answer's own "only", another thing in another role, the thing alone
    (*BEETLE, "the beetle ate only oaks", True),
    (*BEETLE, "it ate oaks alone", True),
    (*BEETLE, "it ate oaks, while the elms rotted of themselves", True),
    (*BEETLE, "the beetle ate only oaks and the larvae lived two years", True),
    (*FEVER, "the fever struck only cattle and the horses stayed healthy", True),
    (*ZHUK, "жук ел только дубы", True),
    (*BEETLE, "the beetle ate oaks as its food", True),  # no word that adds a thing ("with", "as" alone)
    ("Why was the lock safe?", "each key fitted only one lock", "each key only fitted one lock", True),
]


@pytest.mark.parametrize(("prompt", "point", "given", "made"), ROWS)
def test_only_widened(prompt: str, point: str, given: str, made: bool) -> None:
    assert point_made(prompt, point, given, "ru" if prompt[0] > "z" else "en") is made


PLACES = [
    ("Почему пришлось искать соль?", "Соляное озеро оказалось за пределами губернии",
     "Соляное озеро осталось в губернии", False),
    ("Почему пришлось искать соль?", "Соляное озеро оказалось за пределами губернии",
     "Соляное озеро оказалось вне губернии", True),
    ("Почему пришлось искать соль?", "Соляное озеро оказалось вне губернии",
     "Соляное озеро оказалось в пределах губернии", False),
    ("Why did the miners move?", "the seam ran outside the parish", "the seam ran within the parish", False),
    ("Why did the miners move?", "the seam ran outside the parish", "the seam ran in the parish", False),
    ("Why did the miners move?", "the seam ran beyond the parish", "the seam ran in the parish", False),
    ("Why did the miners move?", "the seam ran outside the parish", "the seam ran outside of the parish", True),
]


@pytest.mark.parametrize(("prompt", "point", "given", "made"), PLACES)
def test_in_a_place_or_out_of_it(prompt: str, point: str, given: str, made: bool) -> None:
    assert point_made(prompt, point, given, "ru" if prompt[0] > "z" else "en") is made
