"""Russian: "X вызывает Y" gives Y's cause, as "Y вызван X" does ("из-за чего ...?" is answered by it), and "учёные"
are met by the scientists of one science ("химики", "геологи"), as "scientists" are in English. Shown on small notes
written here (no pack's subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.lexicon_ru_tutor import RUSSIAN_TUTOR
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Гончарную печь в Ковалёве сложили из кирпича-сырца в 1911 году.
Трещины на глазури мастера называют цеком.
Слишком быстрое остывание посуды после обжига вызывает цек.
Цек на глазури особенно заметен на тёмной посуде.
Горшки из местной красной глины звенели при ударе.
В 1925 году глину из Ковалёва изучали геологи из Иваново и сочли её лучшей в уезде.
Мастер Семён Рудаков продавал горшки на ярмарке в Шуе.
Печь закрыли в 1932 году, когда мастерскую передали артели.
"""
PACK = Pack(id="gonchar", title="Гончарная печь", language="ru", cards=(),
            sections=(Section(id="s", title="Гончарная печь в Ковалёве", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "said"), [
    ("из-за чего появляется цек на глазури?", "быстрое остывание"),
    ("что учёные думали о ковалёвской глине?", "геологи"),
    ("что учёные сказали о глине из ковалёва?", "геологи"),
])
def test_the_cause_and_the_scientists_are_found(tutor, question, said):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and not reply.no_reason and said in reply.text


@pytest.mark.parametrize("question", ["кто из учёных купил печь?", "сколько учёных работало в артели?"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


def test_a_cause_the_notes_do_not_give_is_said_to_be_missing(tutor):
    assert tutor.ask("из-за чего трескается кирпич печи?").no_reason


@pytest.mark.parametrize(("text", "gives"), [
    ("Трещины вызывает быстрое остывание.", True),
    ("Быстрое остывание вызвало трещины.", True),
    ("Мастер вызвал подмастерье в мастерскую.", False),  # summoned: no cause
    ("Трещины вызваны быстрым остыванием.", True),
    ("Трещины появились после обжига.", False),
])
def test_a_verb_of_causing_gives_a_reason(text, gives):
    assert any(marker in text.lower().split() for marker in RUSSIAN_TUTOR.reason_markers) is gives


@pytest.mark.parametrize(("word", "scientist"), [
    ("геологи", True), ("химиками", True), ("биолога", True), ("астрофизик", True),
    ("физики", False), ("математике", False),  # the science, not its scientists
    ("ученики", False), ("горшки", False),
])
def test_the_scientists_of_one_science_are_scientists(word, scientist):
    (general, endings), = RUSSIAN_TUTOR.hypernyms
    assert "ученые" in general and word.endswith(endings) is scientist
