"""What a passage is about: a sentence's topic is its first content word past a date, a figure or an enumerator;
an English question asks something of the words after its auxiliary; a passage whose topic is that subject ranks
above one that names it only further in ("The AV node delays ..." for "what does the AV node do?", not "The
impulse then reaches the AV node"). Invented texts, no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.topics import AUXILIARIES, TOPIC_KEY, subject, topic_keys
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


def _topic(sentence: str, language: str = "en") -> set[str]:
    words = Words(language)
    prepared = words.prepare(sentence)
    stems = words.stems(prepared)
    found = topic_keys(prepared, stems, words.content(prepared), words)
    return {k.removeprefix(TOPIC_KEY) for k in found}


@pytest.mark.parametrize(("sentence", "topic"), [
    ("The shuttle carries the thread across the cloth.", "shuttl"),
    ("The loom passes the thread to the shuttle.", "loom"),
    ("In 1841 the weavers of the valley went on strike.", "weaver"),  # a date only sets it in time
    ("Third, the mill was cheap to run.", "mill"),  # an enumerator only sets it in order
    ("On 3 May 1820 the mill burnt down.", "mill"),
    ("Later the mill was rebuilt in brick.", "mill"),  # a time word
    ("Twelve looms stood in the long room.", "loom"),  # a figure
    ("В 1841 году ткачи долины начали стачку.", "ткач"),
])
def test_the_topic_is_the_first_word_past_time_figure_and_order(sentence: str, topic: str) -> None:
    language = "ru" if sentence[0] in "ВТ" else "en"
    assert topic in _topic(sentence, language)


def test_a_sentence_of_dates_and_figures_only_has_no_topic() -> None:
    assert _topic("In 1841, 1,200.") == set()


@pytest.fixture(scope="module")
def mill() -> Tutor:
    return tutor_on(
        "The loom passes the thread to the shuttle at the start of each row of cloth.\n"
        "The shuttle carries the thread across the cloth from one edge to the other.\n"
        "\n"
        "Dyeing the wool with madder gives the cloth of the valley four red stripes on each edge.\n"
        "The cloth of the valley has two blue stripes woven along each edge.\n", "The valley mill")


@pytest.mark.parametrize(("question", "expected"), [
    ("What does the shuttle do?", "shuttle"),
    ("How many stripes does the cloth of the valley have?", "cloth"),  # the subject after the auxiliary
    ("Is the shuttle made of wood?", "shuttle"),
    ("Who passes the thread to the shuttle?", None),  # the question word is the subject
    ("What did 1841 bring?", "bring"),  # a figure is no subject
])
def test_the_subject_of_an_english_question_follows_its_auxiliary(mill: Tutor, question: str,
                                                                  expected: str | None) -> None:
    asked = mill.analyser.question(question, normalise(question))
    assert asked is not None
    found = subject(asked, AUXILIARIES["en"])
    assert (found.text if found else None) == expected


def test_a_russian_question_has_no_subject_to_find() -> None:
    tutor = tutor_on("Челнок переносит нить через ткань.", "Ткацкая фабрика", "ru")
    asked = tutor.analyser.question("Что делает челнок?", normalise("Что делает челнок?"))
    assert asked is not None and subject(asked, AUXILIARIES.get("ru", frozenset())) is None


def test_the_passage_about_the_subject_answers(mill: Tutor) -> None:
    """Both sentences say "shuttle" and no more of the question; the one about the shuttle answers."""
    assert says(mill, "What does the shuttle do?", "carries the thread across")
    assert not says(mill, "What does the shuttle do?", "passes the thread to the shuttle")


def test_the_passage_about_the_subject_answers_though_long() -> None:
    """Both sentences say "shuttle" and no more of the question; the one about the shuttle answers though it goes on
    for thirty words and the other is short (brevity and bm25 favour it): being about what is asked weighs more."""
    tutor = tutor_on(
        "The loom passes the thread to the shuttle.\n\n"
        "The shuttle carries the thread across the warp from one edge of the cloth to the other at every throw of "
        "the arm all day long in the mill by the river near the old bridge below the hills of the green valley "
        "where sheep graze on wet grass.\n", "The valley mill")
    assert says(tutor, "What does the shuttle do?", "carries the thread across")
    assert not says(tutor, "What does the shuttle do?", "passes the thread to the shuttle")


def test_a_passage_going_on_about_the_subject_is_about_it() -> None:
    """"It carries ..." after "The shuttle is ..." is about the shuttle: it answers before a sentence about the weaver
    that says one word of the question more."""
    tutor = tutor_on(
        "The weaver carries the thread across the warp to the shuttle.\n\n"
        "The shuttle is made of beech. It carries the thread across the warp from one edge to the other.\n",
        "The valley mill")
    assert says(tutor, "What does the shuttle carry across the warp?", "from one edge to the other")
    assert not says(tutor, "What does the shuttle carry across the warp?", "The weaver carries")
