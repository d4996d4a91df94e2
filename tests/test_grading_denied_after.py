"""A bare name a list point gives, named and then denied in its own clause ("Peters did not score", "Петерс не
забивал"), is not made; a state said of the name ("Peters was not alone"), "not only", or a denial in another
clause leaves it made (`grading.denied_after`). Invented players."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section

EN = Card(id="l", section="s", kind="list", prompt="Name the two Rovers players who scored in the final.",
          answer="Tom Keane and Ray Dunn", keypoints=(Keypoint("Tom Keane", ()), Keypoint("Ray Dunn", ())))
RU = Card(id="l", section="s", kind="list", prompt="Назовите двух игроков «Ротора», забивших в финале.",
          answer="Олег Веснин и Пётр Дронов", keypoints=(Keypoint("Олег Веснин", ()), Keypoint("Пётр Дронов", ())))

ROWS = [
    ("en", EN, "Keane and Dunn", True),
    ("en", EN, "Keane scored, and so did Dunn", True),
    ("en", EN, "Keane was not alone: Dunn scored too", True),
    ("en", EN, "Dunn did not only score, Keane did too", True),
    ("en", EN, "Keane scored but Dunn did not", False),
    ("en", EN, "Keane scored, Dunn didn't", False),
    ("en", EN, "Dunn did not score, Keane did", False),
    ("en", EN, "Keane, but Dunn has never scored", False),
    ("ru", RU, "Веснин и Дронов", True),
    ("ru", RU, "Веснин забил, Дронов тоже", True),
    ("ru", RU, "Веснин забил, а Дронов не забивал", False),
    ("ru", RU, "Дронов не забил, забил Веснин", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_name_denied_after_it(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
