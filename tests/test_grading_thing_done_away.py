"""A point that names a thing ("street lighting", a reform) is not made by an answer that names the thing only to say
it was ended or never done: a verb of ending done to it ("was abolished", "they scrapped the", "отменили"), "banned"
(read as "not allowed"), or a deed's participle denied right after it ("was never built"). Unless the question, or the
point, itself says a verb of ending ("Name two things the council abolished"). Said with it or said plainly, the
thing is made as before (`grading.denied_thing`). Invented councils (issue #11, a blind author's report (e): a point
of two words whose clause makes another point)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _list(prompt: str, *points: str) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points), need=2,
                keypoints=tuple(Keypoint(p, ()) for p in points))


REFORMS = _list("Name two reforms of the Velm council.", "free schools for poor children", "a new water supply",
                "street lighting")
ENDED = _list("Name two things the Velm council abolished.", "street tolls", "the night watch", "debtors' prisons")
RU = _list("Назовите две реформы совета Вельма.", "бесплатные школы для бедных детей", "новый водопровод",
           "уличное освещение")

ROWS = [
    ("en", REFORMS, "street lighting and free schools", True),
    ("en", REFORMS, "street lighting was introduced, and free schools", True),
    ("en", REFORMS, "they brought in street lighting and free schools", True),
    ("en", REFORMS, "street lighting was abolished, and free schools", False),
    ("en", REFORMS, "the council scrapped the street lighting, and free schools", False),
    ("en", REFORMS, "street lighting was banned, and free schools", False),
    ("en", REFORMS, "street lighting was never built, and free schools", False),
    ("en", REFORMS, "street lighting was not introduced, and free schools", False),
    ("en", ENDED, "street tolls were abolished, and the night watch", True),
    ("en", ENDED, "they ended street tolls and the night watch", True),
    ("ru", RU, "уличное освещение и бесплатные школы", True),
    ("ru", RU, "уличное освещение ввели, и бесплатные школы", True),
    ("ru", RU, "уличное освещение отменили, и бесплатные школы", False),
    ("ru", RU, "ликвидировали уличное освещение, и бесплатные школы", False),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_thing_done_away_with_is_not_made(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right


TIES = _list("Name two results of the Velm treaty.", "trade links", "a shared coinage", "open borders")


@pytest.mark.parametrize(("answer", "right"), [
    ("close trade links and a shared coinage", True),  # "close" of ties, no deed of ending
    ("trade links were closed, and a shared coinage", False),
])
def test_a_verb_of_ending_is_a_past_deed(answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(TIES,))
    assert Grader.for_pack(pack).grade(TIES, answer).correct is right
