"""The tutor's decision when the best passage says a word of the question in other words (`tutor.reworded`):
invented notes, no pack's."""

from __future__ import annotations

from importlib.resources import files

import pytest

from studybot.core.text import normalise
from studybot.core.tutor.reworded import said_otherwise, saying
from tests.notes import says, tutor_on

NOTES = """\
The harbour town of Orbeck was built by the Varn weavers in 1790.
In 1848 a great flood struck Orbeck and ruined the harbour and the old mill.
After the flood many merchants fled north to Kessel, where the count gave them land and a market.
The weavers stayed and rebuilt the mill with stones from the ruined harbour wall.
Fishermen found the corpses of two drowned sailors on the beach below the cliffs.
The eastern path to the lighthouse is harder to climb than the western one.
Orbeck lies at the mouth of the river Sael, and the flood is still remembered in Orbeck every spring.
Two paths lead up to the lighthouse, and visitors climb both of them in summer.
"""


@pytest.fixture(scope="module")
def tutor():
    return tutor_on(NOTES, "The town of Orbeck")


@pytest.mark.parametrize(("question", "fact"), [
    ("When did the flood hit Orbeck?", "1848"),  # "hit": "struck"
    ("Where did the merchants run to?", "Kessel"),  # "run": "fled", a kind of running
    ("Which path to the lighthouse is tougher to climb?", "eastern"),  # "tougher": "harder"
])
def test_a_word_said_otherwise_in_the_best_passage_answers(tutor, question, fact):
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", [
    "When did the flood hit Orbeck?", "Where did the merchants run to?",
    "Which path to the lighthouse is tougher to climb?"])
def test_the_thresholds_alone_decline_them(tutor, question):
    """Without the words said otherwise the ranking's own choice declines (the rule is what answers)."""
    asked = tutor.analyser.question(question, normalise(question))
    ranked = tutor.ranker.rank(asked)
    assert tutor.ranker.choose(asked, ranked) is None
    assert said_otherwise(tutor.ranker, asked, ranked) is not None


@pytest.mark.parametrize("question", [
    "When did the flood hit Dunmore?",  # a name the notes never give
    "What is the population of Orbeck?",  # nothing says "population"
    "When did the merchants sell their wool?",  # no word of the notes says "sell"
    "How many people live in Kessel today?",
    "Who painted the lighthouse?",
    "When did the flood hit Kessel?",  # "struck" is said of Orbeck
    "Where did the weavers run to?",  # they stayed: the merchants fled
])
def test_questions_the_notes_do_not_answer_are_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_saying_finds_the_word_of_the_passage():
    stop = frozenset({"the", "a", "in", "of", "to", "many", "and", "has", "was"})
    assert saying("hit", ["the", "plague", "struck", "moscow"], stop) == "struck"
    assert saying("run", ["many", "jews", "fled", "east"], stop) == "fled"
    assert saying("bodies", ["the", "corpses", "of", "sailors"], stop) == "corpses"
    assert saying("tougher", ["it", "is", "harder", "to", "treat"], stop) == "harder"


def test_saying_keeps_function_words_and_the_word_itself_out():
    stop = frozenset({"it", "has", "was", "had"})
    assert saying("say", ["it", "has", "said"], stop) is None  # "said" is the word itself: coverage's business
    assert saying("cause", ["it", "had", "rain"], stop) is None  # "have" (to cause) is a function word here
    assert saying("hit", ["the", "river", "rose"], stop) is None
    assert saying("xylophonist", ["struck"], stop) is None  # a word the table does not hold
    assert saying("submerged", ["the", "diver", "rested"], stop) is None  # "diver" is no comparative of "dive"


def test_a_russian_word_its_tables_do_not_pair_is_not_met():
    """Russian has its own sayer (`reworded_ru`, tested in test_tutor_reworded_ru): "ударил" is no "разрушило"."""
    tutor = tutor_on("В 1848 году наводнение разрушило гавань Орбека.", "Орбек", language="ru")
    question = "Когда потоп ударил по Орбеку?"
    asked = tutor.analyser.question(question, normalise(question))
    assert said_otherwise(tutor.ranker, asked, tutor.ranker.rank(asked)) is None


def test_the_table_ships_with_the_package_and_keeps_wordnets_notice():
    text = files("studybot.core").joinpath("data/lexical_en.tsv").read_text(encoding="utf-8")
    notice = text.split("\n# Lines:")[0]
    assert "Princeton University" in notice and "tools/build_wordnet_kinds.py" in notice
    assert len(text.encode()) < 3_000_000
