""""Broke out" is the English two-word verb of a beginning (`lexicon_phrasal`): "When did the war start?" or "Where
did the fire begin?" is answered by "The war ... broke out in 1652", not by another sentence naming the war and a
year, nor declined. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

FIRE = ("The great fire of Vell broke out in the mill of Amos Penn on 3 May 1701.\n\n"
        "The fire burned for three days.\n\nA memorial to the great fire of Vell was built between 1710 and 1712.")
WAR = ("The war between Vell and Dorn broke out in 1652.\n\nThe war of Vell and Dorn ended in 1660 with the treaty of "
       "Tarn.\n\nA history of the war between Vell and Dorn was written in 1702.")


@pytest.mark.parametrize(("notes", "question", "fact"), [
    (FIRE, "When did the great fire of Vell start?", "3 May 1701"),
    (FIRE, "Where did the fire start?", "mill of Amos Penn"),
    (FIRE, "When did the great fire of Vell begin?", "3 May 1701"),
    (WAR, "When did the war between Vell and Dorn start?", "1652"),
    (WAR, "When did the war between Vell and Dorn begin?", "1652"),
])
def test_broke_out_says_when_and_where_a_thing_began(notes, question, fact):
    assert says(tutor_on(notes, "Vell"), question, fact)


@pytest.mark.parametrize(("notes", "question", "fact"), [
    (WAR, "When did the war between Vell and Dorn end?", "1660"),
    (FIRE, "When was the memorial to the great fire built?", "1710"),
])
def test_other_events_are_answered_as_before(notes, question, fact):
    assert says(tutor_on(notes, "Vell"), question, fact)
