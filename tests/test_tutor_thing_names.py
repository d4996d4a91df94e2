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


@pytest.mark.parametrize(("notes", "thing", "person"), [
    # a common noun opening a sentence before a name in the genitive the notes write bare too: a thing
    (["Озеро Ольм лежит в горах.", "Возраст Ольма учёные оценивают в 5 тысяч лет."], "возраст", "ольм"),
    (["Город Тарн стоит у моря.", "Успех Тарна вырос, и у Тарна нет врагов."], "успех", "тарн"),
    # people: a given name in the case of the surname, a surname that is no genitive
    (["Учение Карла Маркса читали в Тарне.", "Маркс жил в Лондоне.", "Карла Маркса хоронили в Лондоне."], None,
     "маркс"),
    (["Карл Бенц получил патент на автомобиль.", "Мастерская стояла в Мангейме."], None, "бенц"),
])
def test_a_noun_before_a_name_in_the_genitive_names_no_person(notes, thing, person):
    persons = tutor_on("\n\n".join(notes), "Очерк", "ru").library.names.persons
    if thing is None:
        assert person in persons
    else:
        assert thing not in persons and person not in persons


def test_who_is_not_answered_by_a_thing_named_with_a_noun_before_it():
    """"Возраст Ольма ...": the lake's age, not a person called so, is no answer to "who"."""
    tutor = tutor_on("Возраст Ольма учёные оценивают в 5 тысяч лет.\n\nОзеро Ольм лежит у моря, через пролив у "
                     "Ольма нет мостов.", "Очерк", "ru")
    assert tutor.ask("Кто построил мост через пролив?").kind == "decline"
