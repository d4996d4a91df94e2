"""Kinds of English question the tutor misread on packs it had not seen (issue #12), one table each: a question that
asks a negation is not answered by the passage saying the opposite; "where is X found / located?" asks where X is;
a question's word the text holds in another sense is also met by its WordNet synonym; "how many X" by a count of X
before a passage naming what the question names; "who" by a body of people ("the guild"); "who hired X?" not by a
passage in which X hires; a phrasal verb ("hold up", "call off") by its one word ("delay", "cancel"). Invented texts,
no pack's words.
"""

from __future__ import annotations

import pytest

from studybot.core.lexicon_counts import ENGLISH_COUNTS
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.roles import passage_role, question_role
from studybot.core.tutor.words import Words
from tests.notes import says, tutor_on


@pytest.fixture(scope="module")
def kessa() -> Tutor:
    return tutor_on(
        "Because the harvest of 1621 was rich, the town council helped the potters of Kessa with a loan.\n"
        "\n"
        "In 1630 the council did not help the potters.\n"
        "The treasury was empty after the great fire.\n"
        "\n"
        "The guild of Kessa built a new kiln in 1633 because the old one had cracked.\n"
        "The glaziers' guild did not build a kiln, since it bought its glass from Varra.\n", "The potters of Kessa")


@pytest.mark.parametrize(("question", "fact", "not_fact"), [
    ("Why did the council not help the potters?", "did not help", "harvest"),
    ("Why didn't the town council help the potters?", "did not help", "harvest"),
    ("Why did the town council help the potters?", "harvest of 1621", "did not help"),  # the opposite: its reason
    ("Why did the glaziers not build a kiln?", "bought its glass", "had cracked"),
])
def test_a_negated_question_is_not_answered_by_the_opposite(kessa: Tutor, question: str, fact: str,
                                                             not_fact: str) -> None:
    reply = kessa.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences) and not_fact not in " ".join(reply.sentences)


@pytest.fixture(scope="module")
def treaty() -> Tutor:
    return tutor_on(
        "In 1620 the guilds of Kessa, Varra and Lenn signed the salt treaty with the duke.\n"
        "Only the guild of Ostry did not sign the salt treaty with the duke.\n"
        "The duke's envoy, Anselm Rook, visited Kessa in 1621.\n"
        "\n"
        "In 1625 the council of Kessa paid the tax on salt in silver.\n"
        "The council of Varra never paid the tax on salt.\n", "The salt treaty")


@pytest.mark.parametrize(("question", "fact", "not_fact"), [
    ("Which guild did not sign the salt treaty with the duke?", "Ostry", "Kessa, Varra and Lenn"),
    ("Which council never paid the tax on salt?", "Varra", "Kessa"),
    ("Which council did not pay the tax on salt?", "Varra", "Kessa"),
    ("Which guild signed the salt treaty with the duke?", "Kessa, Varra and Lenn", "Ostry"),  # the opposite
])
def test_the_opposite_does_not_join_the_answer(treaty: Tutor, question: str, fact: str, not_fact: str) -> None:
    reply = treaty.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences) and not_fact not in " ".join(reply.sentences)


def test_the_reason_for_a_negation_may_be_said_without_one() -> None:
    """"Why did Varra not pay?" is answered by the reason the text gives in a sentence that does not repeat it."""
    tutor = tutor_on("In 1640 Varra did not pay its share of the wall.\n"
                     "Varra kept its silver for the war, because the raiders had burned its mills.\n"
                     "\n"
                     "Kessa paid its share of the wall in 1641.\n", "The wall of Kessa")
    assert says(tutor, "Why did Varra not pay its share of the wall?", "raiders had burned")


@pytest.fixture(scope="module")
def body() -> Tutor:
    return tutor_on(
        "The marrow-gland is a small knot of soft tissue in the hollow of the hip bone.\n"
        "The marrow-gland sends a signal that makes the muscles of the leg contract.\n"
        "Field mice of the Wend valley are found mostly in old hedges.\n", "The body of the field mouse")


@pytest.mark.parametrize(("question", "fact"), [
    ("Where is the marrow-gland found?", "hollow of the hip bone"),
    ("Where is the marrow-gland located?", "hollow of the hip bone"),
    ("Where can the marrow-gland be found?", "hollow of the hip bone"),
    ("Where are the field mice of the Wend valley found?", "old hedges"),  # the text's own verb still answers
])
def test_where_is_x_found_asks_where_x_is(body: Tutor, question: str, fact: str) -> None:
    assert says(body, question, fact)


def test_a_word_the_text_holds_is_met_in_part_by_its_synonym() -> None:
    """"shown" is in the text ("showed that ..."), yet "demonstrated" says it of the answer: in part."""
    tutor = tutor_on("On 4 May 1702 the clockmaker Ansel Rood demonstrated the striking clock to the town elders.\n"
                     "Later tests showed that the clock lost a minute a week.\n"
                     "The elders paid Rood forty crowns for the clock.\n", "The striking clock")
    assert says(tutor, "When was the striking clock shown to the elders?", "4 May 1702")
    asked = tutor.analyser.question("When was the clock shown?", normalise("When was the clock shown?"))
    assert asked is not None
    unit = next(u for u in asked.units if u.text == "shown")
    assert "demonstr" in unit.weak and "demonstr" not in unit.strong  # in part, below the text's own word


@pytest.mark.parametrize("question", ["How many weavers marched on Oldbridge?",
                                      "How many weavers marched to Oldbridge?"])
