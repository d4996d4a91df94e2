"""A span of time told by its bounds (`tutor.spans.BOUNDS`): "lasted from 3 March to 9 May 1702", "reigned from 1410 to
1436", "lasted until 1911", "led it until 1520", "kept working into the 2030s", "stayed red until summer" say how
long, so they answer "how long did X last?"; a lone date ("founded in 1702"), a clock time ("open until 6 pm"), "not
until 1911" and a figure of something else ("from 1500 to 2000 florins") do not. Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor.spans import says_span
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def fair():
    return tutor_on(
        "The Velden wool fair was first held in 1702 on the meadow below the castle.\n"
        "The great Velden siege lasted from 3 March to 9 May 1702.\n"
        "The weavers' guild of Velden lasted until 1911, longer than any other guild of the town.\n"
        "Duke Arnulf reigned over Velden from 1410 to 1436.\n"
        "Abbot Hugo was the first abbot of the abbey of Velden and led it until 1520.\n"
        "Fleeces sold at the fair for prices from 1500 to 2000 florins a cartload.", "The Velden wool fair")


@pytest.mark.parametrize("text", [
    "The siege lasted from 3 March to 9 May 1702.", "He reigned from 1410 to 1436.",
    "The guild lasted until 1911.", "The custom survived into the 1990s.", "The strike went on until May 1926.",
    "It ran from May to July.", "The abbot led the abbey until 1520.", "The mill should keep working into the 2030s.",
    "The bay stayed red until summer.", "The ice remained until the following spring.",
])
def test_bounds_say_a_span(text: str) -> None:
    assert says_span(text, "en")


@pytest.mark.parametrize("text", [
    "The fair was founded in 1702.", "The shop was open until 6 pm.", "Prices rose from 1500 to 2000 florins.",
    "They sailed from Velden to Arn in 1702.", "The population rose from one million in 1800 to two million by 1850.",
    "It was not until 1911 that the guild closed.", "The mill came into the hands of the town.",
    "Hugo Marr was mayor of Velden, in effect its chief judge, from January 1702 to March 1710.",
    "Those were hard days for the town.", "The fair opens in summer.", "He sailed until the storm.",
    "It stayed there for a bit.",
])
def test_a_date_alone_is_no_span(text: str) -> None:
    assert not says_span(text, "en")


@pytest.mark.parametrize(("question", "fact"), [
    ("How long did the great Velden siege last?", "from 3 March to 9 May 1702"),
    ("How long did the weavers' guild of Velden last?", "until 1911"),
    ("How long did Abbot Hugo lead the abbey of Velden?", "until 1520"),
])
def test_how_long_is_answered_by_the_bounds(fair, question: str, fact: str) -> None:
    assert says(fair, question, fact)
