"""A sentence's first word is not a name because it is capitalised (`tutor.openings`, issue #12).

"Under it the keepers kept ...", "Because it burned ...", "For this reason ..." open with words of the language: such a
sentence goes on about the one before it (`Traits.continues`), and a reply that shows it shows that sentence too. A
name that opens a sentence is still one when the pack says so (written capitalised inside a sentence elsewhere, or
given by the aliases: "Paris, it seems, ...", "Darwin, he wrote, ...", "Москва, по его словам, ..."), and such a
sentence is about that name. A demonstrative after the first word ("Today these two kinds ...") names a thing of the
sentence before again and stands for no more of what that sentence says. An English "that" after the first word is a
relative pronoun ("Frost that forms ..."), a personal pronoun there points forward to a name the sentence gives ("In
his letters Marlow ..."), and a connective opening a sentence before a name ("However Marlow ...",
"Однако Орлов ...") is no name. A name before the first pronoun (not after a preposition) is what the pronoun stands
for ("Главный приток — Кельма: она ..."). Shown on small texts written here (no pack's subject), in English and
Russian."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor, otherwise
from studybot.core.tutor.names import find_names
from studybot.core.tutor.words import Words

EN_NOTES = """\
The Kell lighthouse stands on a black rock at the mouth of the river.
Under it the keepers kept two rowing boats and a store of lamp oil.
Frost that forms on the lamp glass dims the light, so the keepers wipe the glass every hour.
The first lamp burned whale oil.
Because it burned whale oil, the first lamp smoked and needed cleaning twice a night.
The keepers logged two kinds of storm.
Today these two kinds are called gales and squalls.

The monks of the abbey came to Paris in 1120 to buy glass for the lantern.
Paris, it seems, sold them green glass only.
Darwin, he wrote later, saw the light from his ship in 1836.

The keeper Tom Marlow wrote about the light for forty years.
In his letters Marlow praised the new lamp.
For this work Marlow was given a silver medal.
"""
RU_NOTES = """\
Купец Орлов открыл в Москве суконную фабрику в 1846 году.
В 1850 году он построил при ней школу для детей ткачей.
Москва, по его словам, давала фабрике больше заказов, чем ярмарка.
Там он купил второй дом у реки.
Однако Орлов скоро продал фабрику и уехал на юг, потому что он разорился.

Фабрика брала воду из реки. Главный приток реки — Кельма: она приносит половину всей воды.
На Кельме он поставил вторую плотину.
"""
EN = Pack(id="kell", title="The Kell lighthouse", cards=(), aliases={"Darwin": ("Charles Darwin",)},
          sections=(Section(id="l", title="Light", notes=EN_NOTES),))
RU = Pack(id="orlov", title="Фабрика Орлова", language="ru", cards=(),
          sections=(Section(id="f", title="Фабрика", notes=RU_NOTES),))


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": Tutor(EN, cache=False), "ru": Tutor(RU, cache=False)}


def doc_of(tutor: Tutor, sentence: str):
    return next(d for d in tutor.docs if d.text.startswith(sentence))


CONTINUES = [
    ("en", "Under it the keepers", True),  # a preposition, then a pronoun: not a name
    ("en", "Because it burned", True),
    ("en", "The first lamp", False),  # no pronoun at all
    ("en", "Frost that forms", False),  # a relative "that"
    ("en", "Paris, it seems", False),  # a name (capitalised inside a sentence elsewhere) opens it: about Paris
    ("en", "Darwin, he wrote", False),  # a name the aliases give
    ("en", "In his letters Marlow", False),  # "his" points forward to the name the sentence gives
    ("en", "For this work Marlow", True),  # a demonstrative points back
    ("ru", "В 1850 году он", True),
    ("ru", "Там он купил", True),
    ("ru", "Москва, по его словам", False),  # "в Москве" inside a sentence: a name
    ("ru", "Главный приток реки", False),  # a name before the pronoun: "она" is the Kelma
    ("ru", "На Кельме он", True),  # ... but not after a preposition: "он" is Orlov
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), CONTINUES)
def test_a_capitalised_opening_word_is_a_name_only_when_the_pack_says_so(tutors, lang, sentence, expected):
    assert doc_of(tutors[lang], sentence).traits.continues is expected


def test_under_it_stands_for_what_the_sentence_before_names(tutors):
    tutor = tutors["en"]
    asked = tutor.analyser.question("what was kept under the lighthouse?",
                                    normalise("what was kept under the lighthouse?"))
    assert asked is not None
    unit = next(u for u in asked.units if u.stem == tutor.words.stem("lighthouse"))
    assert otherwise.said_before(doc_of(tutor, "Under it the keepers"), unit, tutor.ranker.library)


def test_a_demonstrative_after_the_first_word_names_one_thing_again_not_all_the_sentence_before_says(tutors):
    """"Today these two kinds ..." names the kinds of storm again (`referring`): it does not say that the keepers
    logged them, as "It ..." or "Under it ..." would stand for what the sentence before is about."""
    tutor = tutors["en"]
    asked = tutor.analyser.question("what are the storms the keepers logged called?",
                                    normalise("what are the storms the keepers logged called?"))
    assert asked is not None
    unit = next(u for u in asked.units if u.stem == tutor.words.stem("keepers"))
    doc = doc_of(tutor, "Today these two kinds")
    assert doc.traits.continues
    assert not otherwise.said_before(doc, unit, tutor.ranker.library)


def test_a_reply_from_a_sentence_opening_under_it_shows_the_sentence_before(tutors):
    reply = tutors["en"].ask("what did the keepers keep under the lighthouse?")
    assert reply.kind == "answer"
    assert any(s.startswith("Under it the keepers") for s in reply.sentences)
    assert any(s.startswith("The Kell lighthouse stands") for s in reply.sentences)


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "who built the lighthouse?"),  # no builder is named: "Under it ..." names nobody
    ("en", "when did the keepers buy the boats?"),
    ("ru", "кто построил школу в Париже?"),
])
def test_questions_the_notes_do_not_answer_are_still_declined(tutors, lang, question):
    assert tutors[lang].ask(question).kind == "decline"


@pytest.mark.parametrize(("lang", "texts", "connective", "name"), [
    ("en", ["However Marlow refused to sell the mill.", "The mill stood near Marlow."], "however", "marlow"),
    ("ru", ["Однако Орлов продал фабрику.", "Фабрику купил брат Орлова."], "однако", "орлов"),
])
def test_a_connective_opening_a_sentence_before_a_name_is_no_name(lang, texts, connective, name):
    words = Words(lang)
    book = find_names(texts, words)
    assert words.name_stem(connective) not in book.stems
    assert words.name_stem(name) in book.stems
