"""The event asked, not a neighbour event of the same thing (`phases`, `doers_en.named_after_counts`): "when did the
Varn mill close?" is not answered by "the Varn mill ... opened in 1871", and "who tested the Kessel effect?" not by
"The effect is named after Otto Kessel, who described it": the name a thing bears says who found it, not who tested it
when another sentence says so. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

MILLS = """\
Tide mills ground grain with the power of the sea.
The Varn tide mill was built on the Ossel creek and opened in 1871.
The Drenby mill, opened in 1902, stands close to the harbour wall.
Its wheel turned only when the tide went out.
"""

CLOSING = MILLS + "The Drenby mill closed in 1958 after a storm broke its dam.\n"

KESSEL = """\
The Kessel effect is a shift in the colour of light from a moving lamp.
The effect is named after Otto Kessel, who first described it in 1811.
Sailors use the Kessel effect to judge the speed of passing ships.
The Kessel effect was tested in 1819 by Mara Vint with lanterns carried on a fast coach.
"""


@pytest.fixture(scope="module")
def mills() -> Tutor:
    return tutor_on(MILLS, "Tide mills")


@pytest.fixture(scope="module")
def closing() -> Tutor:
    return tutor_on(CLOSING, "Tide mills")


@pytest.fixture(scope="module")
def kessel() -> Tutor:
    return tutor_on(KESSEL, "Light and motion")


@pytest.mark.parametrize("question", ["When did the Varn mill close?", "In what year did the Varn tide mill close?",
                                      "When did the Drenby mill close?"])
def test_an_opening_answers_no_closing(mills: Tutor, question: str) -> None:
    assert mills.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("When did the Drenby mill close?", "closed in 1958"),
    ("When did the Varn mill open?", "opened in 1871"),  # the bare "open" of a question
    ("When did the Drenby mill open?", "opened in 1902"),  # "close to the harbour" is no closing
])
def test_the_event_asked_answers(closing: Tutor, question: str, fact: str) -> None:
    assert says(closing, question, fact)


@pytest.mark.parametrize(("question", "sentence"), [
    ("Who tested the Kessel effect?", "The Kessel effect was tested in 1819 by Mara Vint"),
    ("Who used the Kessel effect?", "Sailors use the Kessel effect"),
    ("Who discovered the Kessel effect?", "The effect is named after Otto Kessel"),  # the name tells who found it
    ("Who described the Kessel effect?", "The effect is named after Otto Kessel"),
])
def test_whom_a_thing_is_named_after_did_not_do_all(kessel: Tutor, question: str, sentence: str) -> None:
    reply = kessel.ask(question)
    assert reply.kind == "answer"
    assert reply.sentences[0].startswith(sentence)


STEAMER = """\
The Orla was a paddle steamer that carried mail across the northern firth.
The Orla arrived at Harwick harbour in 1821 after a voyage of nine days.
Captain Ebbe Strand commanded her for twenty years.
In 1833 the Orla entered the dry dock at Penmor for new boilers.
"""

COUNCIL = """\
Совет города рассматривал проект нового моста три года.
В 1904 году совет отклонил проект инженера Гаврилова.
Мост построили только в 1912 году.
"""


@pytest.mark.parametrize(("notes", "language", "question"), [
    (STEAMER, "en", "When did the Orla leave Harwick harbour?"),  # "arrived": WordNet's opposite of "leave"
    (STEAMER, "en", "When did the Orla exit the dry dock at Penmor?"),
    (COUNCIL, "ru", "Когда совет принял проект Гаврилова?"),  # "отклонил": the lexicon's opposite of "принять"
])
def test_the_opposite_event_answers_no_question(notes: str, language: str, question: str) -> None:
    assert tutor_on(notes, "Notes", language).ask(question).kind == "decline"


@pytest.mark.parametrize(("notes", "language", "question", "fact"), [
    (STEAMER, "en", "When did the Orla arrive at Harwick harbour?", "in 1821"),
    (STEAMER, "en", "When did the Orla enter the dry dock?", "In 1833"),
    (STEAMER, "en", "Who commanded the Orla?", "Ebbe Strand"),
    (COUNCIL, "ru", "Когда совет отклонил проект Гаврилова?", "В 1904 году"),
])
def test_the_event_itself_answers(notes: str, language: str, question: str, fact: str) -> None:
    assert says(tutor_on(notes, "Notes", language), question, fact)
