"""A quality found out is a quality had: "the dam proved useful", "turned out (to be) useful" say what "the dam was
useful" says, and "оказалась полезной" what "была полезной" ("пригодилась") says, in a keypoint and in an answer
alike; the quality's opposite or its denial stays wrong. Invented cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.packs.model import Keypoint

EN = Grader()
RU = Grader(language="ru")


def explain(point: str, prompt: str) -> Card:
    return Card(id="q", section="s", kind="explain", prompt=prompt, answer=point, keypoints=(Keypoint(point),))


DAM = explain("the old dam proved useful for irrigation", "Why was the old dam not pulled down?")
DAM_WAS = explain("the old dam was useful for irrigation", "Why was the old dam not pulled down?")
PLAN = explain("the canal plan proved too costly", "Why was the canal never dug?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (DAM, "the dam was useful for irrigation", True),
    (DAM, "it turned out to be useful for irrigation", True),
    (DAM, "the old dam proved to be useful for irrigating fields", True),
    (DAM, "it turned out useful for irrigation", True),
    (DAM_WAS, "the dam proved useful for irrigation", True),
    (DAM_WAS, "it turned out to be useful for irrigation", True),
    (PLAN, "the plan for the canal was too costly", True),
    (PLAN, "the canal plan turned out to be too costly", True),
    (DAM, "the dam was useless for irrigation", False),
    (DAM, "it proved useless for irrigation", False),
    (DAM, "it turned out not to be useful for irrigation", False),
    (DAM_WAS, "the dam proved useless for irrigation", False),
    (DAM_WAS, "it did not prove useful for irrigation", False),
    (PLAN, "the plan turned out to be cheap", False),
])
def test_found_so_in_english(card, given, right):
    assert EN.grade(card, given).correct is right


PLOTINA = explain("старая плотина оказалась полезной для орошения", "Почему старую плотину не разобрали?")
PLOTINA_BYLA = explain("старая плотина была полезной для орошения", "Почему старую плотину не разобрали?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (PLOTINA, "плотина была полезна для орошения", True),
    (PLOTINA, "она была полезной для орошения полей", True),
    (PLOTINA_BYLA, "плотина оказалась полезной для орошения", True),
    (PLOTINA, "плотина оказалась бесполезной для орошения", False),
    (PLOTINA, "плотина была бесполезна для орошения", False),
    (PLOTINA, "плотина не была полезна для орошения", False),
    (PLOTINA_BYLA, "она оказалась бесполезной для орошения", False),
    # what came in handy was useful
    (PLOTINA, "плотина пригодилась для орошения", True),
    (PLOTINA_BYLA, "она пригодилась для орошения полей", True),
    (PLOTINA, "она не пригодилась для орошения", False),
    (PLOTINA, "плотина пригодилась для защиты от паводка", False),
])
def test_found_so_in_russian(card, given, right):
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize("text", ["he proved the theorem in 1637", "they turned out the lamps at ten"])
def test_a_deed_of_proving_or_turning_out_is_left(text):
    from studybot.core.linking import senses_as_copula
    assert senses_as_copula(text) == text
