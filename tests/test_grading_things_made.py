"""A list card's point of making a thing ("opened a picture gallery", "основал художественную школу") made by naming
the thing, or by another verb of making; not where the answer says anything else: another deed ("closed",
"visited", "sold"), a negation, or guesses beside (`grading.things_made`). Invented subjects."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def card(prompt: str, *points: str, kind: str = "list") -> Card:
    return Card(id="l", section="s", kind=kind, prompt=prompt, answer="; ".join(points), need=2,
                keypoints=tuple(Keypoint(p, ()) for p in points))


MILLER = card("Name two things the miller did for his village.", "opened a bakery", "founded a village choir",
              "built a footbridge")
MELNIK = card("Назовите два дела мельника для деревни.", "открыл пекарню", "основал сельский хор",
              "построил пешеходный мост")
WHY = card("Why is the miller remembered?", "opened a bakery", "founded a village choir", kind="explain")

ROWS = [
    ("en", MILLER, "a bakery and a village choir", True),
    ("en", MILLER, "bakery, village choir", True),
    ("en", MILLER, "he opened a bakery and a village choir", True),
    ("en", MILLER, "set up a village choir and built a bakery", True),
    ("en", MILLER, "the footbridge and the bakery", True),
    ("en", MILLER, "the founding of a village choir and the opening of a bakery", True),
    ("en", MILLER, "closed the bakery and the village choir", False),
    ("en", MILLER, "he visited a bakery and a village choir", False),
    ("en", MILLER, "sold the bakery and the village choir", False),
    ("en", MILLER, "did not open a bakery or a village choir", False),
    ("en", MILLER, "a mill, a church, a bakery, a school, a village choir", False),
    ("en", MILLER, "a bakery", False),
    ("ru", MELNIK, "пекарня, сельский хор", True),
    ("ru", MELNIK, "открыл пекарню и сельский хор", True),
    ("ru", MELNIK, "создал сельский хор и построил пекарню", True),
    ("ru", MELNIK, "открытие пекарни и основание сельского хора", True),
    ("ru", MELNIK, "закрыл пекарню и сельский хор", False),
    ("ru", MELNIK, "продал пекарню и сельский хор", False),
    ("ru", MELNIK, "не открывал пекарню, но основал сельский хор", False),
    ("ru", MELNIK, "мельница, церковь, пекарня, школа, сельский хор", False),
    ("en", WHY, "a bakery and a village choir", False),  # an argument, not a list of things
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_thing_made_named_alone(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
