"""Russian idioms of heading something (`lexicon_idioms`): "поставить во главе X" is "назначить" ("когда Фомина
поставили во главе варниц?": "Фомина назначили управляющим варницами"), "встать во главе X" is "возглавить" ("кто
встал во главе бунта?": "бунт возглавил ..."); the "глава" of the idiom heads nothing. Shown on small notes written here
(no pack's subject), with questions the notes do not answer still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES = """\
Соляные варницы у села Усолье построили в 1690 году на берегу реки Камы.
В 1723 году купца Савву Фомина назначили управляющим всеми варницами Усолья.
Соль вываривали из рассола в больших железных чренах.
Летом 1741 года бунт работных людей возглавил солевар Яков Ляхов.
Бунт подавили через месяц, а Ляхова сослали в Сибирь.
Глава уездной управы Ерофей Шилов жаловался на варницы в столицу.
Варницы закрыли в 1865 году, когда соль стала дешевле привозить.
"""
PACK = Pack(id="usolye", title="Соляные варницы", language="ru", cards=(),
            sections=(Section(id="s", title="Варницы Усолья", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("когда савву фомина поставили во главе всех варниц?", "1723"),
    ("кто встал во главе бунта работных людей?", "Яков Ляхов"),
])
def test_an_idiom_of_heading_is_read_as_its_verb(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize("question", ["когда ерофея шилова поставили во главе управы?",  # the notes give no date
                                      "кто встал во главе церкви в усолье?"])
def test_what_the_notes_do_not_say_is_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
