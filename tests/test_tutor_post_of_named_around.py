"""A "who was the first director of X?" question (`Ranker._off_time_or_subject`) is answered by a passage that names
X or goes on about it: the sentences around it in its paragraph (`Weights.context_reach`) name X, as a reader takes
"After a long search the council chose Ilse Varn as the first governor." after "... founded the colony of Harlsund". X
named only in another paragraph is another subject: the tutor declines. Invented texts, in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from tests.notes import tutor_on

EN = """In 1874 settlers from the south founded the colony of Harlsund on the coast.
Its first houses were made of stone.
After a long search the council chose the sailor Ilse Varn as the first governor.

The Quell Museum was built by the river in 1890.
The museum keeps the old lenses and clocks of the town.

A guild of glassmakers worked in Brell.
For twelve years the guild chose Oren Tull as its first master."""
RU = """Обсерватория «Зенит» открылась на холме над городом в 1874 году.
Её купол сделали из медных листов.
После долгих поисков попечители выбрали первым директором астронома Ильзу Варн.

Музей Квелл построили у реки в 1890 году.
В музее хранят старые линзы и часы города.

В Брелле работала гильдия стекольщиков.
Двенадцать лет гильдия выбирала первым мастером Орена Тулла."""


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN, "Notes", "en"), "ru": tutor_on(RU, "Notes", "ru")}


@pytest.mark.parametrize(("language", "question", "fact"), [
    ("en", "Who was the first governor of Harlsund?", "Ilse Varn"),  # named two sentences before
    ("en", "Who was the first master of the glassmakers' guild?", "Oren Tull"),  # named in the passage itself
    ("ru", "Кто был первым директором обсерватории «Зенит»?", "Варн"),
    ("ru", "Кто был первым мастером гильдии стекольщиков?", "Тулл"),
])
def test_a_post_of_what_its_paragraph_names_answers(tutors, language, question, fact):
    reply = tutors[language].ask(question)
    assert reply.kind == "answer" and normalise(fact) in normalise(" ".join(reply.sentences))


@pytest.mark.parametrize(("language", "question"), [
    ("en", "Who was the first governor of the Quell Museum?"),  # the museum is another paragraph's
    ("ru", "Кто был первым директором музея Квелл?"),
])
def test_a_post_of_what_another_paragraph_names_is_declined(tutors, language, question):
    assert tutors[language].ask(question).kind == "decline"
