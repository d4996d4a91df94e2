"""Two more ways a Russian text defines a term, and the ways a learner asks for a definition in plain words
(`tutor.definitions._heads`, `lexicon_framing.RU_FRAMING_PHRASES`), on notes of our own (a mill):

- "... измеряют в пудах: это мера ..." ("X: это Y"): the pronoun after the colon stands for the word before it;
- "... стоит короб, мучной ларь, куда ..." ("a description, the term, a relative clause"): the term between commas
  is introduced by the word before it;
- "что такое X простыми словами?", "что такое X с точки зрения химии?", "если коротко, что такое X?": the
  text's definition of X answers.
Traps: a phrase in brackets after a comma ("в 1812 году, в Москве, где ...") names no term."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.definitions import titled_only
from tests.notes import place, says

MILL = """\
Мельница стояла на ручье у села Верхнее.
Зерно на мельницу возили в пудах, и плату брали пудами.
Вес зерна измеряли в пудах: это старая мера, около шестнадцати килограммов.
Под жерновами стоит короб, мучной ларь, куда ссыпается мука.
Мучной ларь чистили раз в неделю.
Мучной ларь делали из липы, потому что липа не пахнет.
Жернова ковали кузнецы из соседнего села.
Жернов — это тяжёлый каменный круг, который мелет зерно.
Жернов на мельнице меняли раз в десять лет.
Мельник часто жаловался на жернов: тот быстро стирался.
В 1812 году, в Смоленске, где стоял полк, мельница молола для армии.
"""
PACK = Pack(id="mill", title="Мельница", language="ru", cards=(),
            sections=(Section(id="s", title="Мельница на ручье", notes=MILL),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "sentence"), [
    ("что такое пуд?", "Вес зерна измеряли в пудах"),  # "X: это Y"
    ("что такое мучной ларь?", "Под жерновами стоит короб"),  # "Y, X, куда ..."
])
def test_ru_the_defining_sentence_ranks_first(tutor, question, sentence):
    assert place(tutor, question, sentence) == 0


@pytest.mark.parametrize("question", [
    "что такое жернов простыми словами?",
    "что такое жернов своими словами",
    "если коротко, что такое жернов?",
    "что такое жернов с точки зрения мельника?",
    "что такое жернов, в двух словах?",
])
def test_ru_a_definition_asked_in_plain_words(tutor, question):
    assert says(tutor, question, "тяжёлый каменный круг")


def test_ru_a_place_between_commas_defines_nothing(tutor):
    doc = next(d for d in tutor.docs if d.text.startswith("В 1812 году"))
    assert not doc.heads & {"смоленск", "смоленс"}


BOOK = """\
О мельницах Лукин написал в книге «Мельницы и водяной привод» (1901): все мельницы долины стояли на ручьях.
Этой теме он посвятил книгу «Мельницы и водяной привод», вышедшую в 1901 году.
Водяным приводом Лукин назвал силу воды на колесе.
Там же Лукин описал водяной привод.
"""


def test_ru_a_term_only_inside_a_title_is_not_defined_there():
    tutor = Tutor(Pack(id="book", title="Книга", language="ru", cards=(),
                       sections=(Section(id="s", title="Книга Лукина", notes=BOOK),)), cache=False)
    assert place(tutor, "что такое водяной привод?", "Водяным приводом Лукин назвал") == 0


@pytest.mark.parametrize(("text", "titled"), [
    ("Он написал книгу «Мельницы и водяной привод» (1901).", True),
    ("Водяной привод описан в книге «Мельницы и водяной привод».", False),  # said outside the title too
    ("Корабль «Привод» вышел в море.", False),  # the term itself quoted: no title of something else
    ("Водяным приводом назвали передачу силы.", False),
])
def test_titled_only(text, titled):
    words = Tutor(PACK, cache=False).words
    stems = frozenset(words.stem(w) for w in ("водяной", "привод"))
    assert titled_only(text, stems, words) is titled
