""""Why did X want Y?" is answered in the voice of the one who acted: a passage that gives the reason only inside
what someone else suspected, claimed or accused X of gives way to a passage that gives a reason itself; with no such
passage it still answers. Invented notes (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.motives_en import imputed
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("text", "imputes"), [
    ("Many weavers suspected that the millers wanted cheap grain only so that they could cut pay.", True),
    ("The guild claimed that the millers wanted cheap grain.", True),
    ("The mayor accused the millers of hoarding grain.", True),
    ("Dear grain meant that millers had to pay higher wages.", False),
    ("The millers wanted cheap grain because dear grain raised wages.", False),
])
def test_a_motive_imputed_by_another(text, imputes):
    assert imputed(text) is imputes


NOTES = ("Dear grain forced the millers of Vell to pay their carters higher wages, because carters had to buy bread.\n"
         "Many weavers suspected that the millers of Vell wanted cheap grain only so that they could cut pay.\n"
         "The weavers of Vell met in the old hall.\n")


def test_the_reason_in_its_own_voice_answers() -> None:
    tutor = tutor_on(NOTES, "Grain", section_title="Grain")
    reply = tutor.ask("why did the millers of vell want cheap grain")
    assert reply.kind == "answer" and "higher wages" in reply.sentences[0]


def test_what_others_suspected_still_answers_when_nothing_else_does() -> None:
    tutor = tutor_on(NOTES.split("\n", 1)[1], "Grain", section_title="Grain")
    assert says(tutor, "why did the millers of vell want cheap grain", "cut pay")
