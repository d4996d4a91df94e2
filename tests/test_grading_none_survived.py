"""Nobody survived is everybody died (`none_survived`): a point "almost all of the settlers died" is made by "almost
no one survived", "none of the settlers survived", "hardly anyone survived", and in Russian "почти все погибли" by
"почти никто не выжил"; "few survived", "most survived", "nobody died" and "все выжили" do not make it, nor does a
survival of a thing ("nobody survived the first winter" is not rewritten as a death with an object). Invented
points."""

from __future__ import annotations

import pytest

from studybot.core.none_survived import none_survived
from tests.cards import point_made

EN = ("What happened to the settlers?", "almost all of the settlers died")
RU = ("Что стало с поселенцами?", "почти все поселенцы погибли")


@pytest.mark.parametrize(("given", "made"), [
    ("almost no one survived", True),
    ("almost nobody survived", True),
    ("nearly none of the settlers survived", True),
    ("hardly anyone survived", True),
    ("almost no one who landed survived", True),
    ("few survived", False),
    ("most survived", False),
    ("nobody died", False),
    ("almost everyone survived", False),
])
def test_english_nobody_survived(given, made):
    assert point_made(*EN, given) is made


@pytest.mark.parametrize(("given", "made"), [
    ("почти никто не выжил", True),
    ("почти никто из поселенцев не уцелел", True),
    ("почти никто не погиб", False),
    ("почти все выжили", False),
])
def test_russian_nobody_survived(given, made):
    assert point_made(*RU, given, "ru") is made


@pytest.mark.parametrize(("text", "code", "read"), [
    ("no one survived", "en", "all died"),
    ("none of the crew survived", "en", "all of the crew died"),
    ("almost no one who caught it survived", "en", "almost all who caught it died"),
    ("nobody survived the first winter", "en", "nobody survived the first winter"),  # a thing survived: as it is
    ("few survived", "en", "few survived"),
    ("никто из экипажа не уцелел", "ru", "все из экипажа погибли"),
    ("никто не погиб", "ru", "никто не погиб"),
])
def test_the_rewrite(text, code, read):
    assert none_survived(text, code) == read
