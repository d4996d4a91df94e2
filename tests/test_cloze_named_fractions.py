"""A cloze blank that is a named fraction alone ("half", "a quarter", "a third", "половина", "треть") is filled by
its percentage alone ("50%", "25 %") or its figures ("1/2"), as a blank "two thirds" is by "67%"; another percentage,
a bare figure and a blank that names a part of something ("the first half") are not. Invented subjects
(`grading.cloze`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

CASES = [
    ("en", "half", "50%", True),
    ("en", "half", "50 %", True),
    ("en", "half", "1/2", True),
    ("en", "half", "half", True),
    ("en", "a quarter", "25%", True),
    ("en", "a third", "33%", True),
    ("en", "a third", "33 percent", True),
    ("ru", "половина", "50%", True),
    ("ru", "треть", "33%", True),
    ("ru", "четверть", "25 %", True),
    ("en", "half", "60%", False),
    ("en", "half", "50", False),
    ("en", "half", "25%", False),
    ("en", "a quarter", "75%", False),
    ("en", "a third", "30%", False),
    ("en", "the first half", "50%", False),
    ("ru", "треть", "25%", False),
    ("ru", "половина", "30%", False),
    # the same fraction in other words: its count said with "a" or "one", or the part by its other name (an
    # instructor's report: "a sixth" refused for "{{one sixth}}" while "1/6" was right)
    ("en", "one sixth", "a sixth", True),
    ("en", "one sixth", "one-sixth", True),
    ("en", "one sixth", "1/6", True),
    ("en", "a quarter", "one quarter", True),
    ("en", "a quarter", "one fourth", True),
    ("en", "a third", "one third", True),
    ("en", "one sixth", "a fifth", False),
    ("en", "a quarter", "three quarters", False),
    ("en", "a third", "one quarter", False),
]


@pytest.mark.parametrize(("language", "blank", "answer", "right"), CASES)
def test_named_fraction_blank(language: str, blank: str, answer: str, right: bool) -> None:
    text = "The reservoir lost {{%s}} of its water in the dry season." % blank
    card = Card(id="c", section="s", kind="cloze", prompt="", answer=blank, text=text, blanks=((blank,),))
    pack = Pack(id="t", title="t", language=language, sections=(Section(id="s", title="s", notes=text),),
                cards=(card,))
    assert Grader.for_pack(pack).grade(card, answer).correct is right
