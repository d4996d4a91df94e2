"""Approving of people or a deed and condemning them are opposites in Russian ("поддерживал ополченцев" /
"осуждал ополченцев", "одобрил" / "осудил"): an answer that says one where the point says the other does not make it,
though every other word of a long point is there (`lexicon_verb_opposites.RU_GRADER_OPPOSITES`, the grader's alone).
Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading_languages import grading_language
from studybot.core.language import language
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")
POINT = "осуждал ополченцев, ехавших воевать в Валахию"
CARD = Card(id="e", section="s", kind="explain", prompt="Как старец Аркадий относился к валашской войне?",
            answer=POINT, keypoints=(Keypoint(POINT),))


@pytest.mark.parametrize(("answer", "right"), [
    ("осуждал ополченцев, ехавших воевать в Валахию", True),
    ("он осудил ополченцев, ехавших воевать в Валахию", True),
    ("поддерживал ополченцев, ехавших воевать в Валахию", False),
    ("одобрял ополченцев, ехавших воевать в Валахию", False),
    ("приветствовал ополченцев, ехавших воевать в Валахию", False),
])
def test_approving_is_no_condemning(answer, right):
    assert RU.grade(CARD, answer).correct is right


def test_the_grader_alone_reads_them():
    pair = ("поддерживал", "осуждал")
    assert pair in grading_language("ru").lex.antonyms
    assert pair not in language("ru").lex.antonyms
