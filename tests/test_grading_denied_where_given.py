"""A keypoint negated only in words the question gives ("the frame was put up without nails", asked "is the legend
of a barn built without a single nail true?") is made by its own words, the given words said denied alike; the
question's words are not sought, so before they took the point's negation away with them and the point could not be
made even word for word (found by a blind author: a prompt holding "без единого гвоздя"). An answer that says the
given words the other way ("with nails") or leaves them out does not make it."""

from __future__ import annotations

import pytest

from .cards import point_made

EN_PROMPT = "Is the legend that the barn was built without a single nail true?"
EN_POINT = "the frame was put up without nails"
RU_PROMPT = "Верна ли легенда, что амбар построен без единого гвоздя?"
RU_POINT = "сруб собран без гвоздей"


@pytest.mark.parametrize(("prompt", "point", "given", "made", "language"), [
    (EN_PROMPT, EN_POINT, "the frame was put up without nails", True, "en"),
    (EN_PROMPT, EN_POINT, "only partly: the frame was put up without any nails, the roof was nailed on", True, "en"),
    (EN_PROMPT, EN_POINT, "the frame was put up with nails", False, "en"),
    (EN_PROMPT, EN_POINT, "the frame was put up", False, "en"),
    (EN_PROMPT, EN_POINT, "the frame was put up, but the roof was not nailed", False, "en"),
    ("Was the boat caulked without tar?", "the hull was sealed without tar", "the hull was sealed without tar", True,
     "en"),
    ("Was the boat caulked without tar?", "the hull was sealed without tar", "the hull was sealed with tar", False,
     "en"),
    (RU_PROMPT, RU_POINT, "сруб собран без гвоздей", True, "ru"),
    (RU_PROMPT, RU_POINT, "отчасти: сруб собран без единого гвоздя, а кровля прибита", True, "ru"),
    (RU_PROMPT, RU_POINT, "сруб собран на гвоздях", False, "ru"),
    (RU_PROMPT, RU_POINT, "сруб собран", False, "ru"),
])
def test_a_point_denied_in_the_questions_words(prompt, point, given, made, language):
    assert point_made(prompt, point, given, language) is made
