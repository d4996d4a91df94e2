"""A question's verb said otherwise by the notes, as one meaning in the tutor's general groups (`lexicon_ru_verbs`,
`lexicon_ru_paraphrase`, `lexicon_verb_pairs`): "двигается" / "движется" (one verb, two present stems), "переехал" /
"эмигрировал", "придумал" / "запатентовал"; shown on small notes written here (no pack's subject), with questions
about a thing the notes do not name still declined. Known limit: a question about a thing of the same kind as the
sentence's ("как двигается часовая стрелка?" to notes on the minute hand) is answered by it, as with any word met."""

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
])
def test_ru_a_verb_said_otherwise_finds_the_sentence(tutor_ru, question, fact):
    reply = tutor_ru.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["кто придумал кукушку для часов?", "с какой частотой двигается маятник?"])
def test_ru_another_event_or_thing_is_still_declined(tutor_ru, question):
    assert tutor_ru.ask(question).kind == "decline"
