"""A keypoint made without one of its modifiers (issue #11): "a strong wind" makes "a strong gale-force north
wind"'s sense when the word left out only qualifies the next one; a word in its place ("a strong south wind"), its
opposite said anywhere, a word of degree left out at the front ("rye prices" for "low rye prices") and a negation
stay what they say. Invented cards, English and Russian (`grading.modifiers`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint


def _card(point: str, prompt: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point, ()),))


SHIP = "a cold north wind"  # "Why did the ship turn back?"
MILL = "the meadow grass was cut down"  # "Why did the hillside slide?"
RYE = "low rye prices"  # "Why did the farmers sell their land?"

GRADED = [
    (SHIP, "a cold wind", True),  # the compass word left out
    (SHIP, "the wind was cold", True),  # and the quality said after its noun
    (SHIP, "a cold south wind", False),  # another word in its place
    (SHIP, "a cold wind from the south", False),  # its opposite said elsewhere
    (SHIP, "a warm wind", False),
    (SHIP, "there was no cold wind", False),
    (MILL, "the grass was cut down", True),  # a word of kind, first, left out
    (MILL, "the dry grass was cut down", False),  # another word in its place
    (MILL, "the grass was not cut down", False),
    (RYE, "rye prices", False),  # a word of degree left out: the point hangs on it
    (RYE, "low prices", True),
    (RYE, "high prices", False),
]

PROMPTS = {SHIP: "Why did the ship turn back?", MILL: "Why did the hillside slide?",
           RYE: "Why did the farmers sell their land?"}


@pytest.mark.parametrize(("point", "answer", "right"), GRADED)
def test_a_point_made_without_one_modifier(point, answer, right):
    assert Grader().grade(_card(point, PROMPTS[point]), answer).correct is right


VETER = "сильный восточный ветер"  # "Почему пожар быстро распространился?"

GRADED_RU = [
    ("сильный ветер", True),
    ("ветер был сильный", True),
    ("сильный западный ветер", False),
    ("слабый ветер", False),
    ("не было сильного ветра", False),
]


@pytest.mark.parametrize(("answer", "right"), GRADED_RU)
def test_a_russian_point_made_without_one_modifier(answer, right):
    card = _card(VETER, "Почему пожар быстро распространился?")
    assert Grader(language="ru").grade(card, answer).correct is right


HERD = "the goats went lame"  # the first word is the head of its phrase, not a modifier


def test_the_head_of_a_phrase_is_no_modifier():
    assert not Grader().grade(_card(HERD, "What harm did the frost do?"), "they went lame").correct


def test_a_russian_head_noun_is_no_modifier():
    card = _card("освобождение пленных моряков", "Чего добилось посольство?")
    assert not Grader(language="ru").grade(card, "освободили моряков").correct
    assert Grader(language="ru").grade(card, "освобождение моряков").correct  # the middle word, a modifier


# a word of direction is no modifier: "less salty" without "less" says the water is salty, "more wages" without
# "more" says nothing of a rise (a question asking what changed, "изменила", skips no "менее" either)
DIRECTED = [
    ("en", "the pond water became less salty", "What did the dam change in the pond?", "the water became salty",
     False),
    ("en", "the pond water became less salty", "What did the dam change in the pond?",
     "the water became less salty", True),
    ("en", "the workers were paid more wages", "What happened to the workers?", "the workers were paid wages", False),
    ("en", "the workers were paid more wages", "What happened to the workers?", "workers got higher wages", True),
    ("ru", "вода в пруду стала менее солёной", "Что изменила в пруду плотина?", "вода стала солёной", False),
    ("ru", "вода в пруду стала менее солёной", "Что изменила в пруду плотина?", "вода стала солонее", False),
    ("ru", "вода в пруду стала менее солёной", "Что изменила в пруду плотина?", "вода стала менее солёной", True),
    ("ru", "рабочие получали более высокую плату", "Что получили рабочие?", "рабочие получали плату", False),
]


@pytest.mark.parametrize(("code", "point", "prompt", "answer", "right"), DIRECTED)
def test_a_word_of_direction_is_no_modifier_to_leave_out(code, point, prompt, answer, right):
    assert Grader(language=code).grade(_card(point, prompt), answer).correct is right


# round 22: the word a modifier qualifies may be one the question already says ("древних" before "Олимпийских игр"
# in "Почему Олимпийские игры провели в Афинах?"): the point is made without the modifier all the same
GAMES = "Греция — родина древних Олимпийских игр"

ASKED = [
    ("ru", GAMES, "Почему Олимпийские игры 1896 года провели в Афинах?", "Греция — родина Олимпийских игр", True),
    ("ru", GAMES, "Почему Олимпийские игры 1896 года провели в Афинах?", "Италия — родина Олимпийских игр", False),
    ("ru", GAMES, "Почему Олимпийские игры 1896 года провели в Афинах?",
     "Греция — родина новых Олимпийских игр", False),  # another word in its place
    ("ru", GAMES, "Почему Олимпийские игры 1896 года провели в Афинах?",
     "Греция не была родиной Олимпийских игр", False),
]


@pytest.mark.parametrize(("code", "point", "prompt", "answer", "right"), ASKED)
def test_the_qualified_word_may_be_the_questions(code, point, prompt, answer, right):
    assert Grader(language=code).grade(_card(point, prompt), answer).correct is right
