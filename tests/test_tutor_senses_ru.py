"""A Russian question's word the text does not hold is met by its synonym of Russian Wiktionary (`core.wordnet_ru`):
"тревожило" by "заботило", "покидал" by "оставлял"; only verbs, full adjectives and adverbs, told by their endings
(a noun is a text's term: "дороге" is no "дорогой"); a word the text holds keeps its meaning. Invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.senses import other_words
from studybot.core.tutor.senses_ru import other_words_ru, parts_of_speech
from studybot.core.tutor.words import Words
from tests.notes import tutor_on


@pytest.mark.parametrize(("word", "poses"), [
    ("защищали", ("v",)), ("тревожило", ("v",)), ("покидал", ("v",)),  # verb forms
    ("похожие", ("a",)), ("необходимая", ("a",)),  # full adjectives
    ("тайно", ("r",)),  # an adverb
    ("дороге", ()), ("друга", ()), ("крепость", ()), ("новость", ()), ("похожи", ()),  # nouns, a short adjective
])
def test_a_word_is_looked_up_as_the_part_of_speech_its_ending_says(word: str, poses: tuple[str, ...]) -> None:
    assert parts_of_speech(word) == poses


@pytest.mark.parametrize(("word", "known", "found"), [
    ("защищали", {"оберега", "охраня"}, {"оберега", "охраня"}),
    ("защищали", {"оберега"}, {"оберега"}),  # only those the pack holds
    ("покидали", {"оставля"}, {"оставля"}),
    ("похожие", {"сходн"}, {"сходн"}),
    ("защищали", {"стро"}, set()),  # a word that is no synonym
    ("дороге", {"цен"}, set()),  # a noun: the adjective "дорогой" ("ценный") is another word
    ("защищали", {"защища"}, set()),  # itself is no synonym
    ("1812", {"1812"}, set()),
])
def test_the_synonyms_the_pack_holds(word: str, known: set[str], found: set[str]) -> None:
    words = Words("ru")
    assert other_words_ru(word, words, known) == found
    assert other_words(word, words, known) == found  # the tutor's one entry point picks the table by language


@pytest.fixture(scope="module")
def fortress() -> Tutor:
    return tutor_on(
        "Крепость на мысу охраняли стрельцы полковника Ивана Горина.\n"
        "Купцов слободы заботило мелководье у пристани.\n"
        "Купцы слободы торговали солью и рыбой.\n"
        "\n"
        "Гарнизон оставлял крепость каждую осень, уходя на зимние квартиры в Ладогу.\n"
        "Гарнизон крепости уходил в дозор к Ижоре.\n",
        "Крепость на мысу", "ru", section_title="Крепость")


def test_a_word_the_text_holds_is_not_widened() -> None:
    tutor = tutor_on("Крепость защищали стрельцы.\nАмбары оберегали сторожа.\n", "Крепость", "ru")
    question = "Кто защищал крепость?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    unit = next(u for u in asked.units if u.text == "защищал")
    assert "оберега" not in unit.strong


def test_a_synonym_weighs_below_the_word_itself(fortress: Tutor) -> None:
    question = "Что тревожило купцов?"
    asked = fortress.analyser.question(question, normalise(question))
    assert asked is not None
    unit = next(u for u in asked.units if u.text == "тревожило")
    assert "забот" in unit.strong
    doc = next(d for d in fortress.docs if "заботило" in d.text)
    covered, own = fortress.ranker.coverage(doc, (unit,), unit.weight)
    assert covered == pytest.approx(fortress.weights.synonym_credit) and own == covered
