""""What was special / unusual about X?" asks what the text tells of X: the adjective frames the question, it names
nothing a passage must say (a light word of `lexicon_tutor`). English, on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

NOTES = """\
The first bridge at Harwick was a wooden one, built in 1760.
In 1821 a flood on the Kell swept the bridge away.
In 1822 the town rebuilt the Harwick bridge in cast iron, the first iron bridge in the county.
The new bridge carried the coach road to Lenby.
The coach road was paved in 1840.
"""

TUTOR = tutor_on(NOTES, "Roads of the county")


@pytest.mark.parametrize("question", [
    "What was special about the Harwick bridge of 1822?",
    "What was unusual about the Harwick bridge built in 1822?",
])
def test_what_is_special_about_x_is_what_the_text_tells_of_x(question: str) -> None:
    assert says(TUTOR, question, "the first iron bridge in the county"), TUTOR.ask(question).text


def test_a_thing_the_text_does_not_tell_of_is_still_declined() -> None:
    assert TUTOR.ask("What was special about the Harwick bridge of 1830?").kind == "decline"
