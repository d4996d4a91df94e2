"""A wording with one word left out (`all_but_one._cut`) is its text with that word cut where the text writes it
whole: the n-th time it stands alone for the word's n-th place, never inside a longer word ("cold" in "coldness"),
whatever characters the word holds ("3.5", "c+"). Found in the text without a pattern compiled for each word (a
list answer's wordings ask it of thousands of words; issue #11's time per answer). Invented wordings."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.all_but_one import _cut

EN, RU = Grader(language="en"), Grader(language="ru")


@pytest.mark.parametrize(("grader", "text", "cuts"), [
    (EN, "the old mill and the old barn", [" old mill and the old barn", "the  mill and the old barn",
                                           "the old  and the old barn", "the old mill  the old barn",
                                           "the old mill and  old barn", "the old mill and the  barn",
                                           "the old mill and the old "]),
    (EN, "a cold old coldness", [" cold old coldness", "a  old coldness", "a cold  coldness", "a cold old "]),
    (EN, "pH 3.5 and 3.5 again", [" 3.5 and 3.5 again", "ph  and 3.5 again", "ph 3.5  3.5 again",
                                  "ph 3.5 and  again", "ph 3.5 and 3.5 "]),
    (EN, "c++ code and c++ tools", ["+ code and c++ tools", "c++  and c++ tools", "c++ code  c++ tools",
                                    "c++ code and + tools", "c++ code and c++ "]),
    (RU, "ёлка и ель у ёлки", [" и ель у елки", "елка  ель у елки", "елка и  у елки", "елка и ель  елки",
                               "елка и ель у "]),
])
def test_each_word_cut_where_the_text_writes_it(grader: Grader, text: str, cuts: list[str]) -> None:
    wording = grader.prep(text)
    assert [_cut(wording, i) for i in range(len(wording.words))] == cuts


def test_a_word_the_text_does_not_write_whole() -> None:
    wording = EN.prep("an oldish mill")
    wording = type(wording)(wording.text, ["old", "mill"], wording.stems[:2], wording.clauses[:2], wording.lang)
    assert _cut(wording, 0) is None  # ("old" only inside "oldish")
    assert _cut(wording, 1) == "an oldish "
