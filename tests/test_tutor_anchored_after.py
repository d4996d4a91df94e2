"""A question dated by another event ("what did the council build after the flood?") is answered by the sentence
that tells what came next ("After that, ...", "from then on ...") after the one telling the event, which need not name
it again (`sequels.anchored`, `sequels.after_anchor`); and a verb said with "again" is the notes' verb with "re-"
("open again": "reopened", `compounds.prefixed_again`). Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.compounds import prefixed_again
from studybot.core.tutor.sequels import after_anchor
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on

OSBY = ("In 1790 the council built a wooden bridge over the Tarn.\n\n"
        "In 1820 a great flood swept down the Tarn valley and carried away the wooden bridge. "
        "The council met in the church for a week. "
        "After that, the council built a stone bridge with five arches below the church.\n\n"
        "The Osby smithy burned down in 1850. "
        "The smiths of Osby first worked in the church. "
        "From then on the smiths of Osby worked in the mill yard.\n\n"
        "The Osby mill closed in 1914, when the war began. "
        "The Osby mill reopened in 1921 under a new owner.\n")


@pytest.fixture(scope="module")
def osby() -> Tutor:
    return tutor_on(OSBY, "Osby", section_title="Osby")


def _anchors(tutor: Tutor, question: str) -> list[str]:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return [u.text for u in asked.units if u.anchor]


@pytest.mark.parametrize(("question", "anchors"), [
    ("What did the council build after the flood?", ["flood"]),
    ("Where did the smiths work after the smithy burned down?", ["smithy", "burned", "down"]),
    ("What happened after the flood?", []),  # nothing else asked: the sentence after the flood's (`sequel`)
    ("How long after the flood did the council meet?", []),  # a time between (`intervals`)
    ("What did the council build after that?", []),  # no event named
    ("What did the council build in 1790?", []),
])
def test_the_words_after_after_name_the_event_a_question_is_dated_by(osby: Tutor, question: str,
                                                                     anchors: list[str]) -> None:
    assert _anchors(osby, question) == anchors


@pytest.mark.parametrize(("question", "fact", "not_fact"), [
    ("What did the council build after the flood?", "stone bridge", "wooden"),  # not what it built before
    ("Where did the smiths work after the smithy burned down?", "mill yard", "church"),  # nor where they worked first
])
def test_what_came_after_the_event_answers(osby: Tutor, question: str, fact: str, not_fact: str) -> None:
    shown = " ".join(osby.ask(question).sentences)
    assert fact in shown
    assert not_fact not in shown


def test_only_a_sentence_told_after_the_event_with_a_word_of_sequence_meets_it(osby: Tutor) -> None:
    asked = osby.analyser.question("What did the council build after the flood?",
                                   normalise("What did the council build after the flood?"))
    assert asked is not None
    flood = next(u for u in asked.units if u.anchor)
    docs = {d.text.split(",")[0]: d for d in osby.docs}
    assert after_anchor(docs["After that"], flood, osby.library)  # told after the flood's sentence
    assert not after_anchor(docs["In 1790 the council built a wooden bridge over the Tarn."], flood,
                            osby.library)  # told before it, with no word of sequence
    smiths = docs["From then on the smiths of Osby worked in the mill yard."]
    assert not after_anchor(smiths, flood, osby.library)  # another paragraph's sequence: the flood is not before it
    council = next(u for u in asked.units if u.text == "council")
    assert not after_anchor(docs["After that"], council, osby.library)  # not a unit of the event


@pytest.mark.parametrize(("text", "known", "out"), [
    ("When did the mill open again?", {"reopen"}, "When did the mill reopen?"),
    ("when was the mill opened again", {"reopened"}, "when was the mill reopened"),
    ("Why did they open it again?", {"reopen"}, "Why did they reopen it?"),
    ("When did the mill open again?", {"open"}, "When did the mill open again?"),  # no such word in the notes
    ("Did the war start again?", {"reopen"}, "Did the war start again?"),
])
def test_a_verb_said_again_is_the_notes_verb_with_re(text: str, known: set[str], out: str) -> None:
    words = Words("en")
    assert prefixed_again(text, words, {words.stem(k) for k in known}) == out


def test_a_verb_said_again_is_kept_in_a_language_without_the_rule() -> None:
    words = Words("ru")
    assert prefixed_again("когда мельница открылась again?", words, {"reоткрыл"}) == "когда мельница открылась again?"


def test_open_again_is_answered_by_reopened(osby: Tutor) -> None:
    assert says(osby, "When did the Osby mill open again?", "1921")
