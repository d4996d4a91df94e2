"""A question's verb said otherwise by the notes, as one meaning in the tutor's general groups (`lexicon_ru_verbs`,
`lexicon_ru_paraphrase`, `lexicon_verb_pairs`): "двигается" / "движется" (one verb, two present stems), "переехал" /
"эмигрировал", "придумал" / "запатентовал", "вышла" / "опубликована", "забрался" / "поднялся", "стал лауреатом" /
"получил", and a noun, "пилот" / "лётчик"; "shown" / "demonstrated", "fight" / "war against", "stay alive" /
"lives", "climb" / "ascend"; shown on small notes written here (no pack's subject), with questions about a thing the
notes do not name still declined. Known limit: a question about a thing of the same kind as the sentence's ("как
двигается часовая стрелка?" to notes on the minute hand) is answered by it, as with any word met."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES_RU = """\
Часовщик Аркадий Лунёв держал мастерскую в городе Кимры.
Маятниковый регулятор хода три года испытывали на часах городской думы.
В 1894 году Лунёв запатентовал маятниковый регулятор хода для башенных часов.
Маятниковый регулятор хода продавал в Москве купец Сомов, по сорок рублей.
Минутная стрелка башенных часов сделана из латуни и весит два фунта.
Минутную стрелку башенных часов в Кимрах по вечерам освещает фонарь.
Минутная стрелка башенных часов движется скачками, раз в тридцать секунд.
Лунёв жил в Кимрах до 1905 года, а в 1905 году эмигрировал в Аргентину.
В Аргентине Лунёв чинил часы на вокзалах.
Статья Лунёва о маятниковом регуляторе опубликована в 1896 году в журнале «Часовщик».
Статью о башенных часах Кимр писал и краевед Сомов.
Первым на часовую башню поднялся в 1890 году звонарь Дмитрий Рябов.
Часовую башню в Кимрах красили каждые пять лет.
Премию Русского технического общества Лунёв получил в 1899 году.
О премии Русского технического общества в Кимрах писали в газетах в 1900 году.
В 1912 году над часовой башней Кимр пролетел аэроплан, на котором летели два лётчика из Москвы.
В 1912 году аэроплан из Москвы сел на лугу за рекой.
"""
PACK_RU = Pack(id="chasy", title="Часы", language="ru", cards=(),
               sections=(Section(id="s", title="Часовщик Лунёв", notes=NOTES_RU),))


@pytest.fixture(scope="module")
def tutor_ru() -> Tutor:
    return Tutor(PACK_RU, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("кто придумал маятниковый регулятор?", "запатентовал маятниковый регулятор"),
    ("с какой частотой двигается минутная стрелка?", "движется скачками"),
    ("куда переехал Лунёв в 1905 году?", "в Аргентину"),
    ("когда вышла статья о маятниковом регуляторе?", "в 1896 году"),
    ("кто первым забрался на часовую башню?", "Рябов"),
    ("когда Лунёв стал лауреатом премии?", "в 1899 году"),
    ("сколько пилотов летело на аэроплане?", "два лётчика"),
])
def test_ru_a_verb_said_otherwise_finds_the_sentence(tutor_ru, question, fact):
    reply = tutor_ru.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["кто придумал кукушку для часов?", "с какой частотой двигается маятник?"])
def test_ru_another_event_or_thing_is_still_declined(tutor_ru, question):
    assert tutor_ru.ask(question).kind == "decline"


NOTES_EN = """\
The Skerry lighthouse stands on a bare rock eleven miles off the coast.
Its first keeper, Tom Alden, had served in the navy before he came to the rock.
The new paraffin lamp was demonstrated to the harbour managers on 3 May 1881.
The harbour board paid for the lamp out of the fishing dues.
In 1870 Alden was in the war against Black Jack Ross, a smuggler of the northern coast.
Alden kept a canary in the lamp room; a canary lives about ten years.
A boy from the village, Sam Pike, was the first to ascend the tower after the storm of 1884.
The tower was painted white with a red band every spring.
"""
PACK_EN = Pack(id="skerry", title="The Skerry light", language="en", cards=(),
               sections=(Section(id="s", title="The Skerry lighthouse", notes=NOTES_EN),))


@pytest.fixture(scope="module")
def tutor_en() -> Tutor:
    return Tutor(PACK_EN, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("When was the paraffin lamp shown to the harbour bosses?", "3 May 1881"),
    ("Whom did Alden fight in 1870?", "Black Jack Ross"),
    ("How long does a canary stay alive?", "ten years"),
    ("Who was the first to climb the tower after the storm?", "Sam Pike"),
])
def test_en_a_verb_said_otherwise_finds_the_sentence(tutor_en, question, fact):
    reply = tutor_en.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["When was the paraffin lamp shown to the Duke of Lorne?",
                                      "How long does a parrot stay alive?"])
def test_en_another_thing_is_still_declined(tutor_en, question):
    assert tutor_en.ask(question).kind == "decline"


HEADS_RU = """\
Училище часовщиков в Кимрах открыли в 1902 году.
В 1902 году первым руководителем училища стал мастер Лунёв.
Первым учеником училища был сын купца Сомова.
"""


def test_ru_a_director_is_the_head_of_an_institution():
    tutor = Tutor(Pack(id="uchilishche", title="Училище", language="ru", cards=(),
                       sections=(Section(id="s", title="Училище часовщиков", notes=HEADS_RU),)), cache=False)
    reply = tutor.ask("Кто был первым директором училища?")
    assert reply.kind == "answer" and "Лунёв" in reply.sentences[0]
    assert tutor.ask("Кто был первым сторожем училища?").kind == "decline"
