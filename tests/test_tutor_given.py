"""A passage that names nothing goes on about the name the sentence right before it gives (`tutor.given`): "In the
second crop the husks gave a ratio of 1:2:1." after "Edwin Hale crossed two kinds of barley at Marlow in 1866." is
about Hale's cross, so it ranks for "what ratio of husks did Hale get?" as if it named him; in English and Russian.
It only ranks: what decides whether a passage answers (its coverage) is unchanged, so a question the text does not
answer is still declined. A sentence that names something of its own, opens on a word of a name or with a pronoun, or
follows the name two sentences later, lends nothing. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor, ranking, referring
from studybot.core.tutor.given import named_before

from .notes import place

EN_NOTES = """\
The Kell valley lies west of the Orrin hills.
Farmers in the Kell valley grow barley and keep sheep.
Most villages of the valley stand on the north bank of the river.
The river floods in spring, and the fields stay wet until May.
Sheep are sheared in June and their wool is sold at the autumn fair.
Edwin Hale crossed two kinds of barley at Marlow in 1866.
In the second crop the husks gave a ratio of 1:2:1.
Hale sent his results to a journal in the capital, which printed them in 1868.
Later growers repeated the cross and got the same ratios of colour and husk.
"""
RU_NOTES = """\
Долина Келл лежит к западу от холмов Оррин.
Крестьяне долины сеют ячмень и держат овец.
Весной река разливается, и поля стоят мокрыми до мая.
Шерсть овец продают на осенней ярмарке.
Строительство первого каменного моста через Келл начал мастер Гордей Стрельцов в 1712 году.
Строительство продолжалось шесть лет, и на него ушло три тысячи возов камня.
Стрельцов умер в 1731 году в Новгороде.
Позже каменные мосты строили и другие мастера, и строительство каждого шло годами.
"""
EN = Pack(id="kell", title="The Kell valley", cards=(), sections=(Section(id="b", title="Barley", notes=EN_NOTES),))
RU = Pack(id="kell-ru", title="Долина Келл", language="ru", cards=(),
          sections=(Section(id="m", title="Мосты", notes=RU_NOTES),))


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": Tutor(EN, cache=False), "ru": Tutor(RU, cache=False)}


def share(tutor: Tutor, question: str, sentence: str) -> float:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    doc = next(d for d in tutor.docs if d.text.startswith(sentence))
    return named_before(doc, asked, tutor.ranker.library,
                        lambda d, q: ranking.supplies(d, q, tutor.ranker.library.words))


CASES = [
    ("en", "What ratio of husks did Hale get?", "In the second crop"),
    ("ru", "Сколько лет длилось строительство моста Стрельцова?", "Строительство продолжалось"),
]


@pytest.mark.parametrize(("lang", "question", "sentence"), CASES)
def test_a_passage_naming_nothing_ranks_for_the_name_before_it(tutors, monkeypatch, lang, question, sentence):
    tutor = tutors[lang]
    assert share(tutor, question, sentence) > 0
    with_rule = place(tutor, question, sentence)
    assert with_rule == 0
    monkeypatch.setattr(referring, "named_before", lambda *args, **kwargs: 0.0)
    assert place(tutor, question, sentence) > with_rule


@pytest.mark.parametrize(("lang", "question", "sentence"), [
    # it names Hale itself: it is about what it names
    ("en", "What ratio of husks did Hale get?", "Hale sent his results"),
    # the name is two sentences back: "Later growers ..." follows "Hale sent ...", which names Hale, but opens on no
    # name; Marlow is given three sentences back only
    ("en", "What did the growers at Marlow get?", "Later growers"),
    # it names a city of its own (Новгород)
    ("ru", "Где умер мастер Стрельцов?", "Стрельцов умер"),
    # "Позже ... другие мастера": the sentence before names Стрельцов, but it names nothing the question asks of
    ("ru", "Сколько лет строили мост через Оррин?", "Позже каменные мосты"),
])
def test_no_name_is_lent_where_the_passage_is_not_about_it(tutors, lang, question, sentence):
    assert share(tutors[lang], question, sentence) == 0.0


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "Where was Hale born?"),
    ("en", "How old was Hale in 1866?"),
    ("ru", "Сколько стоил мост Стрельцова?"),
    ("ru", "Где родился Стрельцов?"),
])
def test_questions_the_text_does_not_answer_are_still_declined(tutors, lang, question):
    assert tutors[lang].ask(question).kind == "decline"


# Deciding: a person the question asks about must be named by the passage that answers; a passage that names nothing
# names the person the sentence right before it names ("The young weaver ..." after "Mira Holt ...").
DECIDE_EN = """\
Mira Holt was born on a farm by the sea in 1829.
The young weaver opened her first workshop in 1851.
Jon Berg came to the town from the hills in 1840.
The carpenter built his first boat in 1846.
"""
DECIDE_RU = """\
Гордей Стрельцов родился в деревне у реки в 1690 году.
Молодой мастер построил первую мельницу в 1712 году.
Иван Орлов пришёл в город с холмов в 1720 году.
Плотник срубил свою первую лодку в 1725 году.
"""


@pytest.fixture(scope="module")
def deciding() -> dict[str, Tutor]:
    return {"en": Tutor(Pack(id="holt", title="Holt", cards=(), sections=(
                Section(id="h", title="Weavers", notes=DECIDE_EN),)), cache=False),
            "ru": Tutor(Pack(id="holt-ru", title="Мастера", language="ru", cards=(), sections=(
                Section(id="h", title="Мастера", notes=DECIDE_RU),)), cache=False)}


@pytest.mark.parametrize(("lang", "question", "fact", "before"), [
    ("en", "When did Mira Holt open her first workshop?", "1851", "Mira Holt was born"),
    ("ru", "Когда Стрельцов построил первую мельницу?", "1712", "Гордей Стрельцов родился"),
])
def test_a_passage_naming_nothing_answers_for_the_person_named_before_it(deciding, monkeypatch, lang, question, fact,
                                                                         before):
    reply = deciding[lang].ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences)
    assert reply.sentences[0].startswith(before)  # the reply shows whom it speaks of
    monkeypatch.setattr(ranking, "names_given", lambda *args, **kwargs: False)
    assert fact not in " ".join(deciding[lang].ask(question).sentences)


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "When did Mira Holt build her first boat?"),  # the carpenter is Jon Berg, named right before it
    ("ru", "Когда Стрельцов срубил первую лодку?"),
])
def test_a_person_named_before_another_sentence_is_not_lent(deciding, lang, question):
    assert deciding[lang].ask(question).kind == "decline"
