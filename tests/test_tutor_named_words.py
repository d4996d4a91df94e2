"""A common word inside a name (`tutor.named_words`): "why was Helby interested?" is answered by the sentence that
says "interested", not by one whose "Interest" is part of a paper's name ("The Evening Interest"); a question that
writes the name ("who wrote for the evening interest?") still finds it, and so does the name's own word in either
number or, in Russian, in any case. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Card, Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.named_words import FORM, named_only

EN_NOTES = """\
Ada Fenwick, a former mayor of Helby, was one of the writers of The Evening Interest.
So far nothing would make the Duke interested in Helby.
The Corn Exchange of Helby opened in 1850.
Wool and salt were traded at the harbour.
"""
RU_NOTES = """\
Ада Фенвик, бывший мэр Хелби, писала для газеты Вечерний Интерес.
Ничто не могло заставить герцога интересоваться Хелби.
"""
MAYOR = Card(id="mayor", section="s", kind="short", prompt="Who was a mayor of Helby?", answer="Ada Fenwick")
EN = Pack(id="helby", title="Helby", cards=(MAYOR,),  # the card's prompt leads to the mayor's sentence
          sections=(Section(id="s", title="The town of Helby", notes=EN_NOTES),))
RU = Pack(id="helby-ru", title="Хелби", language="ru", cards=(),
          sections=(Section(id="s", title="Город Хелби", notes=RU_NOTES),))


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": Tutor(EN, cache=False), "ru": Tutor(RU, cache=False)}


def _named(tutor: Tutor, start: str) -> frozenset[str]:
    doc = next(d for d in tutor.docs if d.text.startswith(start))
    return named_only(doc.text, tutor.library.names, tutor.library.words)


def test_a_word_only_inside_a_name_is_read_as_the_name(tutors: dict[str, Tutor]) -> None:
    named = _named(tutors["en"], "Ada Fenwick")
    assert FORM + "interest" in named and FORM + "evening" in named
    assert not _named(tutors["en"], "So far")  # "interested" stands as a word of its own
    assert FORM + "интерес" in _named(tutors["ru"], "Ада Фенвик")


def test_a_common_word_is_not_met_by_a_name(tutors: dict[str, Tutor]) -> None:
    reply = tutors["en"].ask("why was Helby interested?")
    assert reply.kind == "answer"
    assert "interested" in reply.sentences[0]


@pytest.mark.parametrize(("code", "question", "said"), [
    ("en", "who wrote for the evening interest?", "The Evening Interest"),
    ("en", "when did the corn exchange open?", "Corn Exchange"),
    ("en", "when did the corn exchanges open?", "Corn Exchange"),
    ("ru", "для какой газеты писала фенвик?", "Вечерний Интерес"),
])
def test_the_name_itself_is_still_found(tutors: dict[str, Tutor], code: str, question: str, said: str) -> None:
    reply = tutors[code].ask(question)
    assert reply.kind == "answer"
    assert said in reply.sentences[0]
