"""General Russian a learner's own words put for a text's wording (round 54, issue #11; `lexicon_ru_own_words`): a
price's set phrases ("теряло в цене" is "дешевело", "выросло в цене" "подорожало"), a thing "превратился в пар"
evaporated, a river "вышла из берегов" flooded, a delay said as being late ("с опозданием" / "задержка"), and
"ругали" for "критиковали". Beside them, traps that stay wrong: the other way, another state, another measure."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import one_point

RU = Grader(language="ru")


@pytest.mark.parametrize(("point", "given", "right"), [
    ("медь дешевела", "медь теряла в цене", True),
    ("медь дешевела", "медь падала в цене", True),
    ("медь подешевела", "медь упала в цене", True),
    ("медь дорожала", "медь росла в цене", True),
    ("медь дешевела", "медь росла в цене", False),
    ("медь дешевела", "медь теряла в весе", False),
    ("роса испарилась", "роса превратилась в пар", True),
    ("роса испарилась", "роса превратилась в лёд", False),
    ("роса растаяла", "роса превратилась в пар", False),
    ("ручьи разлились", "ручьи вышли из берегов", True),
    ("ручьи обмелели", "ручьи вышли из берегов", False),
    ("задержка письма", "письмо пришло с опозданием", True),
    ("посылка пришла с задержкой", "посылка пришла с опозданием", True),
    ("задержка письма", "письмо пришло без опоздания", False),
    ("газеты критиковали мэра", "газеты ругали мэра", True),
    ("газеты критиковали мэра", "газеты хвалили мэра", False),
])
def test_own_words(point: str, given: str, right: bool) -> None:
    card = one_point(point, "Что случилось?")
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
