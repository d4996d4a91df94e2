"""The points of the compass between the eight written by their letters, as maps and weather reports write them:
"WSW" is "west-south-west", "ЮЗ" "юго-запад", "ССВ" "северо-северо-восток" (`lexicon_compass.COMPASS_ABBREVIATIONS`,
read with the language's abbreviations), on a choice card and a short one; another point's letters stay another
point. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

EN_WINDS = ("west-south-west", "east-north-east", "north-north-west", "south")
RU_WINDS = ("юго-запад", "северо-северо-восток", "восток-северо-восток", "север")


def _choice(options: tuple[str, ...], answer: str) -> Card:
    return Card(id="o", section="s", kind="choice", prompt="Which way did the gale blow from?", answer=answer,
                options=options)


def _grade(card: Card, given: str, language: str) -> bool:
    pack = Pack(id="p", title="p", language=language, cards=(card,), sections=(Section(id="s", title="N", notes="x."),))
    return Grader.for_pack(pack).grade(card, given).correct


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("west-south-west", "WSW", True),
    ("west-south-west", "wsw", True),
    ("west-south-west", "ENE", False),
    ("east-north-east", "ENE", True),
    ("north-north-west", "NNW", True),
    ("north-north-west", "WSW", False),
])
def test_english_choice(answer, given, right):
    assert _grade(_choice(EN_WINDS, answer), given, "en") is right


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("юго-запад", "ЮЗ", True),
    ("юго-запад", "юз", True),
    ("юго-запад", "ССВ", False),
    ("северо-северо-восток", "ССВ", True),
    ("восток-северо-восток", "ВСВ", True),
    ("восток-северо-восток", "ЮЗ", False),
])
def test_russian_choice(answer, given, right):
    assert _grade(_choice(RU_WINDS, answer), given, "ru") is right


GALE = Card(id="c", section="s", kind="short", prompt="Where did the gale blow from?",
            answer="from the west-south-west")
SHTORM = Card(id="c", section="s", kind="short", prompt="Откуда дул шторм?", answer="с юго-запада")


@pytest.mark.parametrize(("card", "given", "language", "right"), [
    (GALE, "WSW", "en", True),
    (GALE, "from the WSW", "en", True),
    (GALE, "ENE", "en", False),
    (SHTORM, "с ЮЗ", "ru", True),
    (SHTORM, "ЮЗ", "ru", True),
    (SHTORM, "СЗ", "ru", False),
])
def test_short_answers(card, given, language, right):
    assert _grade(card, given, language) is right
