"""Adverbs a learner adds to a question for emphasis ("when was it finally completed?", "who really paid?", "what
did it eventually become?") say nothing of what is asked: they are framing, as "exactly" and "actually" are, not
rare words that no passage holds. Invented notes, no pack's words.
"""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def dam():
    return tutor_on(
        "Work on the Orvel dam began in 1921, paid for by the town of Marsk.\n"
        "Building stopped in 1923 for lack of money, and the half-built wall stood empty for years.\n"
        "A new company completed the dam in 1930, and the valley behind it filled with water in two years.\n"
        "\n"
        "The lake drowned the old village of Hesk, whose church tower can still be seen in dry summers.",
        "The Orvel dam")


@pytest.mark.parametrize(("question", "fact"), [
    ("when was the orvel dam finally completed?", "1930"),
    ("When was the Orvel dam ultimately completed", "1930"),
    ("when did building on the dam really stop?", "1923"),
])
def test_an_adverb_of_emphasis_frames_the_question(dam, question, fact):
    assert says(dam, question, fact)


@pytest.mark.parametrize("question", ["when was the dam finally blown up?", "who really designed the dam?",
                                      "when did the town of Marsk finally get a railway station?",
                                      "who really owned the new company?"])
def test_what_the_notes_do_not_say_is_still_declined(dam, question):
    assert dam.ask(question).kind == "decline"
