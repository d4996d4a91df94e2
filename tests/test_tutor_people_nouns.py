""""Who ...?" answered by people named by a common noun (a lobbyist, savers and lenders, ополченцы, корпус),
en and ru, on invented notes: rules of the language, not of one text. Wrong rows: a passage that names no
person (only things whose names end like agent nouns: a computer, water, двигатель, учебник) does not answer."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

EN_NOTES = (
    "The salt guild of Varno hired a professional lobbyist to argue its case before the duke. "
    "When the coinage was debased, savers and lenders lost most of their wealth. "
    "The northern gate was held by the militia for three days. "
    "The caravans were guarded by mercenaries paid in salt. "
    "The new canal was dug by peasants from the villages along the river. "
    "The old mill ran on water and had a small computer for counting sacks. "
    "The tower clock was repaired in 1820."
)

EN_ROWS = [
    ("Who did the salt guild hire?", "lobbyist"),
    ("Who lost their wealth when the coinage was debased?", "savers and lenders"),
    ("Who held the northern gate?", "militia"),
    ("Who guarded the caravans?", "mercenaries"),
    ("Who dug the new canal?", "peasants"),
]


@pytest.mark.parametrize(("question", "fact"), EN_ROWS)
def test_who_is_answered_by_a_noun_for_people_en(question: str, fact: str) -> None:
    assert says(tutor_on(EN_NOTES, "The salt towns"), question, fact)


def test_a_passage_of_things_does_not_answer_who_en() -> None:
    tutor = tutor_on(EN_NOTES, "The salt towns")
    assert tutor.ask("Who repaired the tower clock?").kind != "answer"
    assert tutor.ask("Who ran the old mill?").kind != "answer"


RU_NOTES = (
    "Крепость Ладогу в осаде защищали ополченцы из окрестных сёл. "
    "Мост через реку Мсту строили плотники из Новгорода. "
    "Письма в лагерь доставлял опытный связист. "
    "Левый фланг удерживал корпус, пришедший с юга. "
    "Налоги в губернии собирали сборщики податей. "
    "Машину приводил в движение паровой двигатель. "
    "Старую мельницу описывал учебник истории 1890 года."
)

RU_ROWS = [
    ("Кто защищал крепость Ладогу?", "ополченцы"),
    ("Кто строил мост через Мсту?", "плотники"),
    ("Кто доставлял письма в лагерь?", "связист"),
    ("Кто удерживал левый фланг?", "корпус"),
    ("Кто собирал налоги в губернии?", "сборщики"),
]


@pytest.mark.parametrize(("question", "fact"), RU_ROWS)
def test_who_is_answered_by_a_noun_for_people_ru(question: str, fact: str) -> None:
    assert says(tutor_on(RU_NOTES, "Северные крепости", language="ru"), question, fact)


def test_a_passage_of_things_does_not_answer_who_ru() -> None:
    tutor = tutor_on(RU_NOTES, "Северные крепости", language="ru")
    assert tutor.ask("Кто приводил машину в движение?").kind != "answer"
    assert tutor.ask("Кто описывал старую мельницу?").kind != "answer"


def test_a_group_does_not_answer_who_held_a_post() -> None:
    """"Who became king?" asks for the holder of a post a passage must name: its allies or army are not one; "who
    marched with the duke?" names a post the passage names too, and the allies answer it."""
    en = tutor_on("After the siege of Varno the duke and his allies marched north with the army.", "Varno")
    assert en.ask("Who became king after the duke?").kind != "answer"
    assert says(en, "Who marched north with the duke?", "allies")
    ru = tutor_on("После осады Ладоги князь и его союзники двинулись на север вместе с войском.", "Ладога",
                  language="ru")
    assert ru.ask("Кто стал царём после князя?").kind != "answer"
    assert says(ru, "Кто двинулся на север вместе с князем?", "союзники")


def test_a_class_of_people_does_not_answer_who_did_it_first() -> None:
    """"Who first ...?" asks for the pioneer: "mercenaries" did it, but no class of people is the first to."""
    en = tutor_on(EN_NOTES, "The salt towns")
    assert says(en, "Who guarded the caravans?", "mercenaries")
    assert en.ask("Who first guarded the caravans?").kind != "answer"
    ru = tutor_on(RU_NOTES, "Северные крепости", language="ru")
    assert says(ru, "Кто строил мост через Мсту?", "плотники")
    assert ru.ask("Кто впервые строил мост через Мсту?").kind != "answer"
