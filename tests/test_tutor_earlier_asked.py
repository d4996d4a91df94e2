"""A question that closes on "earlier" / "before" / "раньше" ("did anyone try to raise the wheel earlier?", "пытались
ли поднять колокол раньше?") asks of an earlier event, which the notes tell by its own time ("under Queen Anne", "при
Екатерине II"): the adverb is no word the notes must say (round 60, the lead's own pack declined it). A comparison
("раньше часовни") keeps it. Each row: invented notes, a question, the fact a teacher expects, or None."""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

WHEEL = ("The mill was built in 1760 by John Ames. Workers tried to raise its sunken wheel under Queen Anne, but "
         "failed.\n\nIn 1836 the engineer Paul Dunn raised the wheel in 42 minutes.")
BELL = ("Колокол отлили в 1735 году. Его пытались поднять при Екатерине II, но безуспешно.\n\n"
        "В 1836 году инженер Павел Дунин поднял колокол за 42 минуты.")
BARN = "The barn was built in 1760 by John Ames. It has two doors."
SHED = "Сарай построили в 1760 году. В нём две двери."

ROWS = [
    ("en", WHEEL, "did anyone try to raise the wheel earlier?", "Queen Anne"),
    ("en", WHEEL, "Had they tried to raise the wheel before?", "Queen Anne"),
    ("en", WHEEL, "was the wheel ever raised before?", "raised the wheel"),
    ("en", BARN, "did anyone try to raise the wheel earlier?", None),
    ("ru", BELL, "пытались ли поднять колокол раньше?", "Екатерине II"),
    ("ru", BELL, "Пытались ли колокол поднять ранее?", "Екатерине II"),
    ("ru", BELL, "поднимали ли колокол до этого?", "поднял колокол"),
    ("ru", SHED, "пытались ли поднять колокол раньше?", None),
]


@pytest.mark.parametrize(("language", "notes", "question", "fact"), ROWS, ids=[r[2] for r in ROWS])
def test_a_closing_earlier_is_no_word_the_notes_must_say(language, notes, question, fact):
    tutor = tutor_on(notes, "Notes", language=language)
    assert tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)
