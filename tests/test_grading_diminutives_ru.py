"""A Russian noun and its diminutive name one thing: "молоток" for "молоточек", "кусочек" for "кусок", "стремя"
for "стремечко" (`ru_diminutives.diminutive`); another noun ("молот", "восток" / "восточный", "песочница") is not
one. Invented cards on a clockmaker's tools."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card, Keypoint
from studybot.core.ru_diminutives import diminutive

TOOLS = Card(id="l", section="s", kind="list", prompt="Какие инструменты были у часовщика?",
             answer="молоточек, пинцет, напильник",
             keypoints=(Keypoint("молоточек", ()), Keypoint("пинцет", ()), Keypoint("напильник", ())))


@pytest.mark.parametrize(("answer", "right"), [
    ("молоток, пинцет и напильник", True),
    ("молоточек, пинцет, напильник", True),
    ("молот, пинцет и напильник", False),
    ("пинцет и напильник", False),
])
def test_a_diminutive_is_the_noun(answer, right):
    assert Grader(language="ru").grade(TOOLS, answer).correct is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("молоточек", "молоток", True),
    ("кусочек", "кусок", True),
    ("стремечко", "стремя", True),
    ("восточный", "восток", False),
    ("песочница", "песок", False),
    ("бочек", "бок", False),
])
def test_diminutive(a, b, same):
    stem = language("ru").stem
    assert diminutive(stem(a), stem(b)) is same
