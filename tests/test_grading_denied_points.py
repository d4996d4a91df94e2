"""A keypoint made through a short accepted wording ("quarantine" of "the quarantine of the port was extended to 40
days") is not made by a clause that denies the point's own word, its negator right before the word or before its
auxiliary ("the quarantine was not extended", "wasn't extended", "has not been extended", "карантин не продлили",
"не был продлён"), nor through a wording of a figure alone by "not 10 days", "не 10 дней". A negation of another
word ("not lifted"), a purpose ("so that the fever would not spread"), or a wording that says the negation itself
still make it. Invented cards of no pack (`grading.contrasts`, `grading.counted`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def listing(prompt: str, *points: tuple[str, tuple[str, ...]]) -> Card:
    return Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(p for p, _ in points),
                keypoints=tuple(Keypoint(p, a) for p, a in points))


QUARANTINE = listing("Name the two steps the council took in spring.",
                     ("the quarantine of the port was extended to 40 days", ("quarantine", "forty days", "extended")),
                     ("the guild tax was raised", ("guild tax", "tax raised")))
KARANTIN = listing("Назовите два шага совета весной.",
                   ("карантин в порту продлили до 40 дней", ("карантин", "сорок дней", "продлили")),
                   ("цеховой налог повысили", ("цеховой налог", "налог повысили")))
GRANTS = listing("What did the two reviews find?",
                 ("the grants were too small to be decisive", ("too small", "not decisive")),
                 ("the schools were rebuilt", ("schools rebuilt",)))
GOATS = listing("Why were the goats penned in spring?",
                ("the goats would eat the young vines", ("goats",)),
                ("the lambs needed the pasture", ("lambs",)))
PLOTINA = listing("Зачем мельник закрыл шлюз?", ("вода размыла бы плотину", ("плотина", "размыть")))
FAIR = listing("How long did the fair last?", ("the fair lasted ten days, Sundays excepted", ("ten days",)))
YARMARKA = listing("Сколько шла ярмарка?", ("ярмарка шла десять дней", ("десять дней",)))

ROWS = [
    ("en", QUARANTINE, "the quarantine was extended; the guild tax was raised", True),
    ("en", QUARANTINE, "the quarantine was not extended; the guild tax was raised", False),
    ("en", QUARANTINE, "the quarantine wasn't extended, guild tax raised", False),
    ("en", QUARANTINE, "the quarantine was never extended; guild tax raised", False),
    ("en", QUARANTINE, "the quarantine has not been extended; guild tax raised", False),
    ("en", QUARANTINE, "the quarantine not extended; guild tax raised", False),
    ("en", QUARANTINE, "the quarantine was extended, not lifted; guild tax raised", True),
    ("en", QUARANTINE, "the quarantine, not lifted, guild tax raised", True),
    ("en", QUARANTINE, "the quarantine was extended so that the fever would not spread; guild tax raised", True),
    # a wording of the point that says a negation ("not decisive") is met by a denial in the answer
    ("en", GRANTS, "the grants were not decisive; the schools were rebuilt", True),
    # a purpose that the thing not happen is no denial of it
    ("en", GOATS, "so that the goats would not eat the young vines, and the lambs had the pasture", True),
    ("ru", PLOTINA, "чтобы плотину не размыло", True),
    # a wording of a figure alone, denied right before the figure
    ("en", FAIR, "10 days", True),
    ("en", FAIR, "not 10 days", False),
    ("en", FAIR, "never 10 days", False),
    ("ru", YARMARKA, "10 дней", True),
    ("ru", YARMARKA, "не 10 дней", False),
    ("ru", KARANTIN, "карантин продлили, налог повысили", True),
    ("ru", KARANTIN, "карантин не продлили; цеховой налог повысили", False),
    ("ru", KARANTIN, "карантин не был продлён, налог повысили", False),
    ("ru", KARANTIN, "карантин так и не продлили, налог повысили", False),  # "так и не": never, in the end
    ("ru", KARANTIN, "карантин, а не запрет; налог повысили", True),
    ("ru", KARANTIN, "карантин продлили, чтобы зараза не распространилась, налог повысили", True),
]


@pytest.mark.parametrize(("lang", "card", "answer", "right"), ROWS)
def test_a_point_denied_is_not_made(lang, card, answer, right):
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    assert Grader.for_pack(pack).grade(card, answer).correct is right
