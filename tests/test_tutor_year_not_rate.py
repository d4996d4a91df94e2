"""A year followed by "a day", "a year" after a comma is a date and an apposition ("on 3 May 1931, a day remembered
as ...", "in 1969, a year after ..."), not a rate as "twelve times a day" or "90 km an hour" are: such a sentence
gives no figure of how often or how fast. Invented notes, no pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def valley():
    return tutor_on(
        "The storm of the Velm valley came on 3 May 1931, a day remembered as Red Tuesday.\n"
        "A wall of hail swept down the valley, and the wind blew at up to 90 km an hour.\n"
        "The Tarn ferry first sailed in 1969, a year after the old bridge at Velm closed.\n"
        "In summer the ferry crossed the river twelve times a day.", "The Velm valley")


@pytest.mark.parametrize("opening", ["The storm of the Velm valley came", "The Tarn ferry first sailed"])
def test_a_year_before_a_day_or_a_year_is_no_rate(valley, opening):
    doc = next(d for d in valley.docs if d.text.startswith(opening))
    assert "frequency" not in doc.traits.kinds


@pytest.mark.parametrize(("opening", "kind"), [("A wall of hail", "speed"), ("In summer the ferry", "frequency")])
def test_a_rate_is_still_one(valley, opening, kind):
    doc = next(d for d in valley.docs if d.text.startswith(opening))
    assert kind in doc.traits.kinds


def test_how_often_is_not_answered_by_a_year(valley):
    assert "1969" not in valley.ask("how often did the tarn ferry sail?").text
    # the rate answers; the sentence before it may be shown as what it speaks of, Red Tuesday (`tutor.given`)
    reply = valley.ask("how fast was the wind on red tuesday?")
    assert "90 km an hour" in reply.sentences[-1] and not any("1931" in s for s in reply.sentences[1:])


def test_how_often_is_answered_by_the_rate(valley):
    assert says(valley, "how often did the ferry cross the river", "twelve times a day")
