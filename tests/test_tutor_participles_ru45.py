"""A Russian active past participle keyed as its verb's past forms where Snowball parts them
(`tutor.participles_ru`): "погибших" and "погибли", "умерших" and "умерли", "исчезнувших" and "исчезли",
"сгоревших" and "сгорел"; comparatives, nouns and other words get no such key. Shown on a table of forms and on a
small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor.participles_ru import ROOT_KEY, participle_keys
from studybot.core.tutor.tenses_ru import tense_keys
from tests.notes import tutor_on

SAME = [
    ("погибших", "погибшие", "погибли", "погибла", "погибло"),
    ("умерших", "умерший", "умерли", "умерла"),
    ("исчезнувших", "исчезнувшие", "исчезли", "исчезло"),
    ("выросших", "выросли", "выросла"),
]


@pytest.mark.parametrize("forms", SAME)
def test_the_participle_and_the_past_forms_share_one_key(forms):
    (keys,) = {participle_keys(f) for f in forms}
    assert len(keys) == 1 and all(k.startswith(ROOT_KEY) for k in keys)


def test_a_participle_of_a_vowel_root_shares_the_past_key():
    assert tense_keys("сгоревших", "ru") & tense_keys("сгорел", "ru")


@pytest.mark.parametrize("word", ["старших", "высшая", "большие", "лучших", "котла", "числа", "мысли", "погиб",
                                  "пашня", "хорошие"])
def test_comparatives_nouns_and_bare_forms_get_none(word):
    assert participle_keys(word) == frozenset()


NOTES = """\
Паводок 1908 года затопил долину реки Сомовки.
Число погибших в паводок историки так и не установили.
Жители восстановили мельницу за два года.
"""


def test_a_question_in_the_past_meets_the_participle():
    tutor = tutor_on(NOTES, "Паводок на Сомовке", "ru")
    question = "Сколько людей погибло в паводок?"
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    doc = next(d for d in tutor.docs if d.text.startswith("Число погибших"))
    unit = next(u for u in asked.units if u.text == "погибло")
    assert unit.strong & doc.keys
