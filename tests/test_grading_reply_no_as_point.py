"""A yes/no question as an explain card whose keypoint says the question denied ("Звонил ли колокол?": "колокол ни
разу не звонил"; "Did the bell ever ring?": "the bell never rang"): a bare reply of "no" says that point ("нет, ни
разу", "никогда, ...", "no, never", "not once"), unless the rest of the answer says what it denied ("нет, звонил",
"no, it rang once"). The lead's own pack, round 60: "нет, ни разу" was wrong while the card's answer opened with it.
Invented cards, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint

EN, RU = Grader(), Grader(language="ru")


def explain(prompt: str, need: int, *points: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=points[0],
                keypoints=tuple(Keypoint(p, ()) for p in points), need=need)


BELL = explain("Звонил ли большой колокол?", 1, "колокол ни разу не звонил", "он треснул при пожаре")
BELL_BOTH = explain("Звонил ли большой колокол?", 2, "колокол ни разу не звонил", "он треснул при пожаре")
MILL = explain("Did the old mill ever grind corn?", 1, "the mill never ground corn", "it burnt down first")
# a yes/no question whose points do not deny it: "no" says none of them
DAM = explain("Did the dam hold?", 1, "the dam held for a week", "the town was saved")


@pytest.mark.parametrize(("grader", "card", "answer", "right"), [
    (RU, BELL, "нет, ни разу", True), (RU, BELL, "ни разу", True), (RU, BELL, "нет", True),
    (RU, BELL, "никогда, его повредил пожар раньше", True),
    (RU, BELL, "да", False), (RU, BELL, "нет, звонил", False), (RU, BELL, "нет, звонил один раз", False),
    (RU, BELL_BOTH, "нет, ни разу", False), (RU, BELL_BOTH, "нет, он треснул при пожаре", True),
    (EN, MILL, "no, never", True), (EN, MILL, "never", True), (EN, MILL, "not once", True),
    (EN, MILL, "no, it ground corn once", False), (EN, MILL, "yes", False),
    (EN, DAM, "no", False), (EN, DAM, "no, never", False),
])
def test_a_reply_of_no_says_the_point_that_denies_the_question(grader, card, answer, right):
    assert grader.grade(card, answer).correct is right
