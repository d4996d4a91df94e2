"""Names of things that look like people's (issue #12): in Russian, a capitalised name that opens with an adjective
("Верхняя Заимка", "Звёздную премию") is a thing, not a person's given name and surname, so "кто ...?" is not answered
by it; a person's name ("Пётр Соколов"), one whose surname reads as an adjective ("Андрей Белый"), and a surname
alone after the full name are still people. Invented notes, no pack's words."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def river() -> Tutor:
    return tutor_on(
        "Река Листвица течёт с гор к озеру.\n"
        "\n"
        "Летом 1890 года на берегу реки стояла Верхняя Заимка.\n"
        "\n"
        "Зимовье на берегу построил Пётр Соколов в 1885 году.\n"
        "\n"
        "В 1893 году Соколову вручили Звёздную премию.\n"
        "\n"
        "Карту берегов составил Андрей Белый.", "Листвица", "ru", section_title="Очерк")


def test_a_name_opening_with_an_adjective_names_no_person(river):
    persons = river.library.names.persons
    assert not {"верхн", "заимк", "звездн", "прем"} & persons
    assert {"петр", "соколов"} <= persons


def test_a_thing_does_not_answer_who(river):
    """"Кто стоял на берегу?": "Верхняя Заимка" is no one."""
    assert river.ask("Кто стоял на берегу реки летом 1890 года?").kind == "decline"


def test_people_still_answer_who(river):
    assert says(river, "Кто построил зимовье?", "Пётр Соколов")
    assert says(river, "Кто такой Соколов?", "Соколов")
    assert says(river, "Кто составил карту берегов?", "Андрей Белый")
