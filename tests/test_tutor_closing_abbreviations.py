"""Where a sentence ends after an abbreviation: one that closes a phrase ("etc.", "в 1990 г.", "до н. э.") ends it
before a capitalised word that only opens sentences (a stop word or a clause break of the language), never before a
name, an initial or a lower-case word; one that opens a phrase ("Dr.", "им.", "т. е.") never ends it. Invented texts,
both languages, split as the tutor's library splits them."""

from __future__ import annotations

import pytest

from studybot.core.language import language
from studybot.core.lexicon_ru_tutor import RUSSIAN_TUTOR
from studybot.core.lexicon_tutor import ENGLISH_TUTOR
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.passages import sentences

TABLES = {"en": ENGLISH_TUTOR, "ru": RUSSIAN_TUTOR}


def split(text: str, code: str) -> list[str]:
    lex = language(code).lex
    return [s for _, s in sentences(text, TABLES[code], lex.stop | lex.clause_breaks)]


@pytest.mark.parametrize(("code", "text", "expected"), [
    # Russian: a year, an era, a century, "и т. д.", a figure's scale close a phrase
    ("ru", "Крепость Велна пала в 305 г. до н. э. Её стены срыли.",
     ["Крепость Велна пала в 305 г. до н. э.", "Её стены срыли."]),
    ("ru", "Мост через Ольшу построили в 1843 г. Он стоит до сих пор.",
     ["Мост через Ольшу построили в 1843 г.", "Он стоит до сих пор."]),
    ("ru", "Город Тарнов вырос в XIV в. Однако стен у него не было.",
     ["Город Тарнов вырос в XIV в.", "Однако стен у него не было."]),
    ("ru", "В лавке продавали соль, мёд и т. д. Затем лавку закрыли.",
     ["В лавке продавали соль, мёд и т. д.", "Затем лавку закрыли."]),
    ("ru", "Запас зерна составил 40 тыс. В засуху его хватило на год.",
     ["Запас зерна составил 40 тыс.", "В засуху его хватило на год."]),
    # ... but a name, an initial, a lower-case word or a figure goes on with the sentence
    ("ru", "В 1843 г. Ольшанский мост открыли.", ["В 1843 г. Ольшанский мост открыли."]),
    ("ru", "В 1843 г. В. П. Лавров открыл мост.", ["В 1843 г. В. П. Лавров открыл мост."]),
    ("ru", "Около 300 г. до н. э. город обнесли стеной.", ["Около 300 г. до н. э. город обнесли стеной."]),
    # an abbreviation that opens a phrase never ends one: "т. е.", "им.", "ул."
    ("ru", "Мост длинный, т. е. Он самый длинный в крае.", ["Мост длинный, т. е. Он самый длинный в крае."]),
    ("ru", "Завод им. Он Лина стоял на ул. Но Рой.", ["Завод им. Он Лина стоял на ул. Но Рой."]),
    # English: "etc.", "Inc.", "U.S." close a phrase before a word that opens sentences ...
    ("en", "The stall sold salt, honey etc. The stall closed in 1901.",
     ["The stall sold salt, honey etc.", "The stall closed in 1901."]),
    ("en", "The mill was bought by Tarn Wool Inc. However, it closed.",
     ["The mill was bought by Tarn Wool Inc.", "However, it closed."]),
    ("en", "The bridge was built in the U.S. It still stands.",
     ["The bridge was built in the U.S.", "It still stands."]),
    # ... and go on before a name; titles, "e.g." and decimals never end one
    ("en", "The U.S. Navy built it. Dr. Who knows.", ["The U.S. Navy built it.", "Dr. Who knows."]),
    ("en", "Some towns, e.g. The Weir, kept 2.5 tons of salt.", ["Some towns, e.g. The Weir, kept 2.5 tons of salt."]),
])
def test_an_abbreviation_that_closes_a_phrase_ends_a_sentence_before_a_word_that_opens_one(code, text, expected):
    assert split(text, code) == expected


def test_the_tutor_answers_with_the_sentence_after_an_abbreviation_alone():
    notes = ("Крепость Велна пала в 305 г. до н. э. В те годы последним правителем Велны был Тирон, сын кузнеца.\n\n"
             "Тирон правил девять лет.")
    tutor = Tutor(Pack(id="t", title="Велна", language="ru", cards=(),
                       sections=(Section(id="v", title="Крепость Велна", notes=notes),)), cache=False)
    reply = tutor.ask("Кто был последним правителем Велны?")
    assert reply.kind == "answer"
    assert "В те годы последним правителем Велны был Тирон, сын кузнеца." in reply.sentences  # a whole sentence
