"""A choice answer that gives the words of two options of sentences, joined by "and" ("it delayed the harvest and
ruined the harvest"), picks none, as a letter list "b and c" does; an answer whose "and" joins the parts of one option
("exports fell and imports grew" for "Exports fell while imports grew"), or adds a thing no option says, still picks
its option. Invented cards, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

FROST = Card(id="c", section="s", kind="choice", prompt="What did the frost of 1820 do in the Orlen valley?",
             options=("It flooded the mills", "It delayed the harvest", "It ruined the harvest",
                      "It closed the mountain roads"),
             answer="It delayed the harvest")
TRADE = Card(id="c", section="s", kind="choice", prompt="What happened to the trade of Velmar after the toll of 1702?",
             options=("Exports of salt fell", "Exports of salt fell while imports of cloth grew",
                      "Imports of cloth stopped", "Nothing changed at all"),
             answer="Exports of salt fell while imports of cloth grew")
RU = Card(id="c", section="s", kind="choice", prompt="Что сделали заморозки 1820 года в долине Орлен?",
          options=("Затопили мельницы", "Задержали сбор урожая", "Погубили весь урожай", "Закрыли горные дороги"),
          answer="Задержали сбор урожая")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (FROST, "it delayed the harvest and ruined the harvest", False),
    (FROST, "it ruined the harvest and delayed the harvest", False),
    (FROST, "it delayed the harvest and closed the mountain roads", False),
    (FROST, "b and c", False),
    (FROST, "it delayed the harvest", True),
    (FROST, "b", True),
    (TRADE, "exports of salt fell and imports of cloth grew", True),
    (TRADE, "exports of salt fell while imports of cloth grew", True),
    (TRADE, "exports of salt fell and imports of cloth stopped", False),
    (RU, "задержали сбор урожая и погубили весь урожай", False),
    (RU, "закрыли горные дороги и задержали сбор урожая", False),
    (RU, "задержали сбор урожая", True),
])
def test_two_options_words_pick_none(card: Card, answer: str, right: bool) -> None:
    verdict = Grader(language="ru" if card is RU else "en").grade(card, answer)
    assert verdict.correct is right, verdict.trace
