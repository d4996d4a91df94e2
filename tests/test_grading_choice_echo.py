"""A choice answered with nothing but its question's own words ("glycolysis" for "Where does glycolysis take
place?", "whose team launched it" for "Whose team launched the probe?") picks no option, however the notes tie the
question's words to one (`asked_kind.prompt_only`); an option's own words said alone pick it, though the question
names them too ("the USSR" for "Was it the USA or the USSR ...?"). Invented packs."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

NOTES = ("The probe Vela-2 was launched by the team of Ines Marlow, which worked for the navy. "
         "Fermentation runs in the cytoplasm of the cell.")


def _grade(prompt: str, options: tuple[str, ...], answer: str, given: str) -> bool:
    card = Card(id="c", section="s", kind="choice", prompt=prompt, options=options, answer=answer,
                explanation="So the notes say.")
    pack = Pack(id="p", title="p", cards=(card,), sections=(Section(id="s", title="Probes", notes=NOTES),))
    return Grader.for_pack(pack).grade(card, given).correct


PROBE = ("Whose team launched the probe Vela-2?", ("Ines Marlow", "Otto Brenn", "Lea Sand"), "Ines Marlow")
WHERE = ("Where in the cell does fermentation run?", ("In the nucleus", "In the cytoplasm"), "In the cytoplasm")
RIVALS = ("Was it the USA or the USSR that launched the probe first?", ("the USA", "the USSR"), "the USSR")


@pytest.mark.parametrize(("question", "given", "right"), [
    (PROBE, "whose team launched the probe Vela-2", False),  # the question said again
    (PROBE, "the team that launched Vela-2", False),
    (PROBE, "the team", False),  # the words the notes put before "Ines Marlow", but the question's own
    (PROBE, "team", False),
    (PROBE, "Marlow", True),
    (PROBE, "Marlow's team", True),
    (WHERE, "fermentation", False),
    (WHERE, "in the cytoplasm", True),
    (WHERE, "cytoplasm", True),
    (RIVALS, "the USSR", True),  # an option's words, though the question names them
    (RIVALS, "USA", False),
])
def test_the_question_said_again_picks_no_option(question: tuple, given: str, right: bool) -> None:
    prompt, options, answer = question
    assert _grade(prompt, options, answer, given) is right
