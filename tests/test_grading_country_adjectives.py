"""A country of two words said by its adjective (English): "the American flag" for "the flag of the United States",
"a Soviet rocket" for "a rocket of the Soviet Union", and back; the pack's texts name the country
(`lexicon_countries.with_adjectives`, read by the grader as the country's forms are). Another country's adjective
still fails, and texts that write the adjective in another name ("South American") keep it as written. Invented
cards and notes."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.lexicon_countries import with_adjectives
from studybot.core.packs import Pack, Section
from tests.cards import explain

FLAG = explain("they raised the flag of the United States", prompt="What happened on the island in 1898?")
AMERICAN = explain("they raised the American flag", prompt="What happened on the island in 1898?")
ROCKET = explain("it was a rocket of the Soviet Union", prompt="How did the probe reach orbit?")
NOTES = "In 1898 sailors of the United States landed on the island. The Soviet Union launched the probe in 1959."


def grader(notes: str, card) -> Grader:
    return Grader.for_pack(Pack(id="t", title="t", sections=(Section(id="s", title="s", notes=notes),), cards=(card,)))


@pytest.mark.parametrize(("card", "answer", "right"), [
    (FLAG, "they raised the American flag", True),
    (FLAG, "they raised the flag of the USA", True),
    (FLAG, "they raised the British flag", False),
    (FLAG, "they raised the Mexican flag", False),
    (AMERICAN, "they raised the flag of the United States", True),
    (AMERICAN, "they raised the flag of Spain", False),
    (ROCKET, "it was a Soviet rocket", True),
    (ROCKET, "it was an American rocket", False),
])
def test_a_country_said_by_its_adjective(card, answer, right):
    assert grader(NOTES, card).grade(card, answer).correct is right


def test_texts_that_use_the_adjective_in_another_name_keep_it() -> None:
    notes = NOTES + " South American ports traded with them."
    assert "American" in with_adjectives({"United States": ("USA",)}, "en", NOTES)["United States"]
    assert "American" not in with_adjectives({"United States": ("USA",)}, "en", notes)["United States"]
    assert with_adjectives({"Britain": ("UK",)}, "en", NOTES) == {"Britain": ("UK",)}  # no country of two words
    assert with_adjectives({"United States": ("USA",)}, "ru", NOTES) == {"United States": ("USA",)}  # English only


def test_another_name_keeps_only_its_own_adjective_as_written() -> None:
    # "South American" keeps "American" as written; "Soviet" stays the Soviet Union's all the same
    notes = NOTES + " South American ports traded with them."
    read = with_adjectives({"United States": ("USA",), "Soviet Union": ("USSR",)}, "en", notes)
    assert "American" not in read["United States"] and "Soviet" in read["Soviet Union"]
