"""A run of capitalised words that opens with the word for a country's people or things ("Soviet Karelia", "French
Guiana", "American Samoa") names a place or a thing, never a person, as a person's name never opens so
(`country_names.demonym_stems`, `names`); such a word later in a name leaves it a person's ("John French"). So a
question naming it ("who did the Soviet report blame?") does not ask about a person the answer must name. Invented
notes."""

from __future__ import annotations

import pytest

from studybot.core.tutor.names import find_names
from studybot.core.tutor.words import Words
from tests.notes import tutor_on


@pytest.mark.parametrize(("text", "persons", "not_persons"), [
    ("The mill stood in the north of Soviet Karelia, near the lake.", set(), {"soviet", "karelia"}),
    ("The ships sailed on to French Guiana and then home.", set(), {"french", "guiana"}),
    ("The island of American Samoa lies far to the south.", set(), {"american", "samoa"}),
    ("Later John French led the army across the river.", {"john", "french"}, set()),  # a surname, not an opening
    ("Later Anna Holm ran the mill by the river.", {"anna", "holm"}, set()),
])
def test_a_name_opening_with_a_word_for_a_people_is_no_persons(text: str, persons: set[str],
                                                                 not_persons: set[str]) -> None:
    words = Words("en")
    found = find_names([text, "The river was wide."], words).persons
    assert {words.name_stem(p) for p in persons} <= found
    assert not {words.name_stem(p) for p in not_persons} & found


NOTES = ("The Osk plant stood in the north of Soviet Karelia, near Lake Vygo.\n\n"
         "In May 1979 a fire broke out in the boiler hall. "
         "In June 1979 the minister presented the Soviet report to the commission in Geneva. "
         "The report blamed mainly the night crew for breaking the rules, though Ivan Petrov also spoke of poor "
         "valves.\n")


def test_the_report_of_a_people_is_not_asked_of_as_a_person() -> None:
    tutor = tutor_on(NOTES, "The Osk fire", section_title="The Osk fire")
    reply = tutor.ask("who did the Soviet report blame?")
    assert reply.kind == "answer"
    assert "night crew" in " ".join(reply.sentences)
