"""A Russian verb is read without its aspect prefix ("построили" answers "строили?"), a noun is not: "народ" is no
"род", "договор" no "говор" (a passage next to "X собрал народ" does not say where X "родился"). Negating prefixes and
combining forms come off any word ("несогласие", "электростанция"). General words only.
"""

from __future__ import annotations

import pytest

from studybot.core.tutor.verbs_ru import is_verb_form, prefix_kept
from studybot.core.tutor.words import Words


@pytest.mark.parametrize(("word", "plain", "kept"), [
    ("народов", "родов", True), ("договора", "говора", True), ("приказом", "казом", True),  # nouns
    ("построили", "строили", False), ("выросло", "росло", False), ("построенный", "строенный", False),  # verbs
    ("перестроен", "строен", False), ("подписавших", "писавших", False),
    ("несогласие", "согласие", False), ("электростанция", "станция", False),  # not a verbal prefix
])
def test_a_verbal_prefix_comes_off_a_verb_only(word: str, plain: str, kept: bool) -> None:
    assert prefix_kept(word, plain) is kept


@pytest.mark.parametrize(("word", "verb"), [
    ("построили", True), ("построен", True), ("построенная", True), ("подписавших", True), ("строить", True),
    ("выросло", True), ("умерла", True),
    ("народов", False), ("договор", False), ("крепость", False), ("часть", False),
])
def test_a_verb_form_by_its_ending(word: str, verb: bool) -> None:
    assert is_verb_form(word) is verb


def test_the_keys_of_a_noun_keep_its_prefix() -> None:
    words = Words("ru")
    assert "род" not in words.keys("народов", words.stem("народов"))[1]
    assert "стро" in words.keys("построили", words.stem("построили"))[1]
