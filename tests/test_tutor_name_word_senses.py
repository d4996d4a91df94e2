"""The words of a name of several words are a name's there, not common words in WordNet's senses (`Analyser._merged`):
the "Forces" of "the Coastal Forces Treaty" are not the verb "force", whose WordNet synonym "hale" would meet a
passage naming a person "Ada Hale". A passage that only names her is not about the treaty, and one that names the
treaty ranks above it. A plain word of the question keeps its synonyms. General words only; invented texts."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import place, says

NOTES = """\
Ada Hale opened the port of Dunmore to foreign ships in 1902.

Ada Hale ran the harbour board until 1915 and built a lighthouse on the north pier.

The fishing fleet of Dunmore grew to forty boats, and storms closed the harbour for a month in 1911.

The Coastal Forces Treaty gave the navy the port of Kell.

Merchants from Kell sold salt and timber, and the railway reached Dunmore in 1908.
"""


@pytest.fixture(scope="module")
def harbour() -> Tutor:
    return Tutor(Pack(id="harbour", title="Harbour history", cards=(), language="en",
                      aliases={"Coastal Forces Treaty": ("CFT", "Forces Treaty")},
                      sections=(Section(id="n", title="Notes", notes=NOTES),)), cache=False)


def test_a_name_is_not_met_by_a_synonym_of_its_words(harbour: Tutor) -> None:
    question = "Which port did the Coastal Forces Treaty open?"
    asked = harbour.analyser.question(question, normalise(question))
    assert asked is not None
    treaty = next(u for u in asked.units if u.name and len(u.stems) > 1)
    hale = next(d for d in harbour.docs if d.text.startswith("Ada Hale opened"))
    assert harbour.ranker.coverage(hale, (treaty,), treaty.weight) == (0.0, 0.0)


@pytest.mark.parametrize(("question", "first"), [
    ("Which port did the Coastal Forces Treaty open?", "The Coastal Forces Treaty gave"),
    ("Which port did Ada Hale open?", "Ada Hale opened"),
])
def test_the_passage_naming_it_ranks_first(harbour: Tutor, question: str, first: str) -> None:
    assert place(harbour, question, first) == 0


@pytest.mark.parametrize(("question", "fact"), [
    ("Which port did the Coastal Forces Treaty give the navy?", "Kell"),
    ("Which port did Ada Hale open?", "Dunmore"),
])
def test_questions_of_the_name_and_the_person_answer(harbour: Tutor, question: str, fact: str) -> None:
    assert says(harbour, question, fact)
