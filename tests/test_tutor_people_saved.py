"""Nouns for the people an event befalls ("survivors", "passengers", "victims", "prisoners", "pilgrims") are nouns
for people: they answer "who did X rescue / carry / free?" as "soldiers" or "villagers" do; a thing does not.
General words only; invented notes (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.people_nouns import people_noun
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.mark.parametrize(("word", "people"), [
    ("survivors", True), ("passengers", True), ("victims", True), ("prisoners", True), ("keepers", True),
    ("pilgrims", True), ("refugees", True), ("travellers", True),
    ("barrels", False), ("lanterns", False), ("storms", False),
])
def test_nouns_for_the_people_an_event_befalls(word: str, people: bool) -> None:
    words = Words("en")
    assert people_noun(word, words.lang.stem(word), words) is people


NOTES = ("Mara Quill, the daughter of a miller, rowed out in a gale in 1821 to rescue six survivors of the barge Wren."
         "\nMara Quill later ran the mill herself.\nThe barge Tern carried forty barrels of salt.\n")


def test_who_did_she_rescue_is_answered_by_the_survivors() -> None:
    tutor = tutor_on(NOTES, "The mill", section_title="The mill")
    assert says(tutor, "who did mara quill save", "six survivors")
    assert says(tutor, "who did mara quill rescue", "six survivors")


def test_what_names_no_people_still_answers_no_who() -> None:
    tutor = tutor_on(NOTES, "The mill", section_title="The mill")
    assert tutor.ask("who did the barge tern carry").kind == "decline"
