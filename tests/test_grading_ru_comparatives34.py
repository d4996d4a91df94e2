"""Round 34 (issue #11), rules of Russian on invented cards:

- The comparative in "-ее" of an adjective with a hard stem is its "более" form ("капля стала круглее" / "более
  круглой"), either way round; a neuter's "-ее" ("синее", "древнее", "горячее"), a noun's case ("по аллее") and
  the comparatives other rules read ("тяжелее", "быстрее") stay as written (`ru_comparatives`).
"""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.ru_comparatives import comparatives_said

RU = Grader(language="ru")


def card(*points: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points))


DROP = card("плёнка сжимается", "капля становится более круглой", prompt="Что происходит с каплей на стекле?")
PEARS = card("к осени груши становятся зрелее", prompt="Что происходит с грушами в саду?")
STONE = card("галька становится более круглой", prompt="Что делает с галькой прибой?")


@pytest.mark.parametrize(("point", "given", "right"), [
    (DROP, "плёнка сжимается, капля становится круглее", True),
    (DROP, "плёнка сжимается, капля делается круглее", True),
    (DROP, "плёнка сжимается, капля становится менее круглой", False),
    (DROP, "плёнка сжимается, капля становится плоской", False),
    (PEARS, "к осени груши становятся более зрелыми", True),
    (PEARS, "к осени груши становятся менее зрелыми", False),
    (STONE, "галька становится круглее", True),
    (STONE, "галька становится острее", False),
])
def test_hard_stem_comparative_is_its_more_form(point, given, right):
    assert RU.grade(point, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("капля стала круглее", "капля стала более круглый"),
    ("сыр зрелее", "сыр более зрелый"),
    ("солдаты стали смелее", "солдаты стали более смелый"),
    # left as written: a neuter of a soft stem, a noun's case, comparatives other rules read, a short word
    ("древнее городище", "древнее городище"),
    ("синее небо", "синее небо"),
    ("горячее блюдо", "горячее блюдо"),
    ("по аллее", "по аллее"),
    ("в корее", "в корее"),
    ("стало тяжелее", "стало тяжелее"),
    ("течёт быстрее", "течёт быстрее"),
    ("злее", "злее"),
])
def test_hard_stem_comparative_read(text, read):
    assert comparatives_said(text) == read
