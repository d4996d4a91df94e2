"""An explain card's `accept` holds other whole answers that are right (the pack's fields: "Other full answers that are
right"; `validate` tells an author to put an example the keypoints miss there). It was never read for an explain card:
an instructor who followed validate's advice still saw the example fail. An answer saying one of them whole is right;
its negation, direction and figures are still compared. Invented cards, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(), Grader(language="ru")


def card(accept: tuple[str, ...], point: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What happened after the reform?", answer=point,
                accept=accept, keypoints=(Keypoint(point, ()),), need=1)


LETTERS = card(("the post carried far more letters, from 76 to 169 million",),
               "the number of letters more than doubled")
DAM = card(("the town council repaired the old dam at once",), "the council heeded the warning")
RU_CARD = card(("налог платили зерном, а не деньгами",), "налог заменили сбором зерна")


@pytest.mark.parametrize(("grader", "c", "answer", "right"), [
    (EN, LETTERS, "the post carried far more letters, from 76 to 169 million", True),
    (EN, LETTERS, "from 76 to 169 million letters: the post carried far more", True),
    (EN, LETTERS, "the post carried far fewer letters, from 76 to 169 million", False),
    (EN, LETTERS, "the post carried far more letters, from 76 to 96 million", False),
    (EN, LETTERS, "the post carried letters", False),
    (EN, DAM, "at once the town council repaired the old dam", True),
    (EN, DAM, "the town council did not repair the old dam at once", False),
    (RU, RU_CARD, "налог платили зерном, а не деньгами", True),
    (RU, RU_CARD, "налог платили деньгами", False),
])
def test_an_explain_cards_accepted_answer_is_right(grader, c, answer, right):
    assert grader.grade(c, answer).correct is right


def test_a_card_without_accept_is_graded_by_its_points_alone():
    bare = card((), "the number of letters more than doubled")
    assert not EN.grade(bare, "the post carried far more letters, from 76 to 169 million").correct


RANG = Card(id="r", section="s", kind="explain", prompt="Звонил ли колокол хоть раз?", answer="Нет: он треснул",
            accept=("нет",), keypoints=(Keypoint("колокол треснул до подъёма", ()),), need=1)
USED = Card(id="u", section="s", kind="explain", prompt="Was the mill ever used?", answer="No: it burnt down first",
            accept=("no", "never"), keypoints=(Keypoint("the mill burnt down before it opened", ()),), need=1)


@pytest.mark.parametrize(("grader", "c", "answer", "right"), [
    (RU, RANG, "нет", True), (RU, RANG, "Нет!", True), (RU, RANG, "да", False), (RU, RANG, "нет, звонил", False),
    (RU, RANG, "звонил, нет сомнений", False),
    (EN, USED, "no", True), (EN, USED, "Never.", True), (EN, USED, "yes", False), (EN, USED, "no, it was used", False),
])
def test_an_accepted_answer_of_function_words_alone_is_right_only_as_the_whole_answer(grader, c, answer, right):
    """`accept: [нет]` beside "Звонил ли колокол?": "нет" was wrong, since a wording without a content word was never
    sought (the lead's own pack, round 60); it is right as the whole answer, and only then."""
    assert grader.grade(c, answer).correct is right
