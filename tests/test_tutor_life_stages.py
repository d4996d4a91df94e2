"""A stage of life or a sex asked that a passage says otherwise (`tutor.sides` with `lexicon_life_stages`): "how much
does a newborn hound weigh?" is not answered by "An adult hound weighs 40 kilograms", nor "сколько зарабатывали
мужчины?" by "Женщины зарабатывали ..."; a passage saying the stage or sex asked (or both) answers. General words of
English and Russian only; invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.lexicon_life_stages import life_stage, sex_word
from studybot.core.tutor import Tutor
from studybot.core.tutor.sides import sides_said
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def hounds() -> Tutor:
    return tutor_on(
        "An adult Varn hound weighs about 40 kilograms.\n\n"
        "The hounds of Varn were bred by the monks of Estrel for herding goats.\n\n"
        "Newborn lambs are kept in the barns of Varn until spring.\n\n"
        "At the weaving mills of Varn, women earned two shillings a day.\n\n"
        "Children of Varn learn to herd at the age of six.", "Varn hounds")


@pytest.fixture(scope="module")
def nerpy() -> Tutor:
    return tutor_on(
        "Взрослая нерпа озера Тальмо весит около 60 кг.\n\n"
        "Нерпы озера Тальмо зимуют на льду у северного берега.\n\n"
        "Новорождённых телят на Тальмо держат в хлеву до весны.\n\n"
        "На промыслах Тальмо мужчины получали по рублю в день.\n\n"
        "Дети на Тальмо пасут коз с шести лет.", "Тальмо", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("how much does an adult Varn hound weigh?", "40 kilograms"),
    ("how much did women earn at the mills of Varn?", "two shillings"),
    ("who bred the hounds of Varn?", "monks of Estrel"),
])
def test_the_stage_asked_answers(hounds: Tutor, question: str, fact: str) -> None:
    assert says(hounds, question, fact)


@pytest.mark.parametrize("question", [
    "how much does a newborn Varn hound weigh?", "how much does a Varn hound weigh as a child?",
    "how much did men earn at the mills of Varn?"])
def test_another_stage_is_no_answer(hounds: Tutor, question: str) -> None:
    assert hounds.ask(question).kind == "decline"


@pytest.mark.parametrize(("question", "fact"), [
    ("сколько весит взрослая нерпа озера Тальмо?", "60 кг"),
    ("сколько получали мужчины на промыслах Тальмо?", "по рублю"),
])
def test_the_stage_asked_answers_ru(nerpy: Tutor, question: str, fact: str) -> None:
    assert says(nerpy, question, fact)


@pytest.mark.parametrize("question", [
    "сколько весит новорождённая нерпа озера Тальмо?", "сколько весит нерпа Тальмо в детстве?",
    "сколько получали женщины на промыслах Тальмо?"])
def test_another_stage_is_no_answer_ru(nerpy: Tutor, question: str) -> None:
    assert nerpy.ask(question).kind == "decline"


@pytest.mark.parametrize(("word", "stage", "sex"), [
    ("children", "child", ""), ("newborns", "infant", ""), ("adults", "adult", ""), ("teenagers", "adolescent", ""),
    ("women", "", "female"), ("male", "", "male"), ("детей", "child", ""), ("новорождённых", "infant", ""),
    ("взрослого", "adult", ""), ("мужчин", "", "male"), ("женская", "", "female"),
    ("детали", "", ""), ("детектор", "", ""), ("manner", "", ""), ("menu", "", ""), ("мужество", "", ""),
])
def test_words(word: str, stage: str, sex: str) -> None:
    assert (life_stage(word), sex_word(word)) == (stage, sex)


def test_both_said_are_said() -> None:
    assert sides_said("8% of men and 0.5% of women") == frozenset({("sex", "male"), ("sex", "female")})