def test_a_count_of_what_is_asked_comes_before_the_name_asked_about(question: str) -> None:
    """"How many weavers marched on Oldbridge?" is answered by the sentence counting weavers, not by the next one,
    which names Oldbridge with a figure of another kind (a length)."""
    tutor = tutor_on("Oldbridge was the county town, and its magistrates feared the mills would close.\n"
                     "\n"
                     "On 3 May 1811 about 900 weavers set out on the march from the mills of Hallam.\n"
                     "The march on Oldbridge covered some 30 km, and the marchers were met by the yeomanry.\n"
                     "\n"
                     "The yeomanry of Oldbridge was a troop of mounted farmers.\n"
                     "The mills of Hallam reopened in 1812.\n", "The mills of Hallam")
    reply = tutor.ask(question)
    assert reply.kind == "answer" and "about 900 weavers" in reply.text and "30 km" not in reply.text


@pytest.fixture(scope="module")
def potters() -> Tutor:
    return tutor_on(
        "Oren Malde was a potter of Kessa who worked the first fast wheel.\n"
        "In 1612 the merchant Pell Dorne hired Malde to make jars for the salt trade.\n"
        "The guild of Kessa expelled Dorne in 1618 for selling cracked jars.\n"
        "The glaze of blue jars was invented by Ivo Tarsk.\n", "The potters of Kessa")


@pytest.mark.parametrize(("question", "fact"), [
    ("Who expelled Dorne?", "The guild of Kessa"),  # a body of people does what a person does
    ("By whom was Dorne expelled?", "The guild of Kessa"),
    ("Who hired Malde?", "Pell Dorne"),
])
def test_who_is_answered_by_a_body_of_people(potters: Tutor, question: str, fact: str) -> None:
    assert says(potters, question, fact)


def test_a_body_of_people_counted_is_no_count_of_people() -> None:
    assert {"guild", "guilds", "league", "party"} <= ENGLISH_COUNTS.collectives  # "3 guilds" are no 3 people


@pytest.fixture(scope="module")
def hiring() -> Tutor:
    return tutor_on(
        "In 1612 the merchant Pell Dorne hired Oren Malde to make jars for the salt trade.\n"
        "In 1615 Malde hired two apprentices, Ivo Tarsk and Len Arro.\n"
        "\n"
        "In 1618 Malde trained Ivo Tarsk in the blue glaze.\n"
        "Tarsk was later trained in kiln work by Anna Vey.\n", "The potters of Kessa")


@pytest.mark.parametrize(("question", "fact", "not_fact"), [
    ("Who hired Malde?", "Pell Dorne", "apprentices"),  # Malde is hired: not "Malde hired two apprentices"
    ("By whom was Malde hired?", "Pell Dorne", "apprentices"),
    ("Who was Malde hired by?", "Pell Dorne", "apprentices"),  # a passive question, no "who was Malde?"
    ("Whom did Malde hire?", "apprentices", "Pell Dorne"),  # Malde hires
    ("Who was trained by Malde?", "Malde trained Ivo Tarsk", "Anna Vey"),
])
def test_who_did_what_to_whom(hiring: Tutor, question: str, fact: str, not_fact: str) -> None:
    reply = hiring.ask(question)
    assert reply.kind == "answer" and fact in " ".join(reply.sentences) and not_fact not in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "name", "verb", "role"), [
    ("who hired malde?", "malde", "hired", "undergoes"),
    ("by whom was malde hired?", "malde", "hired", "undergoes"),
    ("who was malde hired by?", "malde", "hired", "undergoes"),
    ("whom did malde hire?", "malde", "hire", "does"),
    ("who was hired by malde?", "malde", "hired", "does"),
    ("what did lukashenko welcome in his talks with hale?", "lukashenko", "talks", None),  # "talks": no verb of his
    ("where did malde hire his apprentices?", "malde", "hire", "does"),
])
def test_the_part_a_question_gives_a_name(question: str, name: str, verb: str, role: str | None) -> None:
    words = Words("en")
    tokens = question.rstrip("?").split()
    stems = [words.stem(t) for t in tokens]
    assert question_role(tokens, stems, words.stem(name), words.stem(verb)) == role


@pytest.mark.parametrize(("passage", "name", "verb", "role"), [
    ("dorne hired malde in 1612", "malde", "hired", "undergoes"),
    ("malde hired two apprentices", "malde", "hired", "does"),
    ("malde was hired by dorne", "malde", "hired", "undergoes"),
    ("tarsk was later trained by vey", "vey", "trained", "does"),
    ("his prediction became known as moore s law the name was coined by mead", "moore", "name", None),
])
def test_the_part_a_passage_gives_a_name(passage: str, name: str, verb: str, role: str | None) -> None:
    words = Words("en")
    tokens = passage.split()
    stems = [words.stem(t) for t in tokens]
    assert passage_role(tokens, stems, words.stem(name), words.stem(verb), verb) == role


@pytest.fixture(scope="module")
def relay() -> Tutor:
    return tutor_on(
        "The relay gate delays each message by about two hours, so that the couriers can change horses.\n"
        "The storm of 1741 caused the loss of the northern relay line.\n"
        "The guild cancelled the winter fair of 1742 for lack of couriers.\n"
        "The old post wolves of the valley became extinct around 1790.\n", "The relay post")


@pytest.mark.parametrize(("question", "fact"), [
    ("How long does the relay gate hold up each message?", "about two hours"),  # a phrasal verb: one word
    ("What brought about the loss of the northern relay line?", "storm of 1741"),
    ("Why did the guild call off the winter fair?", "lack of couriers"),
    ("When did the post wolves die out?", "around 1790"),
])
def test_a_phrasal_verb_is_met_by_its_one_word(relay: Tutor, question: str, fact: str) -> None:
    assert says(relay, question, fact)
