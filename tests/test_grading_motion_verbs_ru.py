"""A Russian verb of going, riding or leading in its forms made on other roots (`ru_motion`): "шёл" / "идёт" / "шли"
/ "идти", "ехал" / "едет", "вёл" / "ведёт", "пошли" / "пойдут", "уехали" / "уезжают", "привёл" / "приведёт" /
"приводит" are one verb, which Snowball gives several stems. A rule of Russian conjugation (suppletive and
alternating stems of the common verbs of motion), no word of a text. "ходить" and "ездить" (going to and fro) stay
other verbs than "идти" and "ехать", going is no riding, another prefix another way, and a negation or another
direction still fails the point. Invented subjects (no pack's words)."""

from __future__ import annotations

import pytest
import Stemmer

from studybot.core import ru_motion
from studybot.core.grading import Grader
from studybot.core.ru_motion import motion_pair
from tests.cards import one_point

RU = Grader(language="ru")

CARAVAN = one_point("караван шёл на север", "Куда двигался караван?")
CARAVANS = one_point("караваны идут на север", "Куда двигаются караваны?")
MERCHANTS = one_point("купцы ехали в город", "Куда направлялись купцы?")
DEPARTURE = one_point("купцы уехали из города", "Что сделали купцы?")
SETTING_OFF = one_point("купцы пойдут в город", "Что сделают купцы?")
GUIDE = one_point("проводник вёл отряд через болото", "Что делал проводник?")
BROUGHT = one_point("проводник привёл отряд к реке", "Что сделал проводник?")

ROWS = [
    (CARAVAN, "караван идёт на север", True),
    (CARAVAN, "караваны шли на север", True),
    (CARAVANS, "караван шёл на север", True),
    (CARAVANS, "караваны шли на север", True),
    (MERCHANTS, "купцы едут в город", True),
    (DEPARTURE, "купцы уезжают из города", True),
    (SETTING_OFF, "купцы пошли в город", True),
    (GUIDE, "проводник ведёт отряд через болото", True),
    (BROUGHT, "проводник приведёт отряд к реке", True),
    (BROUGHT, "проводник приводит отряд к реке", True),
    (CARAVAN, "караван шёл на юг", False),  # another direction
    (CARAVAN, "караван не шёл на север", False),
    (CARAVAN, "караван ехал на север", False),  # riding is no going
    (CARAVAN, "караван ходил на север", False),  # to and fro: another verb
    (MERCHANTS, "купцы шли в город", False),
    (DEPARTURE, "купцы приезжают в город", False),  # another prefix: another way
    (BROUGHT, "проводник увёл отряд от реки", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_a_verb_of_motion_in_its_other_stems(card, given, right):
    verdict = RU.grade(card, given)
    assert verdict.correct is right, verdict.trace


# ("шёл" / "шли" also lose their root's one vowel as "лёд" / "льды" do, `ru_fleeting.fleeting_root`, and "уехали" /
# "уезжают" are both in the near-synonym group of going away, `lexicon_ru_own_words.RU_NEAR_SYNONYMS`: those rows
# are made without this rule too)
_MADE_OTHERWISE = ((CARAVAN, "караваны шли на север"), (DEPARTURE, "купцы уезжают из города"))


@pytest.mark.parametrize(("card", "given"), [(card, given) for card, given, right in ROWS
                                             if right and (card, given) not in _MADE_OTHERWISE])
def test_without_the_rule_these_answers_fail(card, given, monkeypatch):
    monkeypatch.setattr(ru_motion, "_VERBS", {k: v for k, v in ru_motion._VERBS.items()
                                              if k not in ru_motion._verbs_only() and "езжа" not in k})
    assert not Grader(language="ru").grade(card, given).correct


_STEM = Stemmer.Stemmer("russian")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("шёл", "идёт", True), ("шли", "идти", True), ("ехал", "едут", True), ("вёл", "ведут", True),
    ("пошли", "пойдёт", True), ("дошёл", "доходит", True), ("уехал", "уезжает", True), ("привёл", "приводит", True),
    ("шёл", "ходил", False), ("ехал", "ездил", False), ("вёл", "водил", False),  # to and fro: other verbs
    ("пошли", "походит", False), ("шёл", "ехал", False), ("ушёл", "пошёл", False),
    ("ехал", "еду", False),  # "еду" is also food: never read so
])
def test_the_pairs(a, b, same):
    assert motion_pair(a, _STEM.stemWord(a), b, _STEM.stemWord(b)) is same
