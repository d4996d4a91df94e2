""""How many N VERB ...?" counts N, its head noun (a plural), not the verb after it: a figure counting others who
did the same ("11 of the boatmen drowned") does not answer "how many volunteers drowned?". A plural before another
modifies it ("how many gas molecules"), and a head that says no more than "how many" ("people") leaves the verb what
is counted ("how many people died?": the deaths). Small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.counted_heads import counted_words
from tests.notes import tutor_on

NOTES = """\
After the flood of 1881, about 4,000 volunteers cleared the mud from the streets of Saltmere between May and August.

Of the 90 boatmen who rescued families from the roofs, 11 drowned in the first night.

About 300 boats used the harbour each year.
"""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "Saltmere")


@pytest.mark.parametrize("question", ["How many volunteers drowned in the first night?",
                                      "how many volunteers drowned in the first night of the flood"])
def test_a_figure_of_others_who_did_it_is_no_answer(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("How many boatmen drowned in the first night?", "11 drowned"),
    ("how many boats used the harbour each year", "300"),
])
def test_the_thing_counted_answers(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("tokens", "counted"), [
    (["fishermen", "drowned"], ["fishermen"]), (["ships", "pass", "through"], ["ships"]),
    (["gas", "molecules"], ["gas", "molecules"]), (["sales", "reps", "work"], ["sales", "reps"]),
    (["people", "died"], ["people", "died"]), (["atp", "molecules", "form"], ["atp", "molecules"]),
    (["bus", "routes", "run"], ["bus", "routes"]), (["men", "rowed"], ["men"]),
])
def test_what_is_counted_ends_at_its_plural_head(tokens, counted):
    assert counted_words(tokens, "en") == counted


def test_other_languages_keep_every_word():
    assert counted_words(["рыбаков", "утонуло"], "ru") == ["рыбаков", "утонуло"]
