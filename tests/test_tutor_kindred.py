"""A question's noun of an action met by its verb in the notes (`tutor.kindred`): "пролёт" / "пролетел", "замена" /
"заменяли", "обмен" / "обменяли", "осмотр" / "осмотрел", ranked before a sentence of the same things doing something
else. Shown on small notes written here (no pack's subject), with the rule's own table: a bare noun's base and its
verb's stem, and what is not such a pair."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.kindred import _bare

NOTES_RU = """\
В 1868 году на мысе Зелёном построили маяк.
Фонарь маяка вращается: один оборот занимает ровно минуту.
Стёкла фонаря мыли каждую неделю с 1870 года.
Стёкла фонаря заменяли дважды, в 1901 и в 1952 году.
Шлюпку хранили в сарае у южной стены.
Шлюпку спускали на воду по деревянному настилу у северной стены.
Аэроплан авиатора Ефимова стоял в ангаре у маяка в 1910 году.
В 1911 году над маяком пролетел аэроплан авиатора Ефимова.
Инспектор приехал на маяк в 1920 году.
Инспектор осмотрел маяк в 1923 году и нашёл трещину в башне.
Котёл маяка топили углём.
Котёл маяка обменяли на новый в 1925 году.
Смотритель маяка Фёдор Крюков служил на мысе сорок лет.
Туман над мысом стоит чаще всего в мае.
"""
PACK_RU = Pack(id="mayak", title="Маяк", language="ru", cards=(),
               sections=(Section(id="s", title="Маяк на мысе Зелёном", notes=NOTES_RU),))


@pytest.fixture(scope="module")
def tutor_ru() -> Tutor:
    return Tutor(PACK_RU, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("Когда был пролёт аэроплана Ефимова?", "1911"),
    ("Когда была замена стёкол фонаря?", "1952"),  # these two are declined without the rule
    ("Когда был обмен котла маяка?", "1925"),
    ("В каком году был осмотр маяка инспектором?", "1923"),
    ("Где был спуск шлюпки?", "по деревянному настилу"),
])
def test_ru_a_noun_of_action_is_met_by_its_verb(tutor_ru, question, fact):
    reply = tutor_ru.ask(question)  # first, before a sentence of the same things doing something else
    assert reply.kind == "answer" and fact in reply.sentences[0]


@pytest.mark.parametrize("question", ["Когда была покраска маяка?", "Когда был ремонт башни маяка?"])
def test_ru_a_noun_of_another_action_is_still_declined(tutor_ru, question):
    assert tutor_ru.ask(question).kind == "decline"


@pytest.mark.parametrize(("base", "verb_stem", "pair"), [
    ("взлет", "взлетел", True),  # взлёт / взлетел
    ("замен", "заменя", True),  # замена / заменяли
    ("спуск", "спуска", True),  # спуск / спускали
    ("осмотр", "осмотрел", True),  # осмотр / осмотрел
    ("взлет", "взлет", False),  # the same stem: no pair to make
    ("замен", "заменител", False),  # an agent noun's stem, more than a thematic vowel after the base
    ("пролет", "пролетарск", False),  # a consonant after the base: another word
    ("налог", "налаг", False),  # another vowel inside: no such verb of the noun
])
def test_bare_noun_and_verb_stem(base, verb_stem, pair):
    assert _bare(base, verb_stem) is pair
