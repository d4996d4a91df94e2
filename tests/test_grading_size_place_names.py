"""A place's name that opens with an adjective of size ("Little Salt Lake", "Lesser Antilles") is no person's name: the
pack's "Little Salt" is not read as a man called Salt, so a learner's "the salt lakes" or "the biggest of the salt
lakes" is not rewritten to it (`people`, `_PLACE_FIRST`), while a surname "Little" after a given name stays a
person's. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Mistake, Pack, Section

NOTES = ("Caravans crossed the Great Salt Lake and then the Little Salt Lake. The Great Salt Lake is the widest "
         "water on the route. Salt was carried north.")


def _grader() -> tuple[Grader, Card]:
    lake = Card(id="w", section="s", kind="short", prompt="Which lake on the route is the widest water?",
                answer="The Great Salt Lake", mistakes=(Mistake(("Little Salt Lake",), "That one is smaller."),))
    lakes = Card(id="l", section="s", kind="list", prompt="Which lakes did the caravans cross?",
                 answer="the Great Salt Lake and the Little Salt Lake",
                 keypoints=(Keypoint("the Great Salt Lake", ("Great Salt",)),
                            Keypoint("the Little Salt Lake", ("Little Salt",))))
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=NOTES),), cards=(lake, lakes),
                aliases={"Great Salt Lake": ("Great Salt",)})
    return Grader.for_pack(pack), lake


@pytest.mark.parametrize(("answer", "right"), [
    ("the Great Salt Lake", True),
    ("the biggest of the salt lakes, the great one", True),  # no "Little Salt" read in "salt lakes"
    ("the Little Salt Lake", False),
    ("the little one", False),
])
def test_a_size_word_opens_a_place_not_a_person(answer: str, right: bool) -> None:
    grader, lake = _grader()
    assert grader.grade(lake, answer).correct is right, grader.grade(lake, answer).trace


def test_little_salt_is_no_person() -> None:
    grader, _ = _grader()
    assert "little salt" not in grader.aliases.people.canonicals


def test_a_surname_little_stays_a_persons() -> None:
    card = Card(id="p", section="s", kind="short", prompt="Who led the caravan?", answer="Owen Little")
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="Owen Little led the caravan. Little "
                                                     "was a trader."),), cards=(card,))
    grader = Grader.for_pack(pack)
    assert grader.aliases.people.canonicals >= {"owen little"}
    assert grader.grade(card, "Little").correct
