"""A name opening with a compass adjective or ending in "Isles" ("Eastern Scheldt", "Northern Ireland", "Scilly
Isles") names a place, as one with "North" or "Island" does, not a person: "who opened the Eastern X barrier?" is then
answered by "Queen Y opened it ...", which need not repeat the place as it would a person asked about. Invented notes,
no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def barrier() -> Tutor:
    return tutor_on(
        "The Eastern Varn was a wide tidal inlet on the coast of Ostria.\n"
        "In 1961 the engineers began a barrier of 40 gates across the Eastern Varn.\n"
        "The barrier was finished in 1972 after storms had delayed the work.\n"
        "Queen Ildra opened it on 3 May 1973 before a crowd of fishermen.\n"
        "\n"
        "Ferries from the Marl Isles and from Northern Ostria still cross the inlet every day.\n", "The Varn barrier")


@pytest.mark.parametrize(("question", "fact"), [
    ("who opened the eastern varn barrier?", "Queen Ildra"),
    ("Who opened the Eastern Varn barrier?", "Queen Ildra"),
])
def test_a_compass_name_is_no_person_the_answer_must_repeat(barrier: Tutor, question: str, fact: str) -> None:
    assert says(barrier, question, fact)


def test_place_names_are_not_read_as_people(barrier: Tutor) -> None:
    persons = barrier.library.names.persons
    assert not {"eastern", "varn", "northern", "ostria", "marl", "isl"} & persons


@pytest.mark.parametrize("question", [
    "who built the ferries of the marl isles?",
    "who designed the eastern varn barrier?",
])
def test_what_the_notes_do_not_say_is_still_declined(barrier: Tutor, question: str) -> None:
    assert barrier.ask(question).kind == "decline"
