"""A choice answered in a sentence of the learner's own that says half an option's words or more and no word of any
other option picks that option ("they blew up houses with gunpowder" for "gunpowder firebreaks"), unless it denies
it ("the gunpowder was never used"). Found as a learner in the app on an instructor's pack of the lead's own (it
was "Pick one option: its letter or its text"). Invented cards, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

FIRE = Card(id="c", section="s", kind="choice", prompt="What helped stop the mill fire?",
            options=("rain", "gunpowder firebreaks", "the river flooding"), answer="gunpowder firebreaks")
RU = Card(id="c", section="s", kind="choice", prompt="Что помогло остановить пожар на мельнице?",
          options=("дождь", "пороховые просеки", "разлив реки"), answer="пороховые просеки")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (FIRE, "they blew up houses with gunpowder", True),
    (FIRE, "blowing up the houses with gunpowder", True),
    (FIRE, "the gunpowder was never used", False),
    (FIRE, "it rained for hours", False),
    (FIRE, "they blew up houses with gunpowder before the rain came", False),  # a word of another option too
    (RU, "взорвали дома, получились просеки", True),
    (RU, "пошёл сильный дождь", False),
])
def test_an_option_said_in_a_sentence(card, answer, right):
    grader = Grader(language="ru" if card is RU else "en")
    assert grader.grade(card, answer).correct is right
