"""An instance named by a name ("на каком заводе", "which factory", "which city") is given only by a passage that says
the category, gives an instance of it, or writes a name the question does not (`tutor.slots`): when the pack names the
category elsewhere, a passage naming only what the question names ("Оскар Тамм переехал в Ригу" for "на каком заводе
Тамм строил катера в Риге?") does not answer. A category the pack never names is met by any other name ("which
company": "at Borell Works"), but not by a passage naming nothing but what the question names ("The mills of Carrow
ground wheat" for "which company ground wheat in Carrow?"). General words of English and Russian only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def boats() -> Tutor:
    return tutor_on(
        "В 1908 году на Невском заводе в Петербурге инженер Оскар Тамм построил первый паровой катер.\n\n"
        "В 1912 году Тамм переехал в Ригу и позднее строил там моторные катера.\n\n"
        "Паровой катер Тамма развивал скорость 12 узлов, а четырёхтактный двигатель поставили позже.\n\n"
        "Четырёхтактный двигатель катера работал на керосине.", "Катера", "ru")


@pytest.fixture(scope="module")
def mills() -> Tutor:
    return tutor_on(
        "In 1871 the engineer Hugh Dallow built the first steam mill of Carrow at the Ardley factory.\n\n"
        "Dallow later moved to Leith, where he built paper mills.\n\n"
        "In 1880 a team led by Nora Pell at Borell Works made the first steel roller for the mills.\n\n"
        "The mills of Carrow ground wheat and oats.", "Mills")


@pytest.mark.parametrize(("question", "fact"), [
    ("На каком заводе Тамм построил паровой катер?", "Невском заводе"),
    ("На каком заводе построили первый паровой катер?", "Невском заводе"),
])
def test_a_passage_saying_the_kind_answers(boats: Tutor, question: str, fact: str) -> None:
    assert says(boats, question, fact)


@pytest.mark.parametrize(("question", "fact"), [
    ("At which factory did Dallow build the first steam mill?", "Ardley factory"),
    ("Which company did Nora Pell's team work for?", "Borell Works"),  # "company": a word the pack never says
])
def test_a_passage_saying_the_kind_or_a_name_answers(mills: Tutor, question: str, fact: str) -> None:
    assert says(mills, question, fact)


@pytest.mark.parametrize("question", [
    "На каком заводе Тамм строил моторные катера в Риге?",
    "На каком заводе Тамм строил катера в Риге после 1912 года?",
    "На каком заводе сделали четырёхтактный двигатель катера?",  # a common word opening a sentence is no name
])
def test_no_kind_nor_other_name_said_is_no_answer(boats: Tutor, question: str) -> None:
    assert boats.ask(question).kind == "decline"


@pytest.mark.parametrize("question", [
    "At which factory did Dallow build paper mills in Leith?",
    "In which factory did Dallow build the paper mills of Leith?",
])
def test_no_kind_nor_other_name_said_is_no_answer_en(mills: Tutor, question: str) -> None:
    assert mills.ask(question).kind == "decline"


@pytest.fixture(scope="module")
def steamers() -> Tutor:
    return tutor_on(
        "In 1890 the steamer Alba made 14 knots on the run to Leith.\n\n"
        "The steamer Dora was built at Carrow for the mail service.\n\n"
        "The steamer Dora carried 120 passengers.", "Steamers")


@pytest.mark.parametrize(("question", "fact"), [
    ("How fast was the steamer Alba?", "14 knots"),
    ("How many passengers did the steamer Dora carry?", "120 passengers"),
])
def test_the_figure_of_the_thing_named_answers(steamers: Tutor, question: str, fact: str) -> None:
    assert says(steamers, question, fact)


@pytest.mark.parametrize("question", ["How fast was the steamer Dora?", "What speed did the steamer Dora make?"])
def test_the_figure_of_another_named_is_no_answer(steamers: Tutor, question: str) -> None:
    assert steamers.ask(question).kind == "decline"



@pytest.mark.parametrize("question", [
    "Which company ground wheat and oats in Carrow?",  # "company": a word the pack never says, nor a name here
    "Which newspaper wrote that the mills of Carrow ground wheat and oats?",
])
def test_a_kind_never_said_nor_any_other_name_is_no_answer(mills: Tutor, question: str) -> None:
    assert mills.ask(question).kind == "decline"


@pytest.fixture(scope="module")
def calico() -> Tutor:
    return tutor_on(
        "С 1850 года ткацкая фабрика в Твери выпускала ситец.\n\n"
        "Ситец красили индиго и мареной, поэтому он не линял.\n\n"
        "Ситец фабрики покупал торговый дом Бахрушиных из Москвы.\n\n"
        "В 1870 году на фабрике поставили паровую машину.", "Ситец", "ru")


def test_a_kind_never_said_is_met_by_another_name(calico: Tutor) -> None:
    assert says(calico, "Какая компания покупала ситец фабрики?", "Бахрушиных")


@pytest.mark.parametrize("question", [
    "Какая фирма поставила на фабрике паровую машину?",  # "фирма", "компания": words the pack never says
    "Какая компания красила ситец мареной?",
])
def test_a_kind_never_said_nor_any_other_name_is_no_answer_ru(calico: Tutor, question: str) -> None:
    assert calico.ask(question).kind == "decline"


@pytest.fixture(scope="module")
def pulp() -> Tutor:
    return tutor_on(
        "In 1871 the engineer Hugh Dallow built the first steam mill of Carrow at the Ardley factory.\n\n"
        "Dallow's paper mills in Leith ground rags into pulp.", "Mills")


def test_a_name_asked_written_with_its_possessive_is_no_other_name(pulp: Tutor) -> None:
    # "Dallow's" is the question's Dallow, no name of a factory
    assert pulp.ask("At which factory did Dallow grind rags into pulp in Leith?").kind == "decline"
    assert says(pulp, "At which factory did Dallow build the first steam mill?", "Ardley factory")
