"""English asks a figure per unit of time by "how fast (much, many) ... each year (a day, per hour)?" or "annually": a
passage whose figure is a span of time or a figure of another kind does not answer it, one saying a rate does
(`tutor.rates_asked`). Shown on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.rates_asked import rate_unsaid
from tests.notes import says, tutor_on

SPAN = """\
Reed beds grow along the shore of Lake Vell.
With warm water and plenty of light, fast-growing reeds can cover a bare shore of Lake Vell in 3 to 5 years; \
slow-growing sedges take far longer.
Herons nest in the reed beds of Lake Vell every spring.
"""
RATE = SPAN + "In summer the reeds of Lake Vell grow by about 2 metres a year.\n"
QUESTIONS = ["How fast do reeds grow each year?", "How fast do the reeds of Lake Vell grow per year?",
             "How much do reeds grow each year?", "How fast do reeds grow annually?"]


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_rate_asked_is_declined_without_a_rate(question):
    assert tutor_on(SPAN, "Lake Vell").ask(question).kind == "decline"


@pytest.mark.parametrize("question", QUESTIONS)
def test_a_rate_asked_is_answered_by_a_rate(question):
    assert says(tutor_on(RATE, "Lake Vell"), question, "2 metres a year")


def test_a_question_asking_no_rate_is_answered_by_the_span():
    assert says(tutor_on(SPAN, "Lake Vell"), "How fast do reeds grow?", "in 3 to 5 years")


@pytest.mark.parametrize(("question", "text", "unsaid"), [
    ("how fast does the glacier move each year?", "The glacier has retreated 2 km since 1950.", True),
    ("how fast does the glacier move each year?", "The glacier moves 30 metres a year.", False),
    ("how many boats cross the strait a day?", "Some 40 boats cross the strait every day.", False),
    ("how many boats cross the strait a day?", "The strait is 40 km wide.", True),
    ("how many pilgrims come annually?", "Pilgrims come every spring, some 3,000 of them.", False),
    ("how many pilgrims come annually?", "Every May some 3,000 pilgrims come.", False),
    ("how many pilgrims come annually?", "The shrine holds 3,000 pilgrims.", True),
    ("how many pilgrims came in a year?", "The shrine holds 3,000 pilgrims.", False),  # a span asked, no rate
    ("how many pilgrims came to the shrine for a week?", "The shrine holds 3,000 pilgrims.", False),
    ("how many pilgrims fit in the shrine?", "The shrine holds 3,000 pilgrims.", False),  # no time asked
    ("when did the glacier move each year?", "In 1950.", False),  # no figure asked
])
def test_rate_unsaid(question, text, unsaid):
    tutor = tutor_on(SPAN, "Lake Vell")
    asked = tutor.analyser.question(question, question)
    assert asked is not None and rate_unsaid(asked, text, "en") is unsaid
