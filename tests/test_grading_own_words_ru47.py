"""Russian learners' own words (round 47, issue #11), general Russian for a keypoint's wording:

- a need said by the verb of coming to be needed: "понадобились насосы", "требуются насосы" make "нужны насосы"
  (`lexicon_ru_own_words.RU_NEAR_SYNONYMS`); "не понадобились", and "требуют" (a demand) do not;
- few of a thing said by "немного" ending its clause: "запасов было немного" makes "запасов было мало" as "запасов
  было мало" does (`grading.shortage`); "немного" before a word ("немного больше"), "много" do not;
- near a thing said by "возле", "близ": "возле большого города" makes "рядом с большим городом" (`lexicon_ru.PHRASES`);
  "далеко от" and another place do not;
- at once said by another adverb of it: "сразу" makes "мгновенно" (`lexicon_ru.SYNONYMS`); "постепенно" does not.
- fainting said by its set phrases: "лишился чувств", "упал в обморок" make "потерял сознание"
  (`lexicon_ru_own_words.RU_PHRASES`); "лишился работы", "упал в яму" do not.

Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from tests.cards import accepting, explain

RU = Grader(language="ru")
PUMPS = explain("для осушения шахты нужны мощные насосы", prompt="Чему научило наводнение в шахте?")
SALT = accepting("без соли рыба испортится", "нужно много соли", prompt="Почему артель везла соль?")
STORES = explain("запасов зерна было мало", prompt="Почему крепость сдалась?")
HORSES = explain("в деревне было мало лошадей", prompt="Почему пахали на быках?")
FALL = explain("болид упал рядом с большим посёлком", prompt="Почему о болиде узнали сразу?")
SIGNAL = explain("сигнал костра доходит мгновенно", prompt="Почему костры на холмах были удобнее гонцов?")

ROWS = [
    (PUMPS, "для осушения шахты понадобились мощные насосы", True),
    (PUMPS, "чтобы осушить шахту, требуются мощные насосы", True),
    (PUMPS, "для осушения шахты мощные насосы не понадобились", False),
    (PUMPS, "для осушения шахты требуют мощные насосы", False),  # a demand, not a need
    (SALT, "понадобится много соли", True),
    (SALT, "понадобится мало соли", False),
    (STORES, "зерна в запасах было немного", True),
    (STORES, "запасов зерна было немного.", True),
    (STORES, "запасов зерна было много", False),
    (STORES, "запасов зерна было немного больше", False),
    (STORES, "запасов соли было немного", False),
    (HORSES, "лошадей в деревне было немного", True),
    (HORSES, "коров в деревне было немного", False),
    (FALL, "болид упал возле большого посёлка", True),
    (FALL, "болид упал близ большого посёлка", True),
    (FALL, "болид упал далеко от большого посёлка", False),
    (FALL, "болид упал возле большого озера", False),
    (SIGNAL, "сигнал костра доходит сразу", True),
    (SIGNAL, "сигнал костра доходит моментально", True),
    (SIGNAL, "сигнал костра доходит постепенно", False),
    (SIGNAL, "сигнал костра доходит не сразу", False),
]


@pytest.mark.parametrize(("card", "given", "right"), ROWS)
def test_own_words_ru47(card, given, right):
    assert RU.grade(card, given).correct is right


WATCHMAN = explain("сторож потерял сознание", prompt="Что случилось со сторожем при взрыве?")


@pytest.mark.parametrize(("given", "right"), [
    ("сторож лишился чувств", True),
    ("сторож упал в обморок", True),
    ("сторож на минуту лишился чувств", True),
    ("сторож не лишился чувств", False),
    ("сторож лишился работы", False),
    ("сторож упал в яму", False),
])
def test_fainting_said_by_set_phrase(given, right):
    assert RU.grade(WATCHMAN, given).correct is right
