"""A cause said as the result (`connectives.cause_turned`): a point "the ship sank because it was overloaded" is not
made by "the ship was overloaded because it sank", nor "лёд тает, потому что вода тёплая" by "вода тёплая, потому что
лёд тает": the point's cause said before the answer's "because", its result after it. A cause said first ("because it
was overloaded, the ship sank"), another connective of a cause ("since", "due to") or a result said with "so" keep the
point. Invented cards."""

from __future__ import annotations

import pytest

from tests.cards import point_made


@pytest.mark.parametrize(("point", "answer", "made"), [
    ("the ship sank because it was overloaded", "the ship sank because it was overloaded", True),
    ("the ship sank because it was overloaded", "the ship was overloaded because it sank", False),
    ("the ship sank because it was overloaded", "because it was overloaded the ship sank", True),
    ("the ship sank because it was overloaded", "the ship sank since it was overloaded", True),
    ("the ship sank because it was overloaded", "it was overloaded, so the ship sank", True),
    ("a famine came because of the drought", "a famine came because of the drought", True),
    ("a famine came because of the drought", "a drought came because of the famine", False),
    ("a famine came because of the drought", "because of the drought a famine came", True),
    ("лёд тает, потому что вода тёплая", "вода тёплая, потому что лёд тает", False),
    ("лёд тает, потому что вода тёплая", "потому что вода тёплая, лёд тает", True),
    ("лёд тает, потому что вода тёплая", "лёд тает, так как вода тёплая", True),
])
def test_a_cause_said_as_the_result(point: str, answer: str, made: bool) -> None:
    language = "ru" if point[0] > "z" else "en"
    assert point_made("What happened?" if language == "en" else "Что происходит?", point, answer, language) is made
