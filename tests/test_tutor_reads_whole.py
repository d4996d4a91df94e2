"""A reply reads whole (`tutor.replies._whole`): when its first sentence goes on from the one before it (an opening
pronoun, a connective), that sentence is shown first too, and so on back, while the reply has room (three sentences,
`Weights.max_sentences`). Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

LENN = """\
The Lenn Bridge crosses the river Avon at Kessa. It was the first iron bridge in the county.
Anna Berg designed it and Ivo Holm cast it.

The Marl Bridge at Tove is older than any other bridge on the Avon. It is made of grey stone."""

LASKA = """\
Мост через реку Ласку построили в 1890 году. Он стал первым железным мостом губернии.
Его спроектировал инженер Пётр Вент."""


def tutor_of(notes: str, language: str) -> Tutor:
    return Tutor(Pack(id="t", title="Bridges", cards=(), language=language,
                      sections=(Section(id="s", title="Old bridges", notes=notes),)), cache=False)


@pytest.mark.parametrize(("notes", "language", "question", "expected"), [
    (LENN, "en", "who designed the Lenn Bridge?",
     ("The Lenn Bridge crosses the river Avon at Kessa.", "It was the first iron bridge in the county.",
      "Anna Berg designed it and Ivo Holm cast it.")),
    (LENN, "en", "who cast the Lenn Bridge?",
     ("The Lenn Bridge crosses the river Avon at Kessa.", "It was the first iron bridge in the county.",
      "Anna Berg designed it and Ivo Holm cast it.")),
    (LASKA, "ru", "Кто спроектировал мост через Ласку?",
     ("Мост через реку Ласку построили в 1890 году.", "Он стал первым железным мостом губернии.",
      "Его спроектировал инженер Пётр Вент.")),
])
def test_a_reply_shows_the_sentences_its_first_one_goes_on_from(notes, language, question, expected):
    reply = tutor_of(notes, language).ask(question)
    assert (reply.kind, reply.sentences) == ("answer", expected)


def test_a_reply_opening_with_a_whole_sentence_takes_none_before_it():
    reply = tutor_of(LENN, "en").ask("what is the Marl Bridge made of?")
    assert reply.kind == "answer" and reply.sentences[0].startswith("The Marl Bridge")


@pytest.mark.parametrize("question", ["Что такое ласк?", "Чему равен 1 ласк?"])
def test_a_russian_definition_of_a_figure_goes_on_from_no_sentence_before_it(question):
    # "1 ласк — это ...": "это" is the copula of a definition whose term opens with a figure, no pronoun (`openings`)
    notes = "Купцы Мерва торговали зерном и солью по всему побережью. 1 ласк — это мера веса, равная трём пудам зерна."
    reply = tutor_of(notes, "ru").ask(question)
    assert (reply.kind, reply.sentences) == ("answer", ("1 ласк — это мера веса, равная трём пудам зерна.",))


def test_a_pronoun_after_a_clause_break_goes_on_from_no_sentence_before():
    # "Затем ..." goes on from the forge sentence, whose "он" (after ", и") is the forge itself: nothing before it
    notes = ("Кузнецы Ольшанки ковали подковы для всей округи. Горн раздували мехами, и он горел до ночи. "
             "Затем угли заливали водой.")
    reply = tutor_of(notes, "ru").ask("Чем заливали угли?")
    assert (reply.kind, reply.sentences) == ("answer", ("Горн раздували мехами, и он горел до ночи.",
                                                        "Затем угли заливали водой."))
