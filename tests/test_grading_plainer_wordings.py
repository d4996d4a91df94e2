"""Plainer wordings that say the same (English): a participle of writing or saying before "in" and a language adds
nothing ("the same decree in Greek" makes "the same decree was also written in Greek"), and the members of a body a
possessor leads are his ("Napoleon's soldiers" for "soldiers of Napoleon's army"), and a thing made or invented is
new ("he invented a new bullet" made by "the old muskets could not fire the bullet he invented"; also in Russian,
"изобрёл новую пулю"); another language, another possessor, other members or a word of the point left out still
fail (`grading.plainer`). Invented cards on a railway's history, a siege and a gunsmith."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.plainer import plainer_wordings
from tests.cards import explain, short

DECREE = explain("the same timetable was also printed in Welsh", prompt="What was on the back of the poster?")
CREW = short("sailors of Drake's fleet", "English sailors", prompt="Who burned the mill at the harbour?")
SPOKEN = explain("the announcements were spoken in Gaelic", prompt="What changed at the stations in 1920?")
BULLET = explain("he had invented a new bullet", prompt="What had the gunsmith done?")

ROWS = [
    (DECREE, "the same timetable in Welsh", True),
    (DECREE, "the same timetable, printed in Welsh", True),
    (DECREE, "the same timetable in English", False),  # another language
    (DECREE, "a different timetable in Welsh", False),
    (DECREE, "a timetable in Welsh", False),  # "the same" left out
    (CREW, "Drake's sailors", True),
    (CREW, "drake's sailors", True),
    (CREW, "the sailors of Drake", True),
    (CREW, "Raleigh's sailors", False),  # another possessor
    (CREW, "Drake's soldiers", False),  # other members
    (CREW, "Drake's fleet", False),  # the body, not its members
    (SPOKEN, "announcements in Gaelic", True),
    (SPOKEN, "announcements in Welsh", False),
    (BULLET, "he invented a bullet", True),
    (BULLET, "the old muskets were too weak to fire the bullet he invented", True),
    (BULLET, "he bought a bullet", False),  # no verb of making
    (BULLET, "he did not invent a bullet", False),
]


@pytest.mark.parametrize(("card", "answer", "right"), ROWS)
def test_plainer_wordings_of_a_right_one(card, answer, right):
    assert Grader().grade(card, answer).correct is right


@pytest.mark.parametrize(("wording", "code", "plainer"), [
    ("the same timetable was also printed in Welsh", "en", ["the same timetable in Welsh"]),
    ("sailors of Drake's fleet", "en", ["sailors of Drake's"]),
    ("the fleet of Drake's sailors", "en", []),  # no members before a body
    ("sailors of Drake's ship", "en", []),  # a ship is no body of people
    ("the letter was written in pencil", "en", []),  # no language
    ("декрет был написан на греческом", "ru", []),  # English only
    ("he had designed a new bridge", "en", ["he had designed a bridge"]),
    ("they built new roads and a new school", "en", ["they built roads and a new school"]),  # right after the verb
    ("the new bridge was designed by him", "en", []),  # no verb before it
    ("он изобрёл новую пулю", "ru", ["он изобрёл пулю"]),
    ("новая пуля была тяжелее", "ru", []),
])
def test_plainer_wordings(wording, code, plainer):
    assert list(plainer_wordings((wording,), code)) == plainer


@pytest.mark.parametrize("code", ["en", "ru"])
def test_a_cards_plainer_wordings_are_read_once(monkeypatch, code):
    """(issue #11) a card's wordings are asked for their plainer ones for every answer: read once, the same ones."""
    from studybot.core.grading import plainer

    wordings = ("he had designed a new bridge", "sailors of Drake's fleet") if code == "en" \
        else ("он изобрёл новую пулю",)
    fresh = list(plainer_wordings(wordings, code))
    read = []
    made = plainer._made_new
    monkeypatch.setattr(plainer, "_made_new", lambda wording, code: read.append(wording) or made(wording, code))
    for _ in range(3):
        assert list(plainer_wordings(wordings, code)) == fresh
    assert read == []  # (read when first asked, above: never again)
