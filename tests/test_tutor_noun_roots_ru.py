"""A Russian verb made of a noun with a prefix ("при-земл-иться", "у-земл-ить") is not met through the noun alone
(`verbs_ru.prefix_kept`, `wordnet_ru.noun_only`): "где приземлилась X?" is not answered by "X сделала 12 витков
вокруг Земли"; a verb whose root is a verb's ("по-строили": "строили") still is. Invented notes.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.verbs_ru import prefix_kept
from studybot.core.wordnet_ru import noun_only
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def pilots() -> Tutor:
    return tutor_on(
        "Лётчица Ора Мейс в 1970 году сделала 12 витков вокруг Земли.\n\n"
        "Лётчик Ян Дол приземлился в степи у реки Ушань.\n\n"
        "Ангар для ракет Варна строили рабочие артели Кара.\n\n"
        "Водой из реки Ушань поливали сады Варна.", "Лётчики Варна", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("где приземлился Ян Дол?", "Ушань"), ("сколько витков вокруг Земли сделала Ора Мейс?", "12"),
    ("кто построил ангар для ракет?", "артели Кара"),
])
def test_what_the_notes_say_answers(pilots: Tutor, question: str, fact: str) -> None:
    assert says(pilots, question, fact)


@pytest.mark.parametrize("question", [
    "где приземлилась Ора Мейс?", "когда приземлилась Ора Мейс?", "как приземлилась Ора Мейс?"])
def test_a_verb_of_a_noun_is_not_met_by_the_noun(pilots: Tutor, question: str) -> None:
    assert pilots.ask(question).kind == "decline"


@pytest.mark.parametrize(("word", "plain", "kept"), [
    ("приземлилась", "землилась", True), ("построили", "строили", False), ("народ", "род", True),
    ("посадили", "садили", False),
])
def test_prefix_kept(word: str, plain: str, kept: bool) -> None:
    from studybot.core.language import language
    assert prefix_kept(word, plain, language("ru").stem) is kept


def test_noun_only() -> None:
    assert noun_only("земл") and not noun_only("стро") and not noun_only("сад")
