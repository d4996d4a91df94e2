"""Typos and look-alikes: a question word one letter from a word of the text is read as that word only when the
letter could have been hit or heard instead (`core.typos`); another word of the language is not corrected into
one the text has ("laser" is no "layer"). Tables in English and Russian, then invented texts.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.typos import plausible_typo
from tests.notes import tutor_on

TYPOS = [  # written, meant: slips of the finger or of the ear
    ("adress", "address"), ("comission", "commission"), ("hapened", "happened"),  # a letter left out
    ("trops", "troops"), ("exersise", "exercise"),  # s for c: they sound alike
    ("recieve", "receive"), ("circiut", "circuit"), ("frist", "first"),  # two letters swapped
    ("definately", "definitely"), ("seperate", "separate"),  # one vowel for another
    ("stanislaw", "stanislav"), ("gread", "great"),  # w and v sound alike; d and t are neighbour keys
    ("nwe", "new"), ("teh", "the"), ("kilby", "kolby"),
    ("шлеиден", "шлейден"), ("карова", "корова"), ("клссов", "классов"),  # и/й, а/о: vowels; a letter left out
    ("зделать", "сделать"), ("подпесали", "подписали"), ("рапота", "работа"),  # з/с, е/и, п/б: heard alike
    ("ьашня", "башня"),  # ь and б are neighbour keys on ЙЦУКЕН
]
LOOKALIKES = [  # written, another word: far keys, no likeness of sound
    ("laser", "layer"), ("prime", "prize"), ("bread", "break"), ("magistracy", "magistrate"),
    ("novel", "nonel"), ("cable", "table"),
    ("снова", "слова"), ("собора", "собой"), ("геноме", "генов"), ("франк", "франц"), ("сода", "сова"),
]


@pytest.mark.parametrize(("written", "meant"), TYPOS)
def test_a_slip_of_the_finger_or_the_ear_is_a_typo(written, meant):
    assert plausible_typo(written, meant)


@pytest.mark.parametrize(("written", "other"), LOOKALIKES)
def test_another_word_one_letter_away_is_no_typo(written, other):
    assert not plausible_typo(written, other)


EN_NOTES = """The first working chip was built by Ada Kerrow in 1961.
Kerrow laid a thin layer of gold on top of the oxide layer, so no wires had to be attached by hand.
Kerrow tested the chip on a steel table.
The layer of oxide was invented by Mira Tolland at the Harwick laboratory in 1959."""
RU_NOTES = """Первый собор города построил зодчий Ефим Ларин в 1712 году.
Стены собора Ларин сложил из белого камня.
В 1740 году собор перестроили после пожара."""


@pytest.mark.parametrize(("notes", "language", "question", "fact"), [
    (EN_NOTES, "en", "who built the frist working chip?", "Ada Kerrow"),  # "frist": a typo of "first"
    (EN_NOTES, "en", "Who invented the oxide layre?", "Mira Tolland"),  # "layre": two letters swapped
    (RU_NOTES, "ru", "Кто построил первый сабор?", "Ларин"),  # а for о: vowels
    (RU_NOTES, "ru", "Из какого камня сложены стены сабора?", "белого камня"),
])
def test_a_typo_of_a_word_of_the_text_is_read_as_it(notes, language, question, fact):
    reply = tutor_on(notes, "Notes", language).ask(question)
    assert reply.kind == "answer" and normalise(fact) in normalise(" ".join(reply.sentences))


@pytest.mark.parametrize(("notes", "language", "question"), [
    (EN_NOTES, "en", "Who invented the laser?"),  # "laser" is no typo of "layer"
    (EN_NOTES, "en", "Who invented the cable?"),  # nor "cable" of "table"
    ("Хромосомы одной пары одинаковы по форме и набору генов.\nГены лежат в хромосомах.", "ru",
     "Сколько генов в геноме человека?"),  # "геноме" is no "генов"
])
def test_another_word_is_not_read_as_a_word_of_the_text(notes, language, question):
    assert tutor_on(notes, "Notes", language).ask(question).kind == "decline"
