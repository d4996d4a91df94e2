"""A list answer typed as a bare run of words with no separator ("granite oak shells") is read word by word, as if
commas stood between them, where the run as typed makes too few points (`bare_lists.words_listed`); not a sentence
(a function word, a negation or a joining word in it), nor a run of two words or of more than eight. Invented
cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.bare_lists import words_listed
from studybot.core.packs import Card, Keypoint, Pack, Section


def card(prompt: str, need: int, *points: str, language: str = "en") -> tuple[Card, Pack]:
    made = Card(id="l", section="s", kind="list", prompt=prompt, answer="; ".join(points), need=need,
                keypoints=tuple(Keypoint(p, ()) for p in points))
    return made, Pack(id="t", title="t", language=language, sections=(Section(id="s", title="s", notes="x"),),
                      cards=(made,))


WALL = card("Name the three things the harbour wall of Ostrel was made of.", 3, "granite", "oak beams",
            "crushed seashells")
LAMPA = card("Назовите три части маяка, через которые проходит свет.", 3, "колпак", "линза", "зеркальный отражатель",
             language="ru")

ROWS = [
    (WALL, "granite oak seashells", True),
    (WALL, "granite, oak, seashells", True),
    (WALL, "granite oak brick", False),
    (WALL, "granite oak", False),
    (LAMPA, "колпак линза зеркальный", True),
    (LAMPA, "колпак линза", False),
]


@pytest.mark.parametrize(("case", "answer", "right"), ROWS)
def test_a_bare_run_of_words_is_read_word_by_word(case, answer, right):
    made, pack = case
    assert Grader.for_pack(pack).grade(made, answer).correct is right


@pytest.mark.parametrize(("answer", "listed"), [
    ("granite oak seashells", "granite, oak, seashells"),
    ("granite and oak seashells", None),
    ("not granite oak seashells", None),
    ("granite oak", None),
    ("granite, oak seashells", None),
])
def test_which_runs_are_read_word_by_word(answer, listed):
    _, pack = WALL
    assert words_listed(Grader.for_pack(pack).prep(answer)) == listed
