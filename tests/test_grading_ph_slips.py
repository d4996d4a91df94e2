"""English writes one sound "f" as "ph" ("sulphate" / "sulfate"), so a word spelt with the other letters and one slip
besides is read as that slip alone: "Ivor Staphens" for "Ivor Stavens" is one letter heard alike ("f" for "v"),
as "Ivor Stafens" already was (language.Language.word_match). The other checks of a slip still hold on the word as
said: "sulphite" is no slip of "sulfate" (another compound), a name two letters away stays another name. Invented
people and cards; each row is what a teacher would mark."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language

from .cards import short

EN = Grader(texts=("The lock was built by the engineer Ivor Stavens in 1893.",
                   "The glass was blown by Martha Kempfield."), who=("Ivor Stavens", "Martha Kempfield"))
LOCK = short("Ivor Stavens", prompt="Who built the lock?")
SALT = short("a sulfate", prompt="What salt formed on the pipes?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (LOCK, "ivor staphens", True),  # "ph" said as "f", and "f" for "v": one slip
    (LOCK, "Ivor Stafens", True),  # (as before)
    (LOCK, "ivor staphenson", False),  # two slips more: another name
    (LOCK, "ivor stephens", False),
    (SALT, "a sulphate", True),  # one sound, two spellings (as before)
    (SALT, "a sulphite", False),  # another compound, however "f" is written
])
def test_ph_read_as_f(card, given, right):
    verdict = EN.grade(card, given)
    assert verdict.correct is right, verdict.trace
    if right and "ph" in given:
        assert verdict.typo is (given != "a sulphate"), verdict.trace


@pytest.mark.parametrize(("want", "have", "match"), [
    ("stavens", "staphens", 1),
    ("sulfate", "sulphate", 0),
    ("sulfate", "sulphite", -1),
    ("phosphate", "phosphite", -1),
    ("atmosphere", "atmoshpere", 1),  # a slip of the word as written ("hp" for "ph"), none heard as "f"
    ("telegraph", "telegrahp", 1),
])
def test_word_match_reads_ph_as_f(want, have, match):
    assert language("en").word_match(want, have) == match
