"""An English name that ends in a day of the week names a day or an event ("Black Sunday"), never a person, though
the pack writes its words capitalised only: a passage that goes on about it by "It" answers a question about it, as
it does of any thing (a person asked about must be named in the passage itself). Not a month or a season, which are
surnames too ("Theresa May"). (`tutor.thing_names.names_a_time`, read by `tutor.names`.) Notes of our own (a flood)."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

FLOOD = """\
Grey Monday was Monday, 3 March 1902, the day of the great flood on the Tarrow.
It is thought to have carried about 40,000 tons of silt out to sea.
After Grey Monday the town built a sea wall.
"""


@pytest.fixture(scope="module")
def flood():
    tutor = tutor_on(FLOOD, "A flood")
    yield tutor
    tutor.close()


def test_a_day_named_is_no_person(flood):
    persons = flood.library.names.persons
    assert not {"grey", "monday"} & persons


def test_a_passage_going_on_about_the_day_answers(flood):
    assert says(flood, "how much silt did grey monday carry?", "40,000 tons")


@pytest.mark.parametrize(("run", "a_time"), [
    (("black", "sunday"), True),
    (("ash", "wednesday"), True),
    (("theresa", "may"), False),
    (("tom", "winter"), False),
    (("sunday",), False),  # one word: a name of its own
])
def test_a_name_ending_in_a_weekday_names_a_time(flood, run, a_time):
    from studybot.core.tutor.thing_names import names_a_time
    assert names_a_time(run, flood.words) is a_time
