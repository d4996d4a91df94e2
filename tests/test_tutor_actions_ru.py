"""A question's Russian verb met by the noun of its action in the notes (`tutor.actions_ru`, `Kindred._nouns_ru`):
"добывать" / "добыча", "открыл" / "открытие", "остановили" / "остановка", "похолодало" / "похолодание". Shown on
small notes written here (no pack's subject), with the rule's own table of word formation."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.actions_ru import action_noun, verb_bases
from studybot.core.tutor.words import Words

NOTES = """\
Озеро Серебряное лежит в долине у посёлка Ключики.
Промышленная добыча торфа у озера Серебряного началась в 1931 году.
Торф у озера Серебряного впервые описали в 1902 году.
Взятие крепости Сторожевой войсками князя случилось в 1703 году.
Крепость Сторожевую построили в 1690 году.
Остановка фабрики «Заря» случилась в 1997 году из-за долгов.
Фабрику «Заря» построили в 1925 году, она выпускала ткани для флагов.
Резкое похолодание в долине пришло в октябре 1976 года.
Соль в долине добывали ещё в XVII веке, а глину добывают и теперь.
Рыбаки взяли с собой сети и ушли вверх по реке.
Мельницу на ручье остановили, когда ручей обмелел.
"""
PACK = Pack(id="dolina", title="Долина", language="ru", cards=(),
            sections=(Section(id="s", title="Долина у посёлка Ключики", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("В каком году у озера Серебряного стали добывать торф?", "1931"),  # answered with the year of another act
    ("В каком году взяли крепость Сторожевую?", "1703"),
    ("Когда остановили фабрику «Заря»?", "1997"),
])
def test_ru_a_verb_is_met_by_the_noun_of_its_action(tutor, question, fact):
    asked = tutor.analyser.question(question, normalise(question))  # first, before the year of another act of the
    assert asked is not None and fact in tutor.ranker.rank(asked)[0].doc.text  # same thing (second without the rule)
    reply = tutor.ask(question)
    assert reply.kind == "answer" and any(fact in s for s in reply.sentences)


@pytest.mark.parametrize(("verb", "nouns"), [
    ("остановили", {"остановк"}),
    ("добывать", {"добыч"}),
    ("продали", set()),  # the notes have no noun of this action
    ("описали", set()),  # ... nor of this one (they have the verb itself)
    ("остановка", set()),  # a noun: no verb form to read
])
def test_ru_a_verb_is_read_by_the_nouns_of_its_action_the_notes_have(tutor, verb, nouns):
    stem = tutor.words.lang.stem(verb)
    assert tutor.analyser.kindred._nouns_ru(verb, stem) == frozenset(nouns)


@pytest.mark.parametrize(("noun", "verb", "pair"), [
    ("добыча", "добывать", True),  # "-ча" on the stem less the imperfective's "-ва-"
    ("добычи", "добыли", True),
    ("передача", "передавали", True),
    ("открытие", "открыл", True),  # "-тие"
    ("развития", "развивали", True),
    ("остановка", "остановили", True),  # "-ка" on a verb in "-ить"
    ("постройки", "построили", True),
    ("похолодание", "похолодало", True),  # "-ние" as the grader reads it
    ("дача", "дали", False),  # a stem too short to tell
    ("сказка", "сказали", False),  # "-ка" on a verb in "-ать": another word
    ("точка", "точили", False),  # ... and one too short
    ("добыча", "добыча", False),  # the same word
    ("добыча", "открыл", False),
])
def test_action_noun_table(noun, verb, pair):
    stem = Words("ru", (), {}).lang.stem
    assert action_noun(noun, stem(noun), verb, stem(verb)) is pair


@pytest.mark.parametrize(("verb", "bases"), [
    ("добывать", {"добыва", "добы"}),
    ("добывается", {"добыва", "добы"}),
    ("открыл", {"откры"}),
    ("добыча", set()),  # no verb form
    ("город", set()),  # no verb ending
])
def test_verb_bases(verb, bases):
    assert verb_bases(verb) == frozenset(bases)
