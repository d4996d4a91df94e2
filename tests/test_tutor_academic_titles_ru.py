"""Russian academic and military titles introduce a name, as "professor" does in English (issue #12): "Профессор
Келльского университета Иван Орлов ..." opening a sentence is the title, a place's adjective and a person; before, the
capitalised title and the adjective after it were read as a person's given name and surname, so the town was a
person, and a passage had to name it as a person asked about must be named. Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def lake() -> Tutor:
    return tutor_on(
        "Келльск — город на реке Листвице.\n"
        "\n"
        "Профессор Келльского университета Иван Орлов в 1921 году начал измерять глубину озера.\n"
        "\n"
        "Капитан Ладожской флотилии Пётр Соколов провёл первую лодку через пороги.", "Листвица", "ru",
        section_title="Очерк")


def test_a_title_and_the_adjective_of_a_place_name_no_person(lake):
    persons = lake.library.names.persons
    assert not {"профессор", "келльск", "капита", "ладожск"} & persons
    assert {"орлов", "соколов"} <= persons


@pytest.mark.parametrize(("question", "fact"), [
    ("Кто начал измерять глубину озера?", "Иван Орлов"),
    ("Кто провёл лодку через пороги?", "Пётр Соколов"),
])
def test_the_people_after_the_titles_still_answer_who(lake, question, fact):
    assert says(lake, question, fact)
