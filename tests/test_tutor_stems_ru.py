"""Russian nouns whose forms Snowball stems apart (issue #12): the neuters in -мя ("время" / "времени": "врем" /
"времен") and the nouns in -сь, whose "-сь" Snowball cuts as a verb's reflexive ending ("перепись" / "переписи":
"переп" / "перепис"). The tutor stems every form as the oblique cases do (`lexicon_ru_tutor._OWN_STEMS`), so a
question in one form meets a sentence in another. Shown on a small text written here, with questions it does not
answer, which are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Управляющий Фёдор Ковалёв закончил работу над описью имущества усадьбы в 1872 году.
В описи значилось 214 предметов мебели и 36 картин.
Около 6 часов 40 минут по местному времени в доме начался пожар.
Усадьбе дали имя Лесное по названию соседней рощи.
Пламенем уничтожило флигель, но главный дом уцелел.
"""
PACK = Pack(id="usadba", title="Усадьба Лесное", language="ru", cards=(),
            sections=(Section(id="s", title="История усадьбы", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("one", "other"), [("время", "времени"), ("времена", "временем"), ("имя", "именем"),
                                            ("пламя", "пламени"), ("перепись", "переписи"), ("опись", "описью"),
                                            ("запись", "записей"), ("смесь", "смеси")])
def test_the_forms_of_a_noun_share_a_stem(tutor, one, other):
    assert tutor.words.stem(one) == tutor.words.stem(other)


@pytest.mark.parametrize(("one", "other"), [("время", "вред"), ("имя", "иметь"), ("перепись", "переписать")])
def test_other_words_keep_their_own(tutor, one, other):
    assert tutor.words.stem(one) != tutor.words.stem(other)


@pytest.mark.parametrize(("question", "expected"), [
    ("кто закончил опись имущества?", "Ковалёв"),
    ("в какое время начался пожар?", "6 часов 40 минут"),
    ("какое имя дали усадьбе?", "Лесное"),
])
def test_a_question_in_one_form_meets_the_sentence_in_another(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in reply.sentences[0]


@pytest.mark.parametrize("question", [
    "кто составил опись картин в 1950 году?",  # the text tells of no such inventory
    "какое имя было у второй усадьбы Ковалёва?",
    "кто потушил пожар?",  # it says when the fire began, not who put it out
])
def test_what_the_text_does_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
