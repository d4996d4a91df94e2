""""America" alone, in an English question, is the United States when the pack's texts name the United States and no
continent by the word (`capitals.america_is_us`): "why did they sail to America?" of a text that says "sailed to the
United States". A text naming "South America" keeps the word as typed. On notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor.capitals import typed_countries
from tests.notes import says, tutor_on

NOTES = """\
In 1912 the weavers of Harwick sailed to the United States, because the mill at Harwick had closed.
Most of them found work in the cotton towns of New England.
"""

CONTINENT = """\
In 1912 the weavers of Harwick sailed to the United States, because the mill at Harwick had closed.
Some of their sons later went on to South America to build railways.
"""


@pytest.mark.parametrize(("question", "fact"), [
    ("Why did the weavers of Harwick sail to America in 1912?", "the mill at Harwick had closed"),
    ("When did the Harwick weavers go to america?", "1912"),
])
def test_america_is_the_united_states(question: str, fact: str) -> None:
    tutor = tutor_on(NOTES, "The Harwick weavers")
    assert says(tutor, question, fact), tutor.ask(question).text


@pytest.mark.parametrize(("raw", "america", "read"), [
    ("Why did they sail to America?", True, "Why did they sail to United States?"),
    ("Did they reach South America?", True, "Did they reach South America?"),  # a continent
    ("Which American towns?", True, "Which American towns?"),  # the adjective is a word of its own
    ("Why did they sail to America?", False, "Why did they sail to America?"),  # a text naming a continent so
])
def test_a_question_reads_america_so_only_alone(raw: str, america: bool, read: str) -> None:
    assert typed_countries(raw, "en", america) == read


def test_a_text_that_names_a_continent_so_keeps_the_word() -> None:
    tutor = tutor_on(CONTINENT, "The Harwick weavers")
    assert not tutor._america
