"""A Russian question asking a figure of a place ("сколько вулканов на Курильских островах?", "сколько гектаров в
Казахстане?") is not answered by a reply whose figures are said of another place only ("На Камчатке около 30
вулканов", "в мире 230 миллионов гектаров; большая часть лежит в России и в Казахстане"): the tutor declines
(`tutor.figure_places`). A figure said in the clause that names the place asked answers. Invented texts."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def salt() -> Tutor:
    return tutor_on(
        "Солончаки покрывают в мире около 400 миллионов гектаров; больше всего их лежит в Тарвании, в Ольсии и в "
        "Бревии.\n\n"
        "В Ольсии солончаки занимают около 12 миллионов гектаров.\n\n"
        "Почти все солёные озёра края — в Дальней Ксеронии и на Гремучих островах, у самого моря. "
        "В Дальней Ксеронии около 40 солёных озёр и сотни мелких луж.\n\n"
        "Добыча соли на Гремучих островах началась в 1850 году.\n", "Солончаки", "ru", section_title="Солончаки")


@pytest.mark.parametrize("question", [
    "Сколько гектаров солончаков в Бревии?",  # named in the clause after the world's figure
    "Сколько солёных озёр на Гремучих островах?",  # the figure is Дальняя Ксерония's
])
def test_a_figure_of_another_place_is_declined(salt: Tutor, question: str) -> None:
    assert salt.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("Сколько гектаров солончаков в Ольсии?", "12 миллионов"),
    ("Сколько солёных озёр в Дальней Ксеронии?", "около 40"),
    ("Сколько гектаров солончаков в мире?", "400 миллионов"),  # no place asked by a name
])
def test_a_figure_of_the_place_asked_answers(salt: Tutor, question: str, fact: str) -> None:
    assert says(salt, question, fact)


def test_a_place_named_by_its_adjective_is_the_place_asked() -> None:
    tutor = tutor_on(
        "Ксеронский ледниковый щит занимает около 2 млн км². Его средняя толщина около 900 м, наибольшая — почти "
        "2 км. Наибольшая толщина льда на Гремучих островах превышает 300 м.\n", "Щиты", "ru", section_title="Щиты")
    assert says(tutor, "Какой толщины лёд в Ксеронии?", "900 м")
