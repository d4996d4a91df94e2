"""The same in a Russian answer: "США", "Соединённые Штаты" (in any case) and "Америка" name one country, as a fair
teacher reads them (`lexicon_countries`, read as the pack's aliases when its texts name the country); a continent
("в Южную Америку", "Латинская Америка") is no "Америка", and another country stays wrong. A place the answer adds
("у Детройта") is not read as put in place of the country the question names. An invented pack (an engineer's
travels)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = ("Инженер Павел Горев в 1912 году уехал в США и работал на заводе в Детройте. "
         "В 1920 году он вернулся во Францию.")
CARDS = (
    Card(id="where", section="s", kind="short", prompt="Куда уехал Горев в 1912 году?", answer="в США"),
    Card(id="which", section="s", kind="choice", prompt="Куда уехал Горев в 1912 году?", answer="в США",
         options=("в Германию", "в США", "во Францию", "в Японию")),
    Card(id="who", section="s", kind="short", prompt="Какой инженер из Франции работал на заводе в США?",
         answer="Павел Горев"),
)
GRADER = Grader.for_pack(Pack(id="p", title="p", sections=(Section(id="s", title="s", notes=NOTES),), cards=CARDS,
                              language="ru", aliases={"Детройт": ("Детройта", "Детройте")}))
BY_ID = {card.id: card for card in CARDS}


@pytest.mark.parametrize(("card", "given", "right"), [
    ("where", "в США", True),
    ("where", "в Соединённые Штаты", True),
    ("where", "в Соединенных Штатах", True),
    ("where", "в Америку", True),
    ("where", "Америка", True),
    ("where", "во Францию", False),
    ("where", "в Южную Америку", False),  # a continent
    ("where", "в Латинскую Америку", False),
    ("which", "в Америке", True),
    ("which", "Соединённые Штаты", True),
    ("which", "в Северную Америку", False),
    ("which", "во Францию", False),
    ("who", "Павел Горев из Детройта", True),  # a place the answer adds, not in place of "США"
    ("who", "Горев", True),
])
def test_a_country_by_its_other_name_in_russian(card, given, right):
    assert GRADER.grade(BY_ID[card], given).correct is right
