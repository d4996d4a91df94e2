"""A sentence that goes on from the one before it by a connective says one statement with it (`tutor.continuing`):
when it opens with "Then", "However", "Затем", "Поэтому" ..., a word of the question that sentence says counts for it
in part, and a reply showing it shows that sentence first. A sentence that opens otherwise ("The kiln ..." after
"... the kiln") gets only what any sentence nearby gives; a question whose fact the text does not give is still
declined. Shown on small texts written here (no pack's subject), in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor, continuing

from .notes import tutor_on

EN_NOTES = """\
The Harwick potters fired their jugs in a long brick kiln on the bank of the Orle.
Every jug was dipped in a grey slip before firing.
The kiln was lit on Mondays and burned for three days and nights.
Then the potters let it cool for a whole week before they opened the door.
The slip came from a clay pit at Tessby, a mile upstream.
However, the best blue glaze was bought from traders at Cawl.
Boys carried the jugs to the market cart in straw baskets.
The kiln stood on a stone floor that kept the damp out.
"""

RU_NOTES = """\
Гончары деревни Ольшанки обжигали кувшины в длинной печи на берегу Орли.
Печь разжигали по понедельникам, и она горела три дня и три ночи.
Затем гончары ждали пять дней, пока глина остынет, и только потом открывали заслонку.
Глину возили из карьера у Тесьмы, в версте выше по реке.
Поэтому кувшины Ольшанки были светлее соседских.
Мальчишки носили кувшины к телеге в соломенных корзинах.
"""


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_on(EN_NOTES, "The Harwick potters"), "ru": tutor_on(RU_NOTES, "Гончары Ольшанки", "ru")}


def doc_of(tutor: Tutor, sentence: str):
    return next(d for d in tutor.docs if d.text.startswith(sentence))


@pytest.mark.parametrize(("lang", "sentence", "before"), [
    ("en", "Then the potters let it cool", "The kiln was lit"),  # a connective
    ("en", "However, the best blue glaze", "The slip came"),
    ("ru", "Затем гончары ждали", "Печь разжигали"),
    ("ru", "Поэтому кувшины Ольшанки", "Глину возили"),
])
def test_a_sentence_continues_the_one_before(tutors, lang, sentence, before):
    tutor = tutors[lang]
    found = continuing.continued(doc_of(tutor, sentence), tutor.ranker.library)
    assert found is not None and found.text.startswith(before)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "The kiln stood on a stone floor"),  # "the" + a word said before: no more than any sentence nearby
    ("en", "Boys carried the jugs"),
    ("en", "The Harwick potters"),  # the first of its paragraph: nothing before it
    ("ru", "Мальчишки носили кувшины"),
    ("ru", "Глину возили"),
])
def test_a_sentence_that_does_not_continue_the_one_before(tutors, lang, sentence):
    tutor = tutors[lang]
    assert continuing.continued(doc_of(tutor, sentence), tutor.ranker.library) is None


@pytest.mark.parametrize(("text", "opens"), [
    ("Then the door was opened.", True),
    ("However, the glaze was dear.", True),
    ("Однако глина была плохой.", True),
    ("Затем цикл повторяется.", True),
    ("The door was then opened.", False),  # a connective inside the sentence orders its own clauses
    ("Thenford is a village by the river.", False),  # a word that only begins like one
    ("Так называемая печь стояла у реки.", False),  # "so-called"
    ("Так используется часть тепла.", True),
    ("So far nothing was sold.", False),  # "so far": no connective
    ("Later growers repeated the cross.", False),  # "later" of a noun
    ("Потолок печи был низким.", False),
])
def test_an_opening_connective(text, opens):
    assert continuing.opens_connective(text) is opens


def covered(tutor: Tutor, question: str, sentence: str) -> float:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return next(r.coverage for r in tutor.ranker.rank(asked) if r.doc.text.startswith(sentence))


@pytest.mark.parametrize(("lang", "question", "sentence"), [
    ("en", "How long did the kiln cool before the door was opened?", "Then the potters let it cool"),
    ("ru", "Сколько дней ждали, пока остынет печь?", "Затем гончары ждали"),
])
def test_what_the_continued_sentence_says_counts_in_part(tutors, monkeypatch, lang, question, sentence):
    tutor = tutors[lang]
    with_before = covered(tutor, question, sentence)
    monkeypatch.setattr(continuing, "goes_on_from", lambda *args, **kwargs: None)
    assert with_before > covered(tutor, question, sentence)


@pytest.mark.parametrize(("lang", "question", "fact", "before"), [
    ("en", "How long did the potters let the kiln cool?", "a whole week",
     "The kiln was lit"),
    ("en", "Where was the best blue glaze for the jugs bought?", "Cawl", "The slip came"),
    ("ru", "Сколько дней гончары ждали, прежде чем открыть заслонку печи?", "пять дней", "Печь разжигали"),
])
def test_the_reply_shows_the_sentence_before_first(tutors, lang, question, fact, before):
    reply = tutors[lang].ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)
    assert reply.sentences[0].startswith(before)


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "What colour was the door of the kiln?"),  # "Then ..." and the sentence before say nothing of it
    ("en", "How much did the blue glaze cost at Cawl?"),
    ("en", "Who lit the kiln on Mondays?"),
    ("ru", "Какого цвета была заслонка печи?"),
    ("ru", "Сколько стоили кувшины Ольшанки?"),
])
def test_a_question_the_text_does_not_answer_is_still_declined(tutors, lang, question):
    assert tutors[lang].ask(question).kind == "decline"
