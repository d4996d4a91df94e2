"""A season the answer adds that is not the one the card's answer names is another time (`grading.seasons`): "the
spring fair of St Brannoc" for "St Brannoc's fair in autumn" (accepted: "St Brannoc's fair"), "весенний Ильин день"
for "Ильин день осенний"; the card's own season, in any form, and no season at all stay right, and a card that
names no season (or two) takes any. Invented fairs and feasts."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = {"en": "Tenants could leave only at St Brannoc's fair in autumn. Another fair was held in the spring.",
         "ru": "Крестьяне могли уходить только в Ильин день осенний, а летом работали в поле."}
FAIR = short("St Brannoc's fair in autumn", "St Brannoc's fair", prompt="When could tenants leave?")
PLAIN = short("St Brannoc's fair", prompt="When could tenants leave?")
TWO = short("St Brannoc's fairs in spring and autumn", "St Brannoc's fairs", prompt="When could tenants leave?")
FEAST = short("Ильин день осенний (2 ноября)", "Ильин день", prompt="Когда крестьяне могли уходить?")

ROWS = [
    (FAIR, "en", "the spring fair of St Brannoc", False),
    (FAIR, "en", "St Brannoc's fair in winter", False),
    (FAIR, "en", "St Brannoc's fair", True),
    (FAIR, "en", "St Brannoc's autumn fair", True),
    (PLAIN, "en", "St Brannoc's spring fair", True),  # the card names no season
    (TWO, "en", "St Brannoc's spring fairs", True),
    (FEAST, "ru", "весенний Ильин день", False),
    (FEAST, "ru", "Ильин день летом", False),
    (FEAST, "ru", "осенний Ильин день", True),
    (FEAST, "ru", "в Ильин день осенью", True),
    (FEAST, "ru", "Ильин день", True),
]


@pytest.mark.parametrize(("card", "code", "answer", "right"), ROWS)
def test_another_season_is_another_time(card, code, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES[code]),), cards=(card,), language=code)
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
