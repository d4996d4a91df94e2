"""A sentence read with the one before it (`tutor.referring`, issue #12): a passage that refers back to the sentence
before it, by a demonstrative before a word that sentence says ("These bricks ...", "этой мельницы") or an opening word
of place ("There ...", "Там ..."), ranks for the question's words that sentence says, and a reply showing it shows that
sentence too. It only ranks: what decides whether a passage answers is unchanged, so a question the text does not
answer is still declined. A demonstrative after a clause break, an existential "there were" or a "that" inside a
sentence refers to nothing before. Shown on small texts written here (no pack's subject), in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor, referring

from .notes import place

EN_NOTES = """\
The Orrin glassworks stood on the north bank of the Kell, below the hills.
Its first furnace burned peat cut from the moor.
The glassmakers also kept a small kiln for drying the peat in wet summers.
In 1871 the owners built a new furnace of fire brick beside the old one.
These bricks came by barge from Marlow and cost twice as much as common brick.
Masons from Dunmore came every winter to mend the furnace.
The new furnace melted sand at 1,400 degrees, so the works could make clear window glass.
Window glass from Orrin was sold in the towns along the river, 12 crates a week.
The old peat furnace was pulled down in 1880.
Green bottles were blown in a shed at the east end of the yard.
There the blowers worked in teams of three, each with a boy to carry the bottles.
There were two more sheds, both used for storing sand.
"""
RU_NOTES = """\
Мастер Гордей Стрельцов построил на Келле новую мельницу в 1712 году.
Колесо этой мельницы вращало четыре жернова, а плотину насыпали из камня.
Старая мельница стояла ниже по реке и работала до 1740 года.
В деревне Орша жили мельники и кузнецы.
Там же стояла кузница, где ковали обручи для колёс.
Весной река разливалась; эти разливы сносили мостки.
"""
EN = Pack(id="orrin", title="The Orrin glassworks", cards=(),
          sections=(Section(id="g", title="Glass", notes=EN_NOTES),))
RU = Pack(id="orrin-ru", title="Мельницы на Келле", language="ru", cards=(),
          sections=(Section(id="m", title="Мельницы", notes=RU_NOTES),))


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": Tutor(EN, cache=False), "ru": Tutor(RU, cache=False)}


def doc_of(tutor: Tutor, sentence: str):
    return next(d for d in tutor.docs if d.text.startswith(sentence))


def scored(tutor: Tutor, question: str, sentence: str) -> tuple[float, float]:
    """A sentence's score and coverage for a question."""
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return next((r.score, r.coverage) for r in tutor.ranker.rank(asked) if r.doc.text.startswith(sentence))


REFERRING = [
    ("en", "These bricks came", "In 1871 the owners"),  # a demonstrative before a word the sentence before says
    ("en", "There the blowers", "Green bottles"),  # an opening word of place
    ("ru", "Колесо этой мельницы", "Мастер Гордей"),
    ("ru", "Там же стояла", "В деревне Орша"),
]


@pytest.mark.parametrize(("lang", "sentence", "before"), REFERRING)
def test_a_sentence_refers_back_to_the_one_before(tutors, lang, sentence, before):
    tutor = tutors[lang]
    found = referring.refers_back(doc_of(tutor, sentence), tutor.ranker.library)
    assert found is not None and found.text.startswith(before)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "There were two more sheds"),  # "there were": no place
    ("en", "The new furnace melted"),  # "the" + a word said before: every sentence about a thing says "the thing"
    ("en", "Its first furnace"),  # a pronoun: `Traits.continues` reads it, not this rule
    ("ru", "Весной река разливалась"),  # "эти разливы" after the clause break: "разливалась" of its own sentence
    ("ru", "Старая мельница стояла"),
])
def test_a_sentence_that_does_not_refer_back(tutors, lang, sentence):
    tutor = tutors[lang]
    assert referring.refers_back(doc_of(tutor, sentence), tutor.ranker.library) is None


def test_that_inside_a_sentence_refers_to_nothing(tutors):
    words = tutors["en"].ranker.library.words
    before = frozenset({words.stem("glass")})
    assert not referring._refers("The owners said that glass sold well.", before, words)
    assert referring._refers("That glass sold well.", before, words)


RANKED = [
    ("en", "Where did the fire brick for the new furnace come from?", "These bricks came"),
    ("ru", "Сколько жерновов было у мельницы, которую построил Стрельцов в 1712 году?", "Колесо этой мельницы"),
]


@pytest.mark.parametrize(("lang", "question", "sentence"), RANKED)
def test_what_the_sentence_before_says_ranks_the_one_referring_to_it(tutors, monkeypatch, lang, question, sentence):
    tutor = tutors[lang]
    assert place(tutor, question, sentence) == 0
    score, coverage = scored(tutor, question, sentence)
    monkeypatch.setattr(referring, "referred_keys", lambda *args, **kwargs: frozenset())
    plain_score, plain_coverage = scored(tutor, question, sentence)
    assert score > plain_score  # it ranks higher ...
    assert coverage == plain_coverage  # ... and answers as it did


@pytest.mark.parametrize(("lang", "question", "sentence", "before"), [
    # "There" names no place: the place asked for is the sentence before's
    ("en", "Where did the bottle blowers work in teams of three?", "There the blowers", "Green bottles"),
    ("en", "Where did the fire brick for the new furnace come from?", "These bricks came", "In 1871 the owners"),
    ("ru", "Сколько жерновов было у мельницы, которую построил Стрельцов в 1712 году?", "Колесо этой мельницы",
     "Мастер Гордей"),
])
def test_the_reply_shows_the_sentence_referred_to(tutors, lang, question, sentence, before):
    reply = tutors[lang].ask(question)
    assert reply.kind == "answer"
    assert any(s.startswith(sentence) for s in reply.sentences)
    assert any(s.startswith(before) for s in reply.sentences)


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "What colour were the bricks?"),  # "These bricks ..." says none, nor the sentence before
    ("en", "How long did the barge take from Marlow?"),
    ("en", "Who paid for the fire brick?"),
    ("ru", "Кто построил кузницу в Орше?"),
    ("ru", "Сколько стоила новая мельница?"),
])
def test_a_question_the_text_does_not_answer_is_still_declined(tutors, lang, question):
    assert tutors[lang].ask(question).kind == "decline"
