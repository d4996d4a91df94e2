"""The sign of degrees after a figure is read as the word ("950 °C" is "950 градусов", `lexicon_idioms`), and
"скольки", "скольким", "сколькими" ask a figure as "сколько" does ("от скольки до скольки ...?"). Shown on small
notes written here (no pack's subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import re

import pytest

from studybot.core.lexicon_idioms import IDIOMS
from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Гончарную печь в Ковалёве сложили из кирпича-сырца в 1911 году.
Обжиг глиняной посуды в печи длился около двух суток.
При обжиге черепок нагревали от 850 до 1000 °C.
При 100 °C из сырой глины уходит вся свободная вода, и черепок светлеет.
Горшки из местной красной глины звенели при ударе.
Глазурь для горшков смешивали из толчёного стекла и золы.
Несколько мастеров артели работали только с глазурью.
Мастер Семён Рудаков продавал горшки на ярмарке в Шуе.
Печь закрыли в 1932 году, когда мастерскую передали артели.
"""
PACK = Pack(id="gonchar", title="Гончарная печь", language="ru", cards=(),
            sections=(Section(id="s", title="Гончарная печь в Ковалёве", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "said"), [
    ("что происходит при 100 градусах?", "свободная вода"),
    ("что бывает с черепком при 100 градусах?", "свободная вода"),
    ("от скольки до скольки градусов нагревали черепок?", "от 850 до 1000"),
    ("до скольки нагревали черепок при обжиге?", "от 850 до 1000"),
])
def test_the_figure_asked_is_found(tutor, question, said):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and said in reply.text


@pytest.mark.parametrize("question", ["что происходит с глазурью при 1200 градусах?",
                                      "от скольки до скольки лет учились подмастерья?"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("text", "read"), [
    ("при 100 °C вода кипит", "при 100 градусов вода кипит"),
    ("при 25°С раствор", "при 25 градусов раствор"),
    ("451 ° F", "451 градусов"),
    ("40° с. ш.", "40 градусов с. ш."),  # the "с" of "северной широты" is no scale
    ("°C без числа", "°C без числа"),  # no figure before it: nothing is read
])
def test_the_sign_of_degrees_after_a_figure_is_read_as_the_word(text, read):
    for pattern, word in IDIOMS["ru"]:
        text = re.sub(pattern, word, text, flags=re.IGNORECASE)
    assert " ".join(text.split()) == read
