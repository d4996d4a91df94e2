"""A load a thing cannot bear, said as its weakness (`bearing`, issue #11): "could not bear the load", "was unable to
withstand the load", "was too weak for the load" and "was not strong enough to carry the load" make one point, in
English and in Russian; a load borne, another thing that fails, and a weakness of another quality stay wrong.
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core import bearing
from studybot.core.grading import Grader
from tests.cards import explain

FLOOR = explain("the floor of the barn was too weak for the hay")
BEAM = explain("the beam could not bear the bell")
MOST = explain("мост был слишком слабым для поездов")
KRYSHA = explain("крыша сарая не выдержала снега")

EN = [
    (FLOOR, "the floor of the barn could not bear the hay", True),
    (FLOOR, "the barn floor couldn't bear the hay", True),
    (FLOOR, "the floor of the barn was unable to withstand the hay", True),
    (FLOOR, "the floor of the barn was not strong enough to carry the hay", True),
    (FLOOR, "the floor of the barn was too weak to hold up the hay", True),
    (FLOOR, "the floor of the barn could bear the hay", False),  # borne: no weakness
    (FLOOR, "the roof of the barn could not bear the hay", False),  # another thing fails
    (FLOOR, "the floor of the barn could not bear the cows", False),  # another load
    (FLOOR, "the floor of the barn was too strong for the hay", False),
    (BEAM, "the beam was too weak for the bell", True),
    (BEAM, "the beam was too weak to support the bell", True),
    (BEAM, "the beam could bear the bell", False),
    (BEAM, "the beam was strong enough for the bell", False),
    (BEAM, "the bell could not bear the beam", False),  # the two swapped
]
RU = [
    (MOST, "мост не выдерживал поездов", True),
    (MOST, "мост не мог выдержать поезда", True),
    (MOST, "мост был слишком слаб, чтобы выдержать поезда", True),
    (MOST, "мост выдерживал поезда", False),
    (MOST, "мост был слишком тяжёлым для поездов", False),
    (KRYSHA, "крыша сарая была слишком слабой для снега", True),
    (KRYSHA, "крыша сарая оказалась слишком слабой, чтобы выдержать снег", True),
    (KRYSHA, "крыша сарая выдержала снег", False),
    (KRYSHA, "крыша сарая была слишком слабой для ветра", False),
]


@pytest.mark.parametrize(("card", "given", "right"), EN)
def test_english(card, given, right):
    assert Grader().grade(card, given).correct is right


@pytest.mark.parametrize(("card", "given", "right"), RU)
def test_russian(card, given, right):
    assert Grader(language="ru").grade(card, given).correct is right


# made before this reading too: "too weak to support" by a synonym of "bear" and the weakness read as "not"
MADE_BEFORE = frozenset(("the beam was too weak to support the bell", "мост был слишком слаб, чтобы выдержать поезда"))


@pytest.mark.parametrize(("card", "given", "code"), [
    (c, g, code) for rows, code in ((EN, "en"), (RU, "ru")) for c, g, r in rows if r and g not in MADE_BEFORE])
def test_without_the_reading_these_fail(card, given, code, monkeypatch):
    monkeypatch.setattr("studybot.core.phrases.read_bearing", lambda text, code: text)
    assert not Grader(language=code).grade(card, given).correct


@pytest.mark.parametrize(("text", "code", "read"), [
    ("the tree did not bear fruit", "en", "the tree did not bear fruit"),  # no weight borne
    ("the party could not support the plan", "en", "the party could not support the plan"),
    ("the floor could not bear", "en", "the floor could not bear"),  # nothing borne after it
    ("фундамент не выдержал", "ru", "фундамент не выдержал"),
    ("the floor was too weak for the hay", "de", "the floor was too weak for the hay"),  # no such language
])
def test_left_as_written(text, code, read):
    assert bearing.read_bearing(text, code) == read
