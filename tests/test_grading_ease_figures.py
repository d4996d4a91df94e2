"""A point that says a thing is easy or quick to do and backs it with a time ("it was easy to learn in about ten
minutes") is made by the quality alone ("easy to learn"): the time only measures the ease. Another time, the
opposite quality, or another verb stay wrong (`grading.ease_figures`). Invented cards, English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

PLOUGH = Card(id="l", section="s", kind="list", prompt="Why did farmers like the new plough?", need=3,
              answer="it was light; it was cheap; it was easy to learn in about ten minutes",
              keypoints=(Keypoint("it was light"), Keypoint("it was cheap"),
                         Keypoint("it was easy to learn in about ten minutes", ("quick to learn",))))
TENT = Card(id="e", section="s", kind="explain", prompt="Why did the scouts choose the new tent?",
            answer="it was quick to put up in under 5 minutes",
            keypoints=(Keypoint("it was quick to put up in under 5 minutes"),))
STANOK = Card(id="e", section="s", kind="explain", prompt="Почему ткачи выбрали новый станок?",
              answer="его было легко освоить за 20 минут",
              keypoints=(Keypoint("его было легко освоить за 20 минут"),))

ROWS = [
    (PLOUGH, "en", "light, cheap, easy to learn", True),
    (PLOUGH, "en", "light, cheap, easy to learn in ten minutes", True),
    (TENT, "en", "it was quick to put up", True),
    (TENT, "en", "it was quick to put up in 5 minutes", True),
    (STANOK, "ru", "его было легко освоить", True),
    # another time, the opposite quality, another verb
    (PLOUGH, "en", "light, cheap, easy to learn in two days", False),
    (PLOUGH, "en", "light, cheap, hard to learn", False),
    (PLOUGH, "en", "light, cheap, easy to repair", False),
    (TENT, "en", "it was quick to put up in 2 hours", False),
    (STANOK, "ru", "его было легко освоить за 3 дня", False),
    (STANOK, "ru", "его было трудно освоить", False),
]


@pytest.mark.parametrize(("card", "lang", "given", "right"), ROWS)
def test_an_ease_without_its_time(card: Card, lang: str, given: str, right: bool) -> None:
    pack = Pack(id="p", title="p", cards=(card,), sections=(Section(id="s", title="Notes", notes="x"),),
                language=lang)  # type: ignore[arg-type]
    assert Grader.for_pack(pack).grade(card, given).correct is right
