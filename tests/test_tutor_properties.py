"""A property asked by one part of speech and said by another (`tutor.properties`, the table
`lexicon_compare.PROPERTIES`): "how heavy?" by "weighs", "how loud?" by "silent", "как глубоко?" by "глубина", "какова
протяжённость?" by "длина". Shown on small notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.lexicon_compare import COMPARISONS, PROPERTIES
from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.properties import PROPERTY_KEY, property_keys, property_of


@pytest.mark.parametrize(("word", "code", "canon"), [
    # English: nouns, adjectives of either pole with their degrees and adverbs, verbs
    ("weighs", "en", "heavy"), ("heavier", "en", "heavy"), ("weight", "en", "heavy"),
    ("silent", "en", "loud"), ("quietly", "en", "loud"), ("louder", "en", "loud"), ("noise", "en", "loud"),
    ("slowly", "en", "fast"), ("speed", "en", "fast"), ("depth", "en", "deep"), ("shallower", "en", "deep"),
    ("thinner", "en", "thick"), ("thickness", "en", "thick"), ("taller", "en", "high"), ("altitude", "en", "high"),
    ("distance", "en", "far"), ("colder", "en", "hot"), ("temperature", "en", "hot"),
    # Russian: roots and their endings, whole words
    ("глубоко", "ru", "глубокий"), ("глубина", "ru", "глубокий"), ("глубокого", "ru", "глубокий"),
    ("тяжелее", "ru", "тяжелый"), ("весит", "ru", "тяжелый"), ("масса", "ru", "тяжелый"),
    ("скорость", "ru", "быстрый"), ("медленно", "ru", "быстрый"), ("толщина", "ru", "толстый"),
    ("протяженность", "ru", "длинный"), ("длина", "ru", "длинный"), ("высота", "ru", "высокий"),
    ("высок", "ru", "высокий"), ("дальность", "ru", "далекий"), ("далеко", "ru", "далекий"),
    ("долго", "ru", "долгий"), ("продолжительность", "ru", "долгий"), ("холодная", "ru", "теплый"),
    ("узкий", "ru", "широкий"), ("громкость", "ru", "громкий"),
])
def test_a_word_says_its_property(word, code, canon):
    assert property_of(word, code) == canon
    assert property_keys(word, code) == {PROPERTY_KEY + canon}


@pytest.mark.parametrize(("word", "code"), [
    ("light", "en"), ("new", "en"), ("long", "en"), ("large", "en"), ("lighthouse", "en"), ("deepen", "en"),
    ("весь", "ru"), ("весна", "ru"), ("старт", "ru"), ("стартовал", "ru"), ("долга", "ru"), ("долги", "ru"),
    ("легкие", "ru"), ("массовый", "ru"), ("тонна", "ru"), ("узел", "ru"), ("тихий", "ru"), ("дорога", "ru"),
])
def test_a_word_of_another_sense_says_none(word, code):
    assert property_of(word, code) is None
    assert property_keys(word, code) == frozenset()


def test_the_table_holds_every_compared_property():
    for code, table in PROPERTIES.items():
        assert table[: len(COMPARISONS[code].properties)] == COMPARISONS[code].properties
        assert len({p.canon for p in table}) == len(table)


RU_NOTES = """\
Мельница стоит на реке Вилке, в двух верстах от села.
Плотину мельницы сложили из дубовых брёвен.
Длина плотины около 40 м, а вода у колеса стоит на глубине до 3 м.
Жернова мельницы привезли из-за моря.
"""
RU_PACK = Pack(id="melnitsa", title="Мельница", language="ru", cards=(),
               sections=(Section(id="s", title="Плотина", notes=RU_NOTES),))


@pytest.mark.parametrize(("question", "said"), [
    ("Какова протяжённость плотины мельницы?", "40 м"),  # the noun asked, another noun said
])
def test_a_russian_property_asked_by_another_word_is_answered(question, said):
    reply = Tutor(RU_PACK, cache=False).ask(question)
    assert reply.kind == "answer" and said in " ".join(reply.sentences)


EN_NOTES = """\
The bell of the harbour chapel was cast in 1820 from the bronze of an old cannon.
Since the storm of 1901 the bell has been silent.
The chapel stands on the rock above the harbour.
"""
EN_PACK = Pack(id="chapel", title="The harbour", language="en", cards=(),
               sections=(Section(id="s", title="The chapel", notes=EN_NOTES),))


def test_an_english_property_asked_ranks_the_sentence_saying_another_word_of_it_first():
    tutor = Tutor(EN_PACK, cache=False)
    question = "How loud is the chapel bell?"  # not the sentence of the chapel and its bell
    ranked = tutor.ranker.rank(tutor.analyser.question(question, normalise(question)))
    assert "silent" in ranked[0].doc.text
    unit = next(u for u in tutor.analyser.question(question, normalise(question)).units if u.text == "loud")
    assert PROPERTY_KEY + "loud" in unit.weak


def test_a_property_word_that_is_not_asked_keeps_no_property_key():
    tutor = Tutor(EN_PACK, cache=False)
    question = "Why was the silent bell cast?"  # "silent" says what is asked about, it asks for no degree
    unit = next(u for u in tutor.analyser.question(question, normalise(question)).units if u.text == "silent")
    assert not any(k.startswith(PROPERTY_KEY) for k in unit.weak)


@pytest.mark.parametrize(("pack", "question", "word", "keyed"), [
    (RU_PACK, "Как долго стояла плотина?", "долго", True),  # a measure word asks the property, after "как" too
    (RU_PACK, "Как далеко от села мельница?", "далеко", True),
    (RU_PACK, "Насколько холодная вода у колеса?", "холодная", True),  # the word right after the question word
    (RU_PACK, "Почему вода у колеса холодная?", "холодная", False),  # said of the thing asked about: no property
    (EN_PACK, "How heavy is the bell?", "heavy", True),
    (EN_PACK, "Who rang the heavy bell?", "heavy", False),
])
def test_only_the_property_asked_keeps_its_key(pack, question, word, keyed):
    tutor = Tutor(pack, cache=False)
    unit = next(u for u in tutor.analyser.question(question, normalise(question)).units if u.text == word)
    assert any(k.startswith(PROPERTY_KEY) for k in unit.weak) == keyed
