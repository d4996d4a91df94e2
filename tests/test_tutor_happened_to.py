""""What happened to Y after X?" asks what came next, of Y (`sequels`): the passage after the one that tells of X, or
of the next few in its section the first that names Y ("The mill itself was never rebuilt." for the mill, not the
miller's story in between). English, on notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

NOTES = """\
The Harwick mill was built on the Kell in 1790.
In 1870 the miller, Tom Harker, was badly burned in a fire at the mill.
Harker recovered slowly and opened a bakery in Lenby two years later.
The mill itself was never rebuilt.
"""

TUTOR = tutor_on(NOTES, "The Harwick mill")


@pytest.mark.parametrize(("question", "fact"), [
    ("What happened to the miller after the fire?", "opened a bakery"),
    ("What happened to Tom Harker after he was burned?", "opened a bakery"),
    ("What happened to the mill after the fire?", "never rebuilt"),
])
def test_what_came_next_of_it(question: str, fact: str) -> None:
    assert says(TUTOR, question, fact), TUTOR.ask(question).text


def test_an_event_the_text_does_not_tell_is_declined() -> None:
    assert TUTOR.ask("What happened to the weir after the flood?").kind == "decline"
